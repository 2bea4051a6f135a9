import { StatesError } from '../errors';
import { exceedsPayloadLimit } from '../limits/payload-size';
import type { CompiledMachine, StateOutcome } from './compiled';
import type { ExecutionCore, Lane, StateRun } from './core';
import { PAUSE, type Interpreter } from './effects';
import { asLocated, locateError, Termination, toStatesError } from './state-errors';

/**
 * Runs a (sub-)machine on one lane from its StartAt to the end and returns the last output; a
 * state's failure propagates as a StatesError (already located and recorded). Execution-level
 * ends (timeout, limits, abort) propagate as Termination.
 */
export function* runMachine(
  core: ExecutionCore,
  machine: CompiledMachine,
  lane: Lane,
  input: unknown,
): Interpreter<unknown> {
  let state = machine.states.get(machine.startAt)!;
  let data = input;
  const limit = core.limits.maxPayloadBytes;
  for (;;) {
    core.enterState();
    const name = state.name;
    const enteredEventId = core.event(lane, state.enteredEvent, { name, input: data });
    const path = lane.path + name;
    const record = core.record(name, state.type, path, enteredEventId, data);
    if (core.pauseMode !== 'never' && core.shouldPause(name, path)) yield PAUSE;
    const run: StateRun = {
      core,
      lane,
      name,
      enteredEventId,
      enteredAt: core.clock.now(),
      record,
      retryCount: 0,
    };
    let outcome: StateOutcome;
    try {
      outcome = yield* state.run(run, data);
      if (exceedsPayloadLimit(outcome.output, limit)) {
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
    if (state.exitedEvent) {
      core.event(lane, state.exitedEvent, {
        name,
        output: outcome.output,
        assignedVariables: outcome.assigned,
      });
    }
    if (record) {
      record.output = outcome.output;
      record.next = outcome.next;
      record.exitedAt = core.clock.now();
      if (outcome.assigned) record.assigned = outcome.assigned;
    }
    if (outcome.next === undefined) return outcome.output;
    state = machine.states.get(outcome.next)!;
    data = outcome.output;
  }
}
