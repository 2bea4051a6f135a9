import { StatesError } from '../errors';

/** A JSONPath that cannot be parsed; `position` is the 0-based character offset of the problem. */
export class JsonPathSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly path: string,
    readonly position: number,
  ) {
    super(`Invalid JSONPath '${path}' at character ${position}: ${reason}`);
    this.name = 'JsonPathSyntaxError';
  }
}

/**
 * A definite path that names nothing in the document. `detail` is Jayway's own message
 * (`No results for path: $['x']`), which AWS embeds in several cause texts.
 */
export class PathNotFoundError extends StatesError {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super('States.Runtime', `Invalid path '${path}' : ${detail}`);
  }
}
