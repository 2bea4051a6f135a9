import { parseDocument, printJson } from '../../../shared/asl';
import { canonicalJson } from './stateIndex';
import { samSnippet } from './samSnippet';
import type { ExportRefusal, ExportRequest } from './types';

/** One file the export writes: its path relative to the repository folder and its text. */
export interface PlannedFile {
  path: string;
  text: string;
}

/** The definition as JSON, the files to write, and the parsed definition (for the message). */
export interface ExportPlan {
  definition: unknown;
  files: PlannedFile[];
}

/** `dir/definition.json` -> `dir`, `definition.json` -> `` (posix paths). */
function dirOf(relative: string): string {
  const cut = relative.lastIndexOf('/');
  return cut < 0 ? '' : relative.slice(0, cut);
}

/** `definition.json` -> `definition`, `order.asl.json` -> `order`. */
export function stemOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  return base.replace(/(\.asl)?\.(json|ya?ml)$/i, '') || base;
}

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/**
 * Converts the document to stable JSON and plans every file of the export: the definition and
 * the optional extras beside it. Refuses a document with syntax errors, naming line and column.
 */
export function planExport(
  request: ExportRequest,
  relativePath: string,
  name: string,
): ExportPlan | { refusal: ExportRefusal } {
  const parsed = parseDocument(request.text, request.format);
  if (parsed.errors.length || parsed.value === undefined) {
    const first = parsed.errors[0];
    const where = first
      ? ` at line ${first.line}, column ${first.column}: ${first.message}`
      : ': the document is empty';
    return {
      refusal: {
        code: 'invalid-definition',
        message: `The definition cannot be exported: it has ${parsed.errors.length || 1} syntax error(s), the first${where}.`,
      },
    };
  }
  const definition = parsed.value;
  const definitionFile = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  const dir = dirOf(relativePath);
  const files: PlannedFile[] = [{ path: relativePath, text: printJson(definition) }];
  const extras = request.extras ?? {};
  if (extras.sam) {
    files.push({
      path: join(dir, `${stemOf(definitionFile)}.sam.yaml`),
      text: samSnippet(name, definitionFile, definition),
    });
  }
  const inlineDefinition = canonicalJson(definition);
  for (const test of extras.tests ?? []) {
    if (!/^[^/\\]+\.json$/i.test(test.fileName) || test.fileName.startsWith('.')) {
      return {
        refusal: {
          code: 'invalid-path',
          message: `The test file name ${JSON.stringify(test.fileName)} must be a plain name ending in .json, without folders.`,
        },
      };
    }
    files.push({
      path: join(dir, `tests/${test.fileName}`),
      text: printJson(pointAtDefinition(test.content, inlineDefinition, definitionFile)),
    });
  }
  if (extras.mocks !== undefined)
    files.push({ path: join(dir, 'tests/MockConfigFile.json'), text: printJson(extras.mocks) });
  return { definition, files };
}

/**
 * A scenario whose inline definition is the exported one is rewritten to refer to the file
 * instead, so the test follows the definition as it changes in the repository.
 */
function pointAtDefinition(
  scenario: unknown,
  definitionCanonical: string,
  definitionFile: string,
): unknown {
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) return scenario;
  const record = scenario as Record<string, unknown>;
  if (!('definition' in record) || canonicalJson(record.definition) !== definitionCanonical)
    return scenario;
  const rewritten: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'definition') rewritten.definitionFile = `../${definitionFile}`;
    else rewritten[key] = value;
  }
  return rewritten;
}
