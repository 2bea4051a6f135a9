import { isObject } from '../deepEqual';
import { EditError } from '../editError';
import type { EditSession } from '../session';
import { readScope, readState, statePointer } from './scope';
import { describeVia, viaPointer, type Via } from './via';

/**
 * Points one transition of a state at `target` (null: the state ends). Next replaces End (and End
 * replaces Next); a null Default is removed. Throws when the state has no such transition.
 */
export function setTransition(
  session: EditSession,
  scope: string,
  name: string,
  via: Via,
  target: string | null,
): void {
  const state = readState(readScope(session.value(), scope), name);
  checkVia(state, name, via, scope);
  const base = statePointer(scope, name);
  if (via === 'Next') {
    if (target === null) {
      if (state.Next !== undefined) session.remove(base + '/Next');
      session.set(base + '/End', true);
    } else {
      if (state.End !== undefined) session.remove(base + '/End');
      session.set(base + '/Next', target);
    }
  } else if (target === null) {
    if (via !== 'Default')
      throw new EditError(
        'INVALID_TRANSITION',
        `${describeVia(via)} of "${name}" must lead to a state`,
        base + viaPointer(via),
        name,
      );
    if (state.Default !== undefined) session.remove(base + '/Default');
  } else session.set(base + viaPointer(via), target);
}

/** Throws unless a state of this type has (or may have) the given transition. */
export function checkVia(
  state: Record<string, unknown>,
  name: string,
  via: Via,
  scope: string,
): void {
  const type = state.Type;
  const at = statePointer(scope, name) + viaPointer(via);
  const fail = (why: string): never => {
    throw new EditError(
      'INVALID_TRANSITION',
      `Cannot use ${describeVia(via)} of "${name}": ${why}`,
      at,
      name,
    );
  };
  if (via === 'Next') {
    if (type === 'Choice' || type === 'Succeed' || type === 'Fail')
      fail(`a ${type} state has no Next`);
  } else if (via === 'Default') {
    if (type !== 'Choice') fail('only a Choice state has a Default');
  } else if ('choice' in via) {
    if (type !== 'Choice') fail('it is not a Choice state');
    const rules = state.Choices;
    if (!Array.isArray(rules) || !isObject(rules[via.choice]))
      fail(`it has no choice rule ${via.choice}`);
  } else {
    const catchers = state.Catch;
    if (!Array.isArray(catchers) || !isObject(catchers[via.catch]))
      fail(`it has no catcher ${via.catch}`);
  }
}
