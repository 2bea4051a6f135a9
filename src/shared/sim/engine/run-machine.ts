import { StatesError } from '../errors';
import { exceedsPayloadLimit } from '../limits/payload-size';
import type { CompiledMachine } from './compiled';
import type { ExecutionCore, Lane, StateRun } from './core';
import { PAUSE, type Interpreter } from './effects';
import { asLocated, locateError, Termination, toStatesError } from './state-errors';

/**
 * Runs a (sub-)machine on one lane from its StartAt to the end and returns the last output; a
 * state's failure propagates as a StatesError (already located and recorded). Execution-level
 * ends (timeout, limits, abort) propagate as Termination. States that never wait run through
 * their synchronous entry point, so a JSONPath chain costs no generator per state.
 */
export function* runMachine(
  core: ExecutionCore,
  machine: CompiledMachine,
  lane: Lane,
  input: unknown,
): Interpreter<unknown> {
  let state = machine.states.get(machine.startAt)!;
  let data = input;
  const run: StateRun = {
    core,
    lane,
    name: '',
    enteredEventId: 0,
    enteredAt: 0,
    record: undefined,
    retryCount: 0,
    next: undefined,
  };
  const limit = core.limits.maxPayloadBytes;
  for (;;) {
    core.enterState();
    const name = state.name;
    const enteredEventId = core.stateEvent(lane, state.enteredEvent, name, data, true);
    const record = core.recordStates
      ? core.record(name, state.type, lane.path + name, enteredEventId, data)
      : undefined;
    if (core.pauseMode !== 'never' && core.shouldPause(name, lane.path + name)) yield PAUSE;
    // One StateRun per lane, reset for each state: a lane runs one state at a time, and nothing
    // keeps the object once its state has ended (records are separate objects).
    run.name = name;
    run.enteredEventId = enteredEventId;
    run.enteredAt = core.clock.now();
    run.record = record;
    run.retryCount = 0;
    run.taskToken = undefined;
    run.next = undefined;
    run.assigned = undefined;
    let output: unknown;
    try {
      output = state.runSync ? state.runSync(run, data) : yield* state.run(run, data);
      // An output that is the input itself was already checked when it was produced.
      if (output !== data && exceedsPayloadLimit(output, limit)) {
        throw asLocated(
          new StatesError(
            'States.DataLimitExceeded',
            `The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
          ),
        );
      }
    } catch (thrown) {
      if (thrown instanceof Termination) throw thrown;
      const error = locateError(toStatesError(thrown), name, enteredEventId);
      if (record) {
        record.error = error.error;
        record.cause = error.cause;
        record.exitedAt = core.clock.now();
      }
      throw error;
    }
    if (state.exitedEvent)
      core.stateEvent(lane, state.exitedEvent, name, output, false, run.assigned);
    if (record) {
      record.output = output;
      record.next = run.next;
      record.exitedAt = core.clock.now();
      if (run.assigned) record.assigned = run.assigned;
    }
    if (run.next === undefined) return output;
    const link = state.staticNext;
    state =
      link !== undefined && link.name === run.next ? link.state : machine.states.get(run.next)!;
    data = output;
  }
}
