import { createExecution, type Execution } from '../engine/execution';
import type { ExecutionOptions, ExecutionResult } from '../engine/types';

/** Runs a definition to the end (test helper). */
export async function run(
  definition: unknown,
  options: ExecutionOptions = {},
): Promise<ExecutionResult> {
  return createExecution(definition, options).runToCompletion();
}

/** Runs a definition and returns the execution too, for history and record checks. */
export async function runExecution(
  definition: unknown,
  options: ExecutionOptions = {},
): Promise<Execution> {
  const execution = createExecution(definition, options);
  await execution.runToCompletion();
  return execution;
}

/** A one-state machine. */
export function single(
  state: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): unknown {
  return { StartAt: 'S', States: { S: { ...state } }, ...extra };
}
