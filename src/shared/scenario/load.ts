import { parseDocument } from '../asl/parse';
import { ScenarioError, type Scenario } from './types';

/** Reads a file named relative to the scenario file (the CLI passes a disk reader). */
export type ReadRelative = (relativePath: string) => Promise<string>;

const STATUSES = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']);

/**
 * Parses a scenario file's text and checks its shape; a `definitionFile` is read through
 * `readRelative`. Problems throw ScenarioError naming the field (and line/column for bad JSON).
 */
export async function loadScenario(
  text: string,
  fileName: string,
  readRelative: ReadRelative,
): Promise<Scenario> {
  const doc = parseJson(text, fileName);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new ScenarioError(`${fileName}: a scenario must be a JSON object`);
  }
  const raw = doc as Record<string, unknown>;
  let definition = raw.definition;
  if (definition === undefined) {
    if (typeof raw.definitionFile !== 'string') {
      throw new ScenarioError(`${fileName}: needs "definition" or "definitionFile"`);
    }
    let definitionText: string;
    try {
      definitionText = await readRelative(raw.definitionFile);
    } catch (error) {
      throw new ScenarioError(
        `${fileName}: cannot read definitionFile '${raw.definitionFile}': ${(error as Error).message}`,
      );
    }
    const format = /\.ya?ml$/i.test(raw.definitionFile) ? 'yaml' : 'json';
    const parsed = parseDocument(definitionText, format);
    if (parsed.errors.length > 0) {
      const e = parsed.errors[0];
      throw new ScenarioError(`${raw.definitionFile}:${e.line}:${e.column}: ${e.message}`);
    }
    definition = parsed.value;
  }
  const expected = raw.expected as Record<string, unknown> | undefined;
  if (!expected || typeof expected !== 'object' || !STATUSES.has(expected.status as string)) {
    throw new ScenarioError(
      `${fileName}: "expected.status" must be one of ${[...STATUSES].join(', ')}`,
    );
  }
  if (
    raw.mocks !== undefined &&
    (raw.mocks === null || typeof raw.mocks !== 'object' || Array.isArray(raw.mocks))
  ) {
    throw new ScenarioError(
      `${fileName}: "mocks" must be an object of state name -> MockedResponse`,
    );
  }
  const meta = raw.meta as { state_machine_type?: string } | undefined;
  const workflowType = raw.workflowType ?? meta?.state_machine_type;
  return {
    name: typeof raw.name === 'string' ? raw.name : fileName,
    definition,
    input: raw.input === undefined ? {} : raw.input,
    mocks: raw.mocks as Scenario['mocks'],
    context: raw.context as Scenario['context'],
    workflowType: workflowType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    expected: expected as unknown as Scenario['expected'],
    categories: Array.isArray(raw.categories) ? (raw.categories as string[]) : undefined,
  };
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const parsed = parseDocument(text, 'json');
    const e = parsed.errors[0];
    throw new ScenarioError(
      e ? `${fileName}:${e.line}:${e.column}: ${e.message}` : `${fileName}: not valid JSON`,
    );
  }
}
