/* eslint-disable no-restricted-imports -- a test-only helper: tests of shared code may read the corpora from disk */
/** Test helper: the real-world corpus beside the repository, when it is there (a user's clone has none). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** The folder of real definitions, or undefined when it is absent. */
export const realworldDir = path.resolve(repoRoot, '..', 'shared', 'realworld');

/** Every real definition as [file name, text]; empty when the corpus is absent. */
export function realworldFiles(): Array<[string, string]> {
  if (!fs.existsSync(realworldDir)) return [];
  return fs
    .readdirSync(realworldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(realworldDir, f), 'utf8')]);
}

/** Why corpus tests are skipped, for the skip message. */
export const realworldSkipReason = `../shared/realworld is absent (${realworldDir}); corpus tests skipped`;

/** The folder of recorded test scenarios (absent in a user's clone). */
export const conformanceDir = path.resolve(repoRoot, '..', 'shared', 'conformance');

/** Why conformance-corpus tests are skipped in a clone without ../shared. */
export const conformanceSkipReason = `../shared/conformance is absent (${conformanceDir}); corpus tests skipped`;

/** Every conformance scenario's definition as [file name, definition]; empty when the corpus is absent. */
export function conformanceDefinitions(): Array<[string, unknown]> {
  if (!fs.existsSync(conformanceDir)) return [];
  return fs
    .readdirSync(conformanceDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [
      f,
      (
        JSON.parse(fs.readFileSync(path.join(conformanceDir, f), 'utf8')) as {
          definition?: unknown;
        }
      ).definition,
    ]);
}
