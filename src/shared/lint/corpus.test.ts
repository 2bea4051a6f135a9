import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDefinition, lintText } from './engine';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const conformance = path.resolve(repoRoot, '..', 'shared', 'conformance');
const realworld = path.resolve(repoRoot, '..', 'shared', 'realworld');

describe.skipIf(!existsSync(conformance))(
  'lint over the conformance corpus (../shared/conformance)',
  () => {
    it('never throws, on any of its definitions, as STANDARD or EXPRESS', () => {
      const files = readdirSync(conformance).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(500);
      let linted = 0;
      for (const file of files) {
        const scenario = JSON.parse(readFileSync(path.join(conformance, file), 'utf8')) as {
          definition?: unknown;
          definitionFile?: string;
        };
        const definition =
          scenario.definition ??
          (scenario.definitionFile
            ? JSON.parse(readFileSync(path.resolve(conformance, scenario.definitionFile), 'utf8'))
            : undefined);
        if (definition === undefined) continue;
        for (const workflowType of ['STANDARD', 'EXPRESS'] as const) {
          const findings = lintDefinition(definition, { workflowType });
          expect(
            findings.filter((f) => f.code === 'lint-internal-error'),
            file,
          ).toEqual([]);
        }
        linted++;
      }
      expect(linted).toBe(files.length);
    });
  },
);

describe.skipIf(!existsSync(realworld))(
  'lint over the real-world corpus (../shared/realworld)',
  () => {
    it('never throws, and every finding has a location with a line', () => {
      const files = readdirSync(realworld).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(100);
      const counts: Record<string, number> = {};
      for (const file of files) {
        const { findings } = lintText(readFileSync(path.join(realworld, file), 'utf8'), {
          fileName: file,
        });
        for (const f of findings) {
          expect(f.code).not.toBe('lint-internal-error');
          expect(f.line, `${file} ${f.code} ${f.location}`).toBeGreaterThan(0);
          counts[f.code] = (counts[f.code] ?? 0) + 1;
        }
      }
      // The corpus was written without this linter: its common gaps must show up.
      expect(counts['task-retry']).toBeGreaterThan(0);
      expect(counts['task-catch']).toBeGreaterThan(0);
    });
  },
);
