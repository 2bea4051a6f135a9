import { StatesError, isStatesError } from '../errors';

const LOCATED = Symbol('located');

/** Errors AWS reports with "An error occurred while executing the state '…' (entered at …)". */
const LOCATED_ERRORS = new Set([
  'States.Runtime',
  'States.QueryEvaluationError',
  'States.IntrinsicFailure',
  'States.ResultPathMatchFailure',
  'States.ParameterPathFailure',
  'States.ItemReaderFailed',
  'States.ResultWriterFailed',
]);

/**
 * Prefixes an evaluation error with the state it happened in, as AWS does. Errors raised by
 * tasks and Fail states, and errors already located by a nested state, pass through unchanged.
 */
export function locateError(
  error: StatesError,
  stateName: string,
  enteredEventId: number,
): StatesError {
  if ((error as { [LOCATED]?: boolean })[LOCATED] || !LOCATED_ERRORS.has(error.error)) return error;
  const located = new StatesError(
    error.error,
    `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}). ${error.cause}`,
  );
  (located as { [LOCATED]?: boolean })[LOCATED] = true;
  return located;
}

/** Marks an error as already carrying its final cause text (e.g. a branch's error re-raised). */
export function asLocated(error: StatesError): StatesError {
  (error as { [LOCATED]?: boolean })[LOCATED] = true;
  return error;
}

/** Turns anything thrown during evaluation into a StatesError (unknown throwables become States.Runtime). */
export function toStatesError(thrown: unknown): StatesError {
  if (isStatesError(thrown)) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new StatesError('States.Runtime', message);
}

/**
 * Whether a Retrier's or Catcher's ErrorEquals matches an error. States.ALL matches everything
 * except States.Runtime and States.DataLimitExceeded, which AWS treats as terminal;
 * States.TaskFailed matches any task error except States.Timeout.
 */
export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  for (const name of errorEquals) {
    if (name === error) return error !== 'States.Runtime';
    if (name === 'States.ALL') {
      if (error !== 'States.Runtime' && error !== 'States.DataLimitExceeded') return true;
    } else if (
      name === 'States.TaskFailed' &&
      error !== 'States.Timeout' &&
      !error.startsWith('States.')
    )
      return true;
  }
  return false;
}

/** An execution-level end that no Catch may intercept: timeout, abort, a limit, an internal failure. */
export class Termination {
  constructor(
    readonly status: 'FAILED' | 'TIMED_OUT' | 'ABORTED',
    readonly error: string | undefined,
    readonly cause: string | undefined,
  ) {}
}
