import type { StateType } from '../../asl/types';
import { isoTimestamp, type Clock } from '../clock/clock';
import { ExecutionHistory, type EventDetails } from '../history/events';
import type { SimulationLimits } from '../limits/limits';
import type { RandomSource } from '../random/random';
import { Termination } from './state-errors';
import type { ContextOverrides, StateRecord, TaskResolver } from './types';

/**
 * One line of execution: the top level, a Parallel branch or a Map iteration. It owns the
 * variables visible there and the id of its last event (AWS's previousEventId chains per line).
 */
export interface Lane {
  vars: Record<string, unknown>;
  lastEventId: number;
  /** Prefix of state paths in this lane ('' at the top, `Map/3/` inside an iteration). */
  path: string;
  /** `$$.Map.Item` inside a Map iteration. */
  mapItem?: { Index: number; Value: unknown };
  /** A Distributed Map iteration is a child execution with its own history. */
  history?: ExecutionHistory;
}

/** The parts of the context object that do not change from state to state. */
export interface ContextBase {
  Execution: Record<string, unknown>;
  StateMachine: Record<string, unknown>;
}

/** When the run should stop at a state entry. */
export type PauseMode = 'step' | 'breakpoints' | 'never';

/**
 * Everything an execution shares across its lanes: clock, random source, history, limits,
 * counters, the task resolver and the inspection records. State handlers receive it.
 */
export class ExecutionCore {
  readonly history = new ExecutionHistory();
  readonly records: StateRecord[] = [];
  readonly invocations = new Map<string, number>();
  readonly breakpoints = new Set<string>();
  pauseMode: PauseMode = 'never';
  transitions = 0;
  private tokenCounter = 0;
  readonly startMs: number;
  readonly deadlineMs: number | undefined;
  readonly context: ContextBase;

  constructor(
    readonly clock: Clock,
    readonly random: RandomSource,
    readonly limits: SimulationLimits,
    readonly workflowType: 'STANDARD' | 'EXPRESS',
    readonly resolver: TaskResolver,
    readonly recordStates: boolean,
    input: unknown,
    overrides: ContextOverrides,
    timeoutSeconds: number | undefined,
  ) {
    this.startMs = clock.now();
    this.deadlineMs =
      timeoutSeconds && timeoutSeconds > 0 ? this.startMs + timeoutSeconds * 1000 : undefined;
    const machineName = overrides.stateMachineName ?? 'SimulatedStateMachine';
    const executionName = overrides.executionName ?? this.uuid();
    const region = 'us-east-1';
    const account = '123456789012';
    this.context = {
      Execution: {
        Id:
          overrides.executionArn ??
          `arn:aws:states:${region}:${account}:execution:${machineName}:${executionName}`,
        Input: input,
        Name: executionName,
        RoleArn: overrides.roleArn ?? `arn:aws:iam::${account}:role/asl-studio-simulator`,
        StartTime: overrides.startTime ?? isoTimestamp(this.startMs),
        RedriveCount: 0,
      },
      StateMachine: {
        Id:
          overrides.stateMachineArn ??
          `arn:aws:states:${region}:${account}:stateMachine:${machineName}`,
        Name: machineName,
      },
    };
  }

  /** Appends a history event on a lane and returns its id (enforcing the STANDARD event limit). */
  event(lane: Lane, type: string, details?: EventDetails): number {
    const history = this.checkedHistory(lane);
    const id = history.add(type, lane.lastEventId, this.clock.now(), details);
    lane.lastEventId = id;
    return id;
  }

  /** Appends a state entered/exited event (the cheap path for the bulk of the history). */
  stateEvent(
    lane: Lane,
    type: string,
    name: string,
    payload: unknown,
    entered: boolean,
    assigned?: Record<string, unknown>,
  ): number {
    const history = this.checkedHistory(lane);
    const id = history.addState(
      type,
      lane.lastEventId,
      this.clock.now(),
      name,
      payload,
      entered,
      assigned,
    );
    lane.lastEventId = id;
    return id;
  }

