import type { StateType } from '../../asl/types';
import type { Clock } from '../clock/clock';
import type { RandomSource } from '../random/random';
import type { SimulationLimits } from '../limits/limits';
import type { MockedResponsesByState } from '../mocks/mocked-responses';

/** Where an execution is: running, paused by the caller, waiting on a task token, or ended. */
export type ExecutionStatus =
  | 'NOT_STARTED'
  | 'RUNNING'
  | 'PAUSED'
  | 'WAITING_FOR_CALLBACK'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'TIMED_OUT'
  | 'ABORTED';

/** The terminal result of a run, as DescribeExecution reports it. */
export interface ExecutionResult {
  status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  output?: unknown;
  error?: string;
  cause?: string;
}

/** What a task resolver is asked: one invocation of a Task state. */
export interface TaskRequest {
  /** The Task state's name. */
  stateName: string;
  /** The state's path inside the run (`Outer/Map[3]/Inner`), for resolvers that need to tell apart. */
  statePath: string;
  resource: string;
  /** The effective parameters (Parameters or Arguments after evaluation). */
  parameters: unknown;
  /** 0 for the state's first call in this execution, 1 for the next (retries included), … */
  invocation: number;
  /** Set for `.waitForTaskToken` resources: the token the caller answers with. */
  taskToken?: string;
}

/**
 * A task's answer: its result, its error, or (for callbacks) "answer comes via a token".
 * `durationSeconds` says how long the task took on the virtual clock (checked against
 * TimeoutSeconds and HeartbeatSeconds).
 */
export type TaskOutcome =
  | { kind: 'success'; output: unknown; durationSeconds?: number }
  | { kind: 'failure'; error: string; cause?: string; durationSeconds?: number }
  | { kind: 'pending' };

/** Runs a Task: synchronous answers take the fast path, promises are awaited. */
export type TaskResolver = (request: TaskRequest) => TaskOutcome | Promise<TaskOutcome>;

/** Context-object values a caller may pin for a deterministic run. */
export interface ContextOverrides {
  executionName?: string;
  executionArn?: string;
  startTime?: string;
  stateMachineName?: string;
  stateMachineArn?: string;
  roleArn?: string;
}

/** Everything a run may be given; all optional. */
export interface ExecutionOptions {
  input?: unknown;
  context?: ContextOverrides;
  /** Per-state MockedResponses (Step Functions Local's shape); used when no taskResolver is given. */
  mocks?: MockedResponsesByState;
  taskResolver?: TaskResolver;
  clock?: Clock;
  random?: RandomSource;
  /** Seed for the default random source (jitter, $random, $uuid). */
  seed?: number;
  workflowType?: 'STANDARD' | 'EXPRESS';
  limits?: Partial<SimulationLimits>;
  /** State names (or state paths) to pause at when running with `resume()`. */
  breakpoints?: Iterable<string>;
  /**
   * Keep a record per executed state (input, parameters, result, output) for inspection; the
   * simulator panel turns it on. Off by default: history events are always kept.
   */
  recordStates?: boolean;
}

/** What the inspector shows for one executed state. */
export interface StateRecord {
  name: string;
  type: StateType;
  /** `Name`, or `Parallel/branch 0/Inner`, `Map/3/Inner` for nested states. */
  path: string;
  enteredEventId: number;
  enteredAt: number;
  input: unknown;
  /** The effective input/parameters (after InputPath and Parameters, or Arguments). */
  parameters?: unknown;
  /** The raw result (task answer, Pass Result, branch results…). */
  result?: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  next?: string;
  exitedAt?: number;
  /** Variables the state assigned. */
  assigned?: Record<string, unknown>;
}
