import type { ItemReader } from '../../asl/types';
import type { StateRun } from '../engine/core';
import type { Interpreter } from '../engine/effects';
import type { TaskOutcome } from '../engine/types';
import { StatesError } from '../errors';
import { compileFlow } from '../io/flow';
import { compileNumberField } from './number-field';

/**
 * ItemReader for a Distributed Map, fed from the task resolver: the Map state's mock under the
 * name `<MapState>.ItemReader` returns the object's content (a JSON array, JSON text, CSV or
 * JSON Lines text, or a manifest-like list), which is parsed per ReaderConfig.
 */
export function compileItemReader(mapName: string, reader: ItemReader, jsonata: boolean) {
  const flow = compileFlow(
    { Parameters: reader.Parameters, Arguments: reader.Arguments },
    jsonata,
    jsonata ? 'Arguments' : 'Parameters',
  );
  const config = reader.ReaderConfig ?? {};
  const maxItemsField = compileNumberField(
    'MaxItems',
    config.MaxItems,
    config.MaxItemsPath,
    jsonata,
    {
      integer: true,
      min: 0,
      rangeMessage: 'MaxItems must be a non-negative integer.',
    },
  );
  return function* read(run: StateRun, effective: unknown): Interpreter<unknown[]> {
    let maxItems = maxItemsField(run, effective, effective);
    if (maxItems instanceof Promise)
      maxItems = (yield { kind: 'await', promise: maxItems }) as number | undefined;
    let parameters = flow.prepare(run, effective);
    if (parameters instanceof Promise) parameters = yield { kind: 'await', promise: parameters };
    const stateName = `${mapName}.ItemReader`;
    let outcome = run.core.resolver({
      stateName,
      statePath: run.lane.path + stateName,
      resource: reader.Resource,
      parameters,
      invocation: run.core.nextInvocation(stateName),
    });
    if (outcome instanceof Promise)
      outcome = (yield { kind: 'await', promise: outcome }) as TaskOutcome;
    if (outcome.kind !== 'success') {
      const cause =
        outcome.kind === 'failure'
          ? (outcome.cause ?? outcome.error)
          : 'The ItemReader cannot wait for a task token.';
      throw new StatesError('States.ItemReaderFailed', cause);
    }
    const items = parseItems(
      outcome.output,
      config.InputType,
      config.CSVHeaderLocation,
      config.CSVHeaders,
      config.CSVDelimiter,
    );
    // MaxItems 0 means no limit, as in AWS.
    return maxItems ? items.slice(0, maxItems) : items;
  };
}

function parseItems(
  data: unknown,
  inputType: string | undefined,
  headerLocation: string | undefined,
  givenHeaders: string[] | undefined,
  delimiter: string | undefined,
): unknown[] {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'string') {
    // ListObjectsV2-style answers: the objects are the items.
    const contents = (data as { Contents?: unknown })?.Contents;
    if (Array.isArray(contents)) return contents;
    throw new StatesError(
      'States.ItemReaderFailed',
      `The ItemReader's data is not a list: ${JSON.stringify(data)}`,
    );
  }
  if (inputType === 'CSV')
    return parseCsv(data, headerLocation !== 'GIVEN', givenHeaders, delimiter ?? ',');
  if (inputType === 'JSONL') {
    return data
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => parseJson(line, `line ${i + 1}`));
  }
  const parsed = parseJson(data, 'the object');
  if (!Array.isArray(parsed))
    throw new StatesError(
      'States.ItemReaderFailed',
      "The ItemReader's JSON content is not an array.",
    );
  return parsed;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StatesError(
      'States.ItemReaderFailed',
      `The ItemReader could not parse ${where} as JSON: ${(error as Error).message}`,
    );
  }
}

/** Parses CSV text (quoted fields, doubled quotes) into objects keyed by the header. */
export function parseCsv(
  text: string,
  firstRowIsHeader: boolean,
  given: string[] | undefined,
  delimiter: string,
): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const header = firstRowIsHeader ? (rows.shift() ?? []) : (given ?? []);
  return rows.map((cells) => {
    const item: Record<string, string> = {};
    header.forEach((name, i) => (item[name] = cells[i] ?? ''));
    return item;
  });
}