  private checkedHistory(lane: Lane): ExecutionHistory {
    const history = lane.history ?? this.history;
    if (history.size >= this.limits.maxHistoryEvents && this.workflowType === 'STANDARD') {
      throw new Termination(
        'FAILED',
        'States.Runtime',
        `The execution reached the limit of ${this.limits.maxHistoryEvents} history events (AWS's quota for STANDARD workflows).`,
      );
    }
    return history;
  }

  /** Counts a state transition and checks the budget and the execution timeout. */
  enterState(): void {
    if (++this.transitions > this.limits.maxTransitions) {
      throw new Termination(
        'FAILED',
        'States.Runtime',
        `The execution exceeded the simulator's budget of ${this.limits.maxTransitions} state transitions; the state machine may loop endlessly.`,
      );
    }
    this.checkDeadline();
  }

  /** Ends the run as TIMED_OUT once the virtual clock passes the execution's TimeoutSeconds. */
  checkDeadline(): void {
    if (this.deadlineMs !== undefined && this.clock.now() > this.deadlineMs) {
      throw new Termination(
        'TIMED_OUT',
        'States.Timeout',
        "The execution timed out (the state machine's TimeoutSeconds).",
      );
    }
  }

  /** Moves the virtual clock forward, stopping at the execution deadline. */
  sleep(ms: number): void {
    if (this.deadlineMs !== undefined && this.clock.now() + ms > this.deadlineMs) {
      this.clock.advance(this.deadlineMs - this.clock.now() + 1);
      this.checkDeadline();
    }
    this.clock.advance(ms);
  }

  /** Whether to pause before the state at `path` runs. */
  shouldPause(name: string, path: string): boolean {
    if (this.pauseMode === 'never') return false;
    if (this.pauseMode === 'step') return true;
    return this.breakpoints.has(name) || this.breakpoints.has(path);
  }

  /** The next invocation index of a Task state (0 first; retries count). */
  nextInvocation(stateName: string): number {
    const n = this.invocations.get(stateName) ?? 0;
    this.invocations.set(stateName, n + 1);
    return n;
  }

  /** A fresh task token. */
  newTaskToken(): string {
    return `token-${++this.tokenCounter}-${this.uuid().slice(0, 8)}`;
  }

  /** A UUID from the run's random source (deterministic under a seed). */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 32; i++) hex.push(Math.floor(this.random() * 16).toString(16));
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20)}`;
  }

  /** Adds an inspection record (when recording) and returns it. */
  record(
    name: string,
    type: StateType,
    path: string,
    enteredEventId: number,
    input: unknown,
  ): StateRecord | undefined {
    if (!this.recordStates) return undefined;
    const record: StateRecord = {
      name,
      type,
      path,
      enteredEventId,
      enteredAt: this.clock.now(),
      input,
    };
    this.records.push(record);
    return record;
  }
}

/** Per-state information handed to a state handler. */
export interface StateRun {
  readonly core: ExecutionCore;
  readonly lane: Lane;
  name: string;
  enteredEventId: number;
  enteredAt: number;
  record: StateRecord | undefined;
  /** Retry attempt number, read by `$$.State.RetryCount`. */
  retryCount: number;
  /** Set while a `.waitForTaskToken` task runs, read by `$$.Task.Token`. */
  taskToken?: string;
  /** Where the state goes on success (set by the state; undefined ends the lane). */
  next: string | undefined;
  /** Variables the state assigned (set by applyAssignment). */
  assigned?: Record<string, unknown>;
}

/** The context object (`$$`, `$states.context`) as the state sees it now. */
export function contextObject(run: StateRun): Record<string, unknown> {
  const ctx: Record<string, unknown> = {
    Execution: run.core.context.Execution,
    State: { EnteredTime: isoTimestamp(run.enteredAt), Name: run.name, RetryCount: run.retryCount },
    StateMachine: run.core.context.StateMachine,
  };
  if (run.taskToken !== undefined) ctx.Task = { Token: run.taskToken };
  if (run.lane.mapItem) ctx.Map = { Item: run.lane.mapItem };
  return ctx;
}
