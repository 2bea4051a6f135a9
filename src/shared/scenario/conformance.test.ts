import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load';
import { runScenario } from './run';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'conformance');
const present = existsSync(corpus);

// The AWS-recorded corpus lives beside the checkout, not in it; a user's clone has none.
describe.skipIf(!present)('conformance corpus (recorded against AWS)', () => {
  it('passes at least 97% of the cases, per category reported', async () => {
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const perCategory = new Map<string, { passed: number; total: number }>();
    const failures: string[] = [];
    let passed = 0;
    for (const file of files) {
      const text = readFileSync(path.join(corpus, file), 'utf8');
      const scenario = await loadScenario(text, file, async () => {
        throw new Error('no definitionFile in the corpus');
      });
      const outcome = await runScenario(scenario);
      if (outcome.passed) passed++;
      else failures.push(`${file}: ${outcome.problems.join('; ')}`);
      for (const category of scenario.categories ?? ['uncategorised']) {
        const c = perCategory.get(category) ?? { passed: 0, total: 0 };
        c.total++;
        if (outcome.passed) c.passed++;
        perCategory.set(category, c);
      }
    }
    const lines = [...perCategory.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, c]) =>
          `  ${name}: ${c.passed}/${c.total} (${((100 * c.passed) / c.total).toFixed(1)}%)`,
      );
    console.log(
      `conformance: ${passed}/${files.length} (${((100 * passed) / files.length).toFixed(1)}%)\n${lines.join('\n')}` +
        (failures.length ? `\nfailing:\n  ${failures.join('\n  ')}` : ''),
    );
    expect(files.length).toBeGreaterThan(500);
    expect(passed / files.length).toBeGreaterThanOrEqual(0.97);
  });
});
if (!present) console.warn(`conformance corpus not found at ${corpus}: skipped`);
