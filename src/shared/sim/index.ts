/** The simulator's public API: create an execution, step it, inspect it, answer its tasks. */
export {
  createExecution,
  compileDefinition,
  CompiledDefinition,
  type Execution,
} from './engine/execution';
export type {
  ExecutionOptions,
  ExecutionResult,
  ExecutionStatus,
  StateRecord,
  TaskOutcome,
  TaskRequest,
  TaskResolver,
  ContextOverrides,
} from './engine/types';
export { virtualClock, type Clock } from './clock/clock';
export { seededRandom, type RandomSource } from './random/random';
export { DEFAULT_LIMITS, type SimulationLimits } from './limits/limits';
export { toAwsHistoryEvent, type HistoryEvent, type AwsHistoryEvent } from './history/events';
export {
  mockTaskResolver,
  type MockedResponse,
  type MockedResponsesByState,
} from './mocks/mocked-responses';
export { StatesError, isStatesError } from './errors';
