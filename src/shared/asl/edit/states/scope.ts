import { childPointer, fromPointer, getAtPointer, toPointer } from '../../pointer';
import { isObject } from '../deepEqual';
import { EditError } from '../editError';

/** A States container (the top level, a Parallel branch or a Map processor) read from a value. */
export interface ScopeView {
  /** Pointer of the container: '' for the top level, `/States/P/Branches/0`, `/States/M/ItemProcessor`. */
  pointer: string;
  startAt: string | undefined;
  states: Record<string, Record<string, unknown>>;
}

/** Reads a scope from a definition value, or throws an EditError saying what is missing. */
export function readScope(value: unknown, scope: string): ScopeView {
  const container = getAtPointer(value, scope);
  if (!isObject(container))
    throw new EditError(
      'SCOPE_NOT_FOUND',
      `No state machine, branch or processor at "${scope || '/'}"`,
      scope,
    );
  const states = container.States === undefined ? {} : container.States;
  if (!isObject(states))
    throw new EditError('SCOPE_NOT_FOUND', `"States" at "${scope || '/'}" is not an object`, scope);
  return {
    pointer: scope,
    startAt: typeof container.StartAt === 'string' ? container.StartAt : undefined,
    states: states as Record<string, Record<string, unknown>>,
  };
}

/** The pointer of a state in a scope, e.g. `/States/A` or `/States/P/Branches/0/States/B`. */
export function statePointer(scope: string, name: string): string {
  return childPointer(scope, 'States', name);
}

/** Reads one state of a scope, or throws an EditError naming it. */
export function readState(view: ScopeView, name: string): Record<string, unknown> {
  const state = Object.prototype.hasOwnProperty.call(view.states, name)
    ? view.states[name]
    : undefined;
  if (!isObject(state))
    throw new EditError(
      'STATE_NOT_FOUND',
      `There is no state "${name}" in ${describeScope(view.pointer)}`,
      statePointer(view.pointer, name),
      name,
    );
  return state;
}

/** The scopes nested directly in a state: each Parallel branch, a Map's ItemProcessor or Iterator. */
export function childScopes(state: unknown, pointer: string): string[] {
  if (!isObject(state)) return [];
  const out: string[] = [];
  if (Array.isArray(state.Branches))
    state.Branches.forEach((_, i) => out.push(childPointer(pointer, 'Branches', i)));
  if (isObject(state.ItemProcessor)) out.push(childPointer(pointer, 'ItemProcessor'));
  if (isObject(state.Iterator)) out.push(childPointer(pointer, 'Iterator'));
  return out;
}

/** Words for a scope in messages. */
export function describeScope(scope: string): string {
  return scope === '' ? 'the state machine' : `"${scope}"`;
}

/** Splits a state's pointer (a graph node id) into its scope and name; undefined when it names no state. */
export function splitStatePointer(pointer: string): { scope: string; name: string } | undefined {
  const segments = fromPointer(pointer);
  if (
    segments.length < 2 ||
    segments[segments.length - 2] !== 'States' ||
    segments.length % 2 !== 0
  )
    return undefined;
  return { scope: toPointer(segments.slice(0, -2)), name: segments[segments.length - 1] };
}
