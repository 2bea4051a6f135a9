/**
 * A Step Functions runtime error: an error name (States.Runtime, States.TaskFailed, a task's own
 * error…) and a cause text, exactly as AWS reports them in the execution's failure.
 */
export class StatesError extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string,
  ) {
    super(`${error}: ${cause}`);
    this.name = 'StatesError';
  }
}

/** True for StatesError, also across realms (workers) where instanceof fails. */
export function isStatesError(value: unknown): value is StatesError {
  return (
    value instanceof StatesError ||
    (value instanceof Error && value.name === 'StatesError' && 'error' in value && 'cause' in value)
  );
}
