import type { StateVisit } from '../types';
import { isObj } from '../walk';
import type { HandlerTable } from './errors';

/** True when a Task can fail with States.Timeout: it sets a timeout or a heartbeat. */
function canTimeOut(state: StateVisit['state']): boolean {
  return (
    state.TimeoutSeconds !== undefined ||
    state.TimeoutSecondsPath !== undefined ||
    state.HeartbeatSeconds !== undefined ||
    state.HeartbeatSecondsPath !== undefined
  );
}

/**
 * True when the failure of a state in a Parallel branch or a Map processor is caught by an
 * enclosing Parallel or Map state, at any level of nesting. An uncaught error fails the branch
 * or iteration, and the enclosing state then fails with the same error, which its own Catch
 * handles or passes further out. A catcher counts when it matches every error the failure can be
 * there: States.ALL, or States.TaskFailed (every error but States.Timeout) with States.Timeout
 * caught as well (by the same state or one further out) when the state sets a timeout or a
 * heartbeat. A Distributed Map's failed child execution reaches the Map as
 * States.ExceedToleratedFailureThreshold, which States.TaskFailed also matches. Catchers of
 * specific error names only do not count: other errors still end the execution.
 */
export function caughtByEnclosingState(visit: StateVisit, table: HandlerTable): boolean {
  // What is still uncaught: errors States.TaskFailed matches, and States.Timeout.
  let failed = true;
  let timeout = canTimeOut(visit.state);
  for (let m = visit.machine; m.owner; m = m.owner.machine) {
    const owner = m.owner;
    const config = isObj(m.machine.ProcessorConfig) ? m.machine.ProcessorConfig : undefined;
    const distributed = owner.type === 'Map' && config?.Mode === 'DISTRIBUTED';
    if (distributed) {
      // Whatever failed the child execution, the Map sees one error.
      failed ||= timeout;
      timeout = false;
    }
    for (const c of table.of(owner, 'Catch')) {
      const errors = c.errors;
      if (errors.includes('States.ALL')) {
        failed = false;
        timeout = false;
      }
      if (
        errors.includes('States.TaskFailed') ||
        (distributed && errors.includes('States.ExceedToleratedFailureThreshold'))
      )
        failed = false;
      if (errors.includes('States.Timeout')) timeout = false;
    }
    if (!failed && !timeout) return true;
  }
  return false;
}
