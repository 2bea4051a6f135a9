import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../asl/parse';
import { createExecution } from './execution';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'realworld');
const present = existsSync(corpus);

// Real definitions, run with every task answering `{}` (and callbacks answered at once): the
// engine must end each run with a status, never crash or hang, whatever the data flow meets.
describe.skipIf(!present)('real-world definitions run to an end', () => {
  it('ends every run with a status and no internal error', async () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.json'));
    const statuses = new Map<string, number>();
    for (const file of files) {
      const parsed = parseDocument(readFileSync(path.join(corpus, file), 'utf8'), 'json');
      const execution = createExecution(parsed.value, {
        input: {},
        limits: { maxTransitions: 5000 },
        taskResolver: () => ({ kind: 'success', output: {} }),
      });
      const result = await execution.runToCompletion();
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      expect(result.cause ?? '', file).not.toContain('Internal simulator error');
    }
    console.log(`real-world runs: ${files.length}`, Object.fromEntries(statuses));
    expect(files.length).toBeGreaterThan(100);
  });
});
if (!present) console.warn(`real-world corpus not found at ${corpus}: skipped`);
