import { StatesError } from '../errors';

/**
 * The cause texts AWS gives when a JSONPath names nothing, one helper per field kind. The engine
 * prefixes them with "An error occurred while executing the state '<name>' (entered at the event
 * id #<n>). " as AWS does.
 */

/** InputPath, OutputPath, ItemsPath…: "Invalid path '$.x' : No results for path: $['x']". */
export function invalidPathCause(path: string, detail: string): string {
  return `Invalid path '${path}' : ${detail}`;
}

/**
 * A `.$` field of Parameters/ResultSelector/ItemSelector: "The JSONPath '$.x' specified for the
 * field 'a.$' could not be found in the input '<input JSON>'".
 */
export function payloadPathCause(path: string, field: string, input: unknown): string {
  return `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(input)}'`;
}

/** The States.Runtime error for a payload template field whose path names nothing. */
export function payloadPathError(path: string, field: string, input: unknown): StatesError {
  return new StatesError('States.Runtime', payloadPathCause(path, field, input));
}

/** A Choice rule's Variable that names nothing: "Invalid path '$.x': The choice state's condition path references an invalid value." */
export function choicePathCause(path: string): string {
  return `Invalid path '${path}': The choice state's condition path references an invalid value.`;
}
