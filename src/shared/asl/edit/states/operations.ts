import type { JsonObject } from '../../types';
import { EditError } from '../editError';
import { editDocument } from '../primitives';
import type { EditSession } from '../session';
import type { EditableDocument, EditResult } from '../textEdit';
import { childPointer, getAtPointer } from '../../pointer';
import { detachState } from './detach';
import { checkNewStateName, uniqueStateName } from './names';
import { readScope, readState, statePointer } from './scope';
import { linkedState, uniquifyNested } from './stateValue';
import { checkVia, setTransition } from './transitions';
import { targetOf, transitionsOf, type Via } from './via';

type Obj = Record<string, unknown>;

/**
 * Adds a state to a scope as given (nothing leads to it; it becomes StartAt when the scope had
 * none). A state with neither Next nor End gets `End: true`.
 */
export function addState(
  doc: EditableDocument,
  scope: string,
  name: string,
  state: JsonObject,
): EditResult {
  return editDocument(doc, (s) => {
    const view = readScope(s.value(), scope);
    const keepsFlow = typeof state.Next === 'string' || state.End === true;
    putNewState(s, scope, name, keepsFlow ? state : linkedState(state, null), undefined);
    if (view.startAt === undefined || !(view.startAt in view.states))
      s.set(childPointer(scope, 'StartAt'), name);
  });
}

/**
 * Inserts a new state on an edge: `from` → new state → what `from` led to through `via` (Next by
 * default). When that transition ended the flow, the new state ends it instead.
 */
export function insertStateAfter(
  doc: EditableDocument,
  scope: string,
  fromState: string,
  newName: string,
  newState: JsonObject,
  via: Via = 'Next',
): EditResult {
  return editDocument(doc, (s) => {
    const from = readState(readScope(s.value(), scope), fromState);
    checkVia(from, fromState, via, scope);
    const target = targetOf(from, via) ?? null;
    putNewState(s, scope, newName, newState, target, fromState);
    setTransition(s, scope, fromState, via, newName);
  });
}

/** Inserts a new state at the start of a scope (an empty one included); it leads to the old start. */
export function insertStateAtStart(
  doc: EditableDocument,
  scope: string,
  name: string,
  state: JsonObject,
): EditResult {
  return editDocument(doc, (s) => {
    const view = readScope(s.value(), scope);
    const oldStart =
      view.startAt !== undefined && view.startAt in view.states ? view.startAt : null;
    putNewState(s, scope, name, state, oldStart, null);
    s.set(childPointer(scope, 'StartAt'), name);
  });
}

/** Points a transition of `from` at `to` (Next replaces End; Default; a choice rule; a catcher). */
export function connect(
  doc: EditableDocument,
  scope: string,
  from: string,
  via: Via,
  to: string,
): EditResult {
  return editDocument(doc, (s) => {
    readState(readScope(s.value(), scope), to);
    setTransition(s, scope, from, via, to);
  });
}

/** Renames a state, keeping its place, and updates StartAt and every transition to it in its scope. */
export function renameState(
  doc: EditableDocument,
  scope: string,
  oldName: string,
  newName: string,
): EditResult {
  return editDocument(doc, (s) => {
    const view = readScope(s.value(), scope);
    readState(view, oldName);
    if (oldName === newName) return;
    checkNewStateName(s.value(), newName, statePointer(scope, oldName));
    s.renameKey(statePointer(scope, oldName), newName);
    if (view.startAt === oldName) s.set(childPointer(scope, 'StartAt'), newName);
    for (const [name, state] of Object.entries(view.states)) {
      const base = statePointer(scope, name === oldName ? newName : name);
      for (const t of transitionsOf(state))
        if (t.target === oldName) s.set(base + t.pointer, newName);
    }
  });
}

/**
 * Deletes a state and reconnects its neighbours (see detachState): what led to it leads where it
 * led. A Parallel or Map goes with its branches or processor; a Choice hands its predecessors to
 * its Default (or first rule's target).
 */
export function deleteState(doc: EditableDocument, scope: string, name: string): EditResult {
  return editDocument(doc, (s) => {
    detachState(s, scope, name);
    s.remove(statePointer(scope, name));
  });
}

/** Deletes several states (e.g. a multi-selection) as one change, each reconnected as by deleteState. */
export function deleteStates(
  doc: EditableDocument,
  states: ReadonlyArray<{ scope: string; name: string }>,
): EditResult {
  return editDocument(doc, (s) => {
    // Inner states first, so a branch's states go before the Parallel that holds them (or with it).
    const ordered = [...states].sort((a, b) => b.scope.length - a.scope.length);
    for (const { scope, name } of ordered) {
      if (getAtPointer(s.value(), statePointer(scope, name)) === undefined) continue;
      detachState(s, scope, name);
      s.remove(statePointer(scope, name));
    }
  });
}

/**
 * Copies a state under a new unique name ("Name 2", "Name 3"…), nested states renamed too. The
 * copy keeps its transitions; nothing leads to it yet. Returns the copy's name with the result.
 */
export function duplicateState(
  doc: EditableDocument,
  scope: string,
  name: string,
): EditResult & { name: string } {
  let copyName = '';
  const result = editDocument(doc, (s) => {
    const state = readState(readScope(s.value(), scope), name);
    copyName = uniqueStateName(s.value(), name);
    s.addMember(
      childPointer(scope, 'States'),
      copyName,
      uniquifyNested(s.value(), state, new Set([copyName])),
      name,
    );
  });
  return { ...result, name: copyName };
}

