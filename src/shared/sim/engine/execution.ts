import type { StateMachine } from '../../asl/types';
import { virtualClock } from '../clock/clock';
import { isStatesError } from '../errors';
import { DEFAULT_LIMITS } from '../limits/limits';
import { exceedsPayloadLimit } from '../limits/payload-size';
import { MockError, mockTaskResolver } from '../mocks/mocked-responses';
import { seededRandom } from '../random/random';
import { setJsonataRuntime } from '../jsonata/expression';
import { toAwsHistoryEvent, type AwsHistoryEvent, type HistoryEvent } from '../history/events';
import { compileMachine } from './compile';
import { DefinitionError, type CompiledMachine } from './compiled';
import { ExecutionCore, type Lane } from './core';
import type { Effect, Interpreter } from './effects';
import { runMachine } from './run-machine';
import { Termination } from './state-errors';
import type {
  ExecutionOptions,
  ExecutionResult,
  ExecutionStatus,
  StateRecord,
  TaskOutcome,
  TaskResolver,
} from './types';

/** A running (or finished) simulated execution that can be stepped, paused, inspected and answered. */
export interface Execution {
  readonly status: ExecutionStatus;
  /** The terminal result once the run has ended. */
  readonly result: ExecutionResult | undefined;
  /** History events so far (engine form; see `awsHistory()` for GetExecutionHistory's). */
  readonly history: readonly HistoryEvent[];
  /** One record per executed state: input, parameters, result, output, error. */
  readonly states: readonly StateRecord[];
  /** Variables of the top-level lane, as they are now. */
  readonly variables: Readonly<Record<string, unknown>>;
  /** Names (or paths) of states to pause at in `resume()`. */
  readonly breakpoints: Set<string>;
  /** Task tokens waiting for an answer. */
  readonly pendingTaskTokens: readonly string[];
  /** Runs until the next state is entered (then PAUSED), a task token is awaited, or the end. */
  step(): Promise<ExecutionStatus>;
  /** Runs until a breakpoint, a task token wait, or the end. */
  resume(): Promise<ExecutionStatus>;
  /** Runs to the end ignoring breakpoints (waiting for task-token answers if needed). */
  runToCompletion(): Promise<ExecutionResult>;
  /** Answers a `.waitForTaskToken` task. */
  sendTaskSuccess(token: string, output: unknown): void;
  sendTaskFailure(token: string, error?: string, cause?: string): void;
  /** Records a heartbeat for a waiting task: its HeartbeatSeconds count again from now. */
  sendTaskHeartbeat(token: string): void;
  /**
   * Moves the virtual clock while a task token is awaited; a task not answered within its
   * TimeoutSeconds, or without a heartbeat within HeartbeatSeconds, then fails with
   * States.Timeout / States.HeartbeatTimeout.
   */
  advanceTime(seconds: number): void;
  /** Stops the run: ABORTED. */
  stop(error?: string, cause?: string): void;
  /** The history in GetExecutionHistory's JSON shape. */
  awsHistory(): AwsHistoryEvent[];
}

/**
 * Creates an execution of a definition. Nothing runs until `step`, `resume` or `runToCompletion`.
 * A definition that cannot run or malformed mocks give an execution that has already FAILED with
 * a message saying where, never an exception.
 */
export function createExecution(definition: unknown, options: ExecutionOptions = {}): Execution {
  const compiled =
    definition instanceof CompiledDefinition ? definition : compileDefinition(definition);
  let setupError: ExecutionResult | undefined = compiled.error
    ? {
        status: 'FAILED',
        error: 'States.Runtime',
        cause: `Invalid definition: ${compiled.error.message}`,
      }
    : undefined;
  let resolver: TaskResolver = () => ({
    kind: 'failure',
    error: 'States.TaskFailed',
    cause: 'No task resolver.',
  });
  try {
    resolver = options.taskResolver ?? mockTaskResolver(options.mocks ?? {});
  } catch (error) {
    if (!(error instanceof MockError)) throw error;
    setupError ??= {
      status: 'FAILED',
      error: 'States.Runtime',
      cause: `Invalid mocks: ${error.message}`,
    };
  }
  const machine = compiled.machine;
  const timeout = compiled.timeoutSeconds;
  const clock =
    options.clock ??
    virtualClock(
      options.context?.startTime ? Date.parse(options.context.startTime) || undefined : undefined,
    );
  const random = options.random ?? seededRandom(options.seed ?? 0x5eed);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const input = options.input === undefined ? {} : options.input;
  const core = new ExecutionCore(
    clock,
    random,
    limits,
    options.workflowType ?? 'STANDARD',
    resolver,
    options.recordStates ?? false,
    input,
    options.context ?? {},
    timeout,
  );
  for (const b of options.breakpoints ?? []) core.breakpoints.add(b);
  return new SimulatedExecution(core, machine, input, setupError);
}

