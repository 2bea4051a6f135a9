import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDefinition, validateText } from './index';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const conformance = path.join(shared, 'conformance');
const realworld = path.join(shared, 'realworld');

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

describe('the corpora AWS accepted validate without an ERROR', () => {
  it.skipIf(!existsSync(conformance))(
    'every conformance definition (../shared/conformance)',
    () => {
      const offenders: string[] = [];
      const files = jsonFiles(conformance);
      for (const file of files) {
        const scenario = JSON.parse(readFileSync(path.join(conformance, file), 'utf8')) as {
          definition?: unknown;
          definitionFile?: string;
        };
        const definition =
          scenario.definition ??
          (scenario.definitionFile
            ? JSON.parse(readFileSync(path.join(conformance, scenario.definitionFile), 'utf8'))
            : undefined);
        const errors = validateDefinition(definition).filter((d) => d.severity === 'ERROR');
        if (errors.length > 0)
          offenders.push(
            `${file}: ${errors.map((e) => `${e.code} ${e.location} ${e.message}`).join('; ')}`,
          );
      }
      expect(files.length).toBeGreaterThan(500);
      expect(offenders, offenders.join('\n')).toEqual([]);
    },
  );

  it.skipIf(!existsSync(realworld))(
    'every real-world definition (../shared/realworld), as text',
    () => {
      const offenders: string[] = [];
      const files = jsonFiles(realworld);
      for (const file of files) {
        const { diagnostics } = validateText(readFileSync(path.join(realworld, file), 'utf8'), {
          fileName: file,
        });
        const errors = diagnostics.filter((d) => d.severity === 'ERROR');
        if (errors.length > 0)
          offenders.push(
            `${file}: ${errors.map((e) => `${e.code} ${e.location} (${e.line}:${e.column}) ${e.message}`).join('; ')}`,
          );
      }
      expect(files.length).toBeGreaterThan(100);
      expect(offenders, offenders.join('\n')).toEqual([]);
    },
  );

  it.skipIf(!existsSync(realworld))(
    'finds the defects planted in each real-world definition',
    () => {
      const missed: string[] = [];
      for (const file of jsonFiles(realworld)) {
        const definition = JSON.parse(readFileSync(path.join(realworld, file), 'utf8')) as Record<
          string,
          unknown
        >;
        const states = definition.States as Record<string, Record<string, unknown>>;
        const [first] = Object.keys(states);
        // A transition to nowhere, a state nothing reaches, and a field AWS does not know.
        const planted = structuredClone(definition) as typeof definition;
        const plantedStates = planted.States as Record<string, Record<string, unknown>>;
        plantedStates[first] = { ...plantedStates[first], Bogus: true };
        plantedStates['Planted orphan'] = { Type: 'Pass', Next: 'Planted nowhere' };
        const codes = new Set(validateDefinition(planted).map((d) => `${d.code} ${d.location}`));
        for (const expected of [
          `SCHEMA_VALIDATION_FAILED /States/${first.replace(/~/g, '~0').replace(/\//g, '~1')}/Bogus`,
          'MISSING_TRANSITION_TARGET /States/Planted orphan/Next',
          'MISSING_TRANSITION_TARGET /States/Planted orphan',
        ])
          if (!codes.has(expected)) missed.push(`${file}: ${expected}`);
      }
      expect(missed, missed.join('\n')).toEqual([]);
    },
  );

  it.runIf(!existsSync(conformance) || !existsSync(realworld))(
    'skips the corpus checks: ../shared is absent (a user clone)',
    () => {
      expect(existsSync(conformance) && existsSync(realworld)).toBe(false);
    },
  );
});