/** Where a moved state goes: after a state (on one of its transitions) or, without `after`, at the start. */
export interface MoveTarget {
  after?: string;
  via?: Via;
}

/**
 * Moves a state to another place in the flow, in the same scope or another one (a branch, a
 * processor, the top level): its old neighbours are reconnected as by deleteState, and it is
 * inserted after `to.after` (on `to.via`, Next by default) or at the start of `toScope`.
 * Across scopes, a state whose Choice rules or catchers name states missing there cannot move.
 */
export function moveState(
  doc: EditableDocument,
  fromScope: string,
  name: string,
  toScope: string,
  to: MoveTarget = {},
): EditResult {
  return editDocument(doc, (s) => {
    const own = statePointer(fromScope, name);
    const state = readState(readScope(s.value(), fromScope), name);
    if (toScope === own || toScope.startsWith(own + '/'))
      throw new EditError('INVALID_MOVE', `Cannot move "${name}" into itself`, own, name);
    if (to.after === name)
      throw new EditError('INVALID_MOVE', `Cannot move "${name}" after itself`, own, name);
    const destination = readScope(s.value(), toScope);
    if (to.after !== undefined)
      checkVia(readState(destination, to.after), to.after, to.via ?? 'Next', toScope);
    if (toScope !== fromScope) checkTargetsExist(state, name, destination.states, toScope);
    detachState(s, fromScope, name, toScope === fromScope);
    if (toScope !== fromScope) s.remove(own);
    const view = readScope(s.value(), toScope);
    const target =
      to.after !== undefined
        ? (targetOf(view.states[to.after], to.via ?? 'Next') ?? null)
        : (view.startAt ?? null);
    const moved = withoutFlow(state);
    const placed = linkedState(moved, target === name ? null : target);
    if (toScope === fromScope) s.set(statePointer(toScope, name), placed);
    else s.addMember(childPointer(toScope, 'States'), name, placed, to.after ?? null);
    if (to.after !== undefined) setTransition(s, toScope, to.after, to.via ?? 'Next', name);
    else s.set(childPointer(toScope, 'StartAt'), name);
  });
}

/** Adds a retrier to a Task, Parallel or Map (at `index`, the end by default). */
export function addRetrier(
  doc: EditableDocument,
  scope: string,
  name: string,
  retrier: JsonObject,
  index?: number,
): EditResult {
  return editDocument(doc, (s) => {
    const state = readState(readScope(s.value(), scope), name);
    checkRetryable(state, name, scope, 'Retry');
    const length = Array.isArray(state.Retry) ? state.Retry.length : 0;
    s.insert(statePointer(scope, name) + '/Retry', index ?? length, retrier);
  });
}

/** Adds a catcher to a Task, Parallel or Map (at `index`, the end by default); its Next must name a state of the scope. */
export function addCatcher(
  doc: EditableDocument,
  scope: string,
  name: string,
  catcher: JsonObject,
  index?: number,
): EditResult {
  return editDocument(doc, (s) => {
    const view = readScope(s.value(), scope);
    const state = readState(view, name);
    checkRetryable(state, name, scope, 'Catch');
    if (typeof catcher.Next !== 'string' || !(catcher.Next in view.states))
      throw new EditError(
        'STATE_NOT_FOUND',
        `The catcher's Next "${String(catcher.Next)}" is not a state beside "${name}"`,
        statePointer(scope, name),
        name,
      );
    const length = Array.isArray(state.Catch) ? state.Catch.length : 0;
    s.insert(statePointer(scope, name) + '/Catch', index ?? length, catcher);
  });
}

function checkRetryable(state: Obj, name: string, scope: string, field: string): void {
  if (state.Type !== 'Task' && state.Type !== 'Parallel' && state.Type !== 'Map')
    throw new EditError(
      'INVALID_TRANSITION',
      `A ${String(state.Type)} state cannot have ${field} ("${name}")`,
      statePointer(scope, name),
      name,
    );
}

/** Checks the name, makes nested names unique and writes the state, leading to `target` (undefined: as it is). */
function putNewState(
  s: EditSession,
  scope: string,
  name: string,
  state: Obj,
  target: string | null | undefined,
  after?: string | null,
): void {
  checkNewStateName(s.value(), name, statePointer(scope, name));
  const unique = uniquifyNested(s.value(), state, new Set([name]));
  const value = target === undefined ? unique : linkedState(unique, target);
  // Placed after the state it follows, so the text reads in flow order (appended when no place is given).
  if (after === undefined) s.set(statePointer(scope, name), value);
  else s.addMember(childPointer(scope, 'States'), name, value, after);
}

/** A state's copy without the transition that linking replaces (a Choice keeps its rules). */
function withoutFlow(state: Obj): Obj {
  const copy = structuredClone(state);
  if (copy.Type === 'Choice') return copy;
  delete copy.Next;
  delete copy.End;
  return copy;
}

function checkTargetsExist(state: Obj, name: string, states: Obj, scope: string): void {
  for (const t of transitionsOf(state)) {
    if (t.via === 'Next') continue;
    if (!Object.prototype.hasOwnProperty.call(states, t.target) || t.target === name)
      throw new EditError(
        'INVALID_MOVE',
        `Cannot move "${name}" to ${scope || 'the top level'}: it leads to "${t.target}", which is not there`,
        statePointer(scope, name),
        name,
      );
  }
}