/**
 * A definition compiled once (paths, templates and expressions parsed) for many executions, or
 * the reason it cannot run.
 */
export class CompiledDefinition {
  constructor(
    readonly machine: CompiledMachine | undefined,
    readonly timeoutSeconds: number | undefined,
    readonly error: DefinitionError | undefined,
  ) {}
}

/** Compiles a definition for `createExecution`; never throws (a bad definition carries its error). */
export function compileDefinition(definition: unknown): CompiledDefinition {
  const timeout = (definition as Partial<StateMachine> | null)?.TimeoutSeconds;
  try {
    return new CompiledDefinition(
      compileMachine(definition),
      typeof timeout === 'number' ? timeout : undefined,
      undefined,
    );
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return new CompiledDefinition(undefined, undefined, error);
  }
}

class SimulatedExecution implements Execution {
  status: ExecutionStatus = 'NOT_STARTED';
  result: ExecutionResult | undefined;
  private generator: Interpreter<unknown> | undefined;
  private readonly lane: Lane = { vars: {}, lastEventId: 0, path: '' };
  private resumeWith: { value?: unknown; error?: unknown } = {};
  private running = false;
  private pendingCallback: string | undefined;
  private callbackLimits: { timeoutAt?: number; heartbeatMs?: number } | undefined;
  private lastHeartbeat = 0;
  private readonly answers = new Map<string, TaskOutcome>();
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly core: ExecutionCore,
    private readonly machine: CompiledMachine | undefined,
    private readonly input: unknown,
    setupError: ExecutionResult | undefined,
  ) {
    if (setupError) this.finish(setupError);
  }

  get history(): readonly HistoryEvent[] {
    return this.core.history.events;
  }
  get states(): readonly StateRecord[] {
    return this.core.records;
  }
  get variables(): Readonly<Record<string, unknown>> {
    return this.lane.vars;
  }
  get breakpoints(): Set<string> {
    return this.core.breakpoints;
  }
  get pendingTaskTokens(): readonly string[] {
    return this.pendingCallback ? [this.pendingCallback] : [];
  }

  step(): Promise<ExecutionStatus> {
    return this.drive('step').then(() => this.status);
  }
  resume(): Promise<ExecutionStatus> {
    return this.drive('breakpoints').then(() => this.status);
  }
  async runToCompletion(): Promise<ExecutionResult> {
    await this.drive('never');
    return this.result!;
  }

  sendTaskSuccess(token: string, output: unknown): void {
    this.answer(token, { kind: 'success', output });
  }
  sendTaskFailure(token: string, error?: string, cause?: string): void {
    this.answer(token, { kind: 'failure', error: error ?? '', cause });
  }
  sendTaskHeartbeat(token: string): void {
    if (token !== this.pendingCallback)
      throw new Error(`Unknown or answered task token '${token}'.`);
  }
  stop(error?: string, cause?: string): void {
    if (this.result) return;
    this.core.history.add('ExecutionAborted', this.lane.lastEventId, this.core.clock.now(), {
      error,
      cause,
    });
    this.finish({ status: 'ABORTED', error, cause });
    this.wakeUp?.();
  }
  advanceTime(seconds: number): void {
    if (!(seconds > 0)) return;
    this.core.clock.advance(seconds * 1000);
    const token = this.pendingCallback;
    const limits = this.callbackLimits;
    if (!token || !limits || this.answers.has(token)) return;
    const now = this.core.clock.now();
    if (limits.timeoutAt !== undefined && now >= limits.timeoutAt) {
      this.answer(token, {
        kind: 'failure',
        error: 'States.Timeout',
        cause: 'The task did not answer within its TimeoutSeconds.',
      });
    } else if (limits.heartbeatMs !== undefined && now - this.lastHeartbeat >= limits.heartbeatMs) {
      this.answer(token, {
        kind: 'failure',
        error: 'States.HeartbeatTimeout',
        cause: 'The task sent no heartbeat within its HeartbeatSeconds.',
      });
    }
  }

  awsHistory(): AwsHistoryEvent[] {
    return this.core.history.events.map(toAwsHistoryEvent);
  }

  private answer(token: string, outcome: TaskOutcome): void {
    if (token !== this.pendingCallback || this.answers.has(token)) {
      throw new Error(`Unknown or already answered task token '${token}'.`);
    }
    this.answers.set(token, outcome);
    this.wakeUp?.();
  }

  private start(): void {
    const core = this.core;
    if (exceedsPayloadLimit(this.input, core.limits.maxPayloadBytes)) {
      core.history.add('ExecutionStarted', 0, core.clock.now(), { input: null });
      this.finish({
        status: 'FAILED',
        error: 'States.DataLimitExceeded',
        cause: 'The execution input exceeds the maximum number of bytes service limit.',
      });
      return;
    }
    core.event(this.lane, 'ExecutionStarted', {
      input: this.input,
      roleArn: core.context.Execution.RoleArn as string,
    });
    this.generator = runMachine(core, this.machine!, this.lane, this.input);
    this.status = 'RUNNING';
  }

  // Runs the interpreter until it ends or needs to stop. Synchronous effects never await, so a
  // run whose tasks answer synchronously completes without touching a Promise per state.
  private async drive(mode: 'step' | 'breakpoints' | 'never'): Promise<void> {
    if (this.result) return;
    if (this.running)
      throw new Error('The execution is already running; await the previous call first.');
    this.running = true;
    this.core.pauseMode = mode;
    setJsonataRuntime({ random: this.core.random });
    try {
      if (this.status === 'NOT_STARTED') {
        try {
          this.start();
        } catch (thrown) {
          // An input that is not JSON (a cycle, a BigInt…) ends the run here, never as an exception.
          const cause = `The execution input is not JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
          this.finish({ status: 'FAILED', error: 'States.Runtime', cause });
          return;
        }
      }
      if (this.result) return;
      this.status = 'RUNNING';
      for (;;) {
        if (this.pendingCallback !== undefined) {
          const token = this.pendingCallback;
          while (!this.answers.has(token) && !this.result) {
            this.status = 'WAITING_FOR_CALLBACK';
            // Only runToCompletion waits for the answer; step and resume hand control back.
            if (mode !== 'never') return;
            await new Promise<void>((resolve) => (this.wakeUp = resolve));
            this.wakeUp = undefined;
          }
          if (this.result) return;
          this.pendingCallback = undefined;
          this.status = 'RUNNING';
          this.resumeWith = { value: this.answers.get(token) };
          this.answers.delete(token);
        }
        let next: IteratorResult<Effect, unknown>;
        try {
          const pending = this.resumeWith;
          this.resumeWith = {};
          next =
            'error' in pending
              ? this.generator!.throw(pending.error)
              : this.generator!.next(pending.value);
        } catch (thrown) {
          this.fail(thrown);
          return;
        }
        if (this.result) return;
        if (next.done) {
          this.succeed(next.value);
          return;
        }
        const effect = next.value;
        if (effect.kind === 'pause') {
          this.status = 'PAUSED';
          return;
        }
        if (effect.kind === 'await') {
          try {
            this.resumeWith = { value: await effect.promise };
          } catch (error) {
            this.resumeWith = { error };
          }
          setJsonataRuntime({ random: this.core.random });
          if (this.result) return;
          continue;
        }
        // A task token: the loop's top waits for its answer.
        this.pendingCallback = effect.token;
        this.callbackLimits = { timeoutAt: effect.timeoutAt, heartbeatMs: effect.heartbeatMs };
        this.lastHeartbeat = this.core.clock.now();
      }
    } finally {
      this.running = false;
    }
  }

  private succeed(output: unknown): void {
    this.core.history.add('ExecutionSucceeded', this.lane.lastEventId, this.core.clock.now(), {
      output,
    });
    this.finish({ status: 'SUCCEEDED', output });
  }

  private fail(thrown: unknown): void {
    if (thrown instanceof Termination) {
      const type =
        thrown.status === 'TIMED_OUT'
          ? 'ExecutionTimedOut'
          : thrown.status === 'ABORTED'
            ? 'ExecutionAborted'
            : 'ExecutionFailed';
      this.core.history.add(type, this.lane.lastEventId, this.core.clock.now(), {
        error: thrown.error,
        cause: thrown.cause,
      });
      this.finish({ status: thrown.status, error: thrown.error, cause: thrown.cause });
      return;
    }
    if (isStatesError(thrown)) {
      const error = thrown.error || undefined;
      const cause = thrown.cause || undefined;
      this.core.history.add('ExecutionFailed', this.lane.lastEventId, this.core.clock.now(), {
        error,
        cause,
      });
      this.finish({ status: 'FAILED', error, cause });
      return;
    }
    // A bug in the simulator must not escape as an exception: report it as the run's failure.
    const cause = `Internal simulator error: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`;
    this.core.history.add('ExecutionFailed', this.lane.lastEventId, this.core.clock.now(), {
      error: 'States.Runtime',
      cause,
    });
    this.finish({ status: 'FAILED', error: 'States.Runtime', cause });
  }

  private finish(result: ExecutionResult): void {
    this.result = result;
    this.status = result.status;
    this.generator = undefined;
  }
}
