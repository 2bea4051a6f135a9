import { childPointer } from '../../pointer';
import { isObject } from '../deepEqual';
import { EditError } from '../editError';
import type { EditSession } from '../session';
import { readScope, readState, statePointer } from './scope';
import { setTransition } from './transitions';
import { transitionsOf } from './via';

/**
 * Where a state leads once it is taken out: its Next; for a Choice, its Default (or its first
 * rule's target); null when it ends (End, Succeed, Fail) or only loops to itself.
 */
export function successorOf(state: Record<string, unknown>, name: string): string | null {
  const differs = (t: unknown): t is string => typeof t === 'string' && t !== name;
  if (differs(state.Next)) return state.Next;
  if (state.Type === 'Choice') {
    if (differs(state.Default)) return state.Default;
    const rule = transitionsOf(state).find(
      (t) => typeof t.via === 'object' && 'choice' in t.via && differs(t.target),
    );
    if (rule) return rule.target;
  }
  return null;
}

/**
 * Takes a state out of the flow of its scope without removing it: every transition into it goes
 * where it led instead, and StartAt moves on. When it led nowhere (it ended), a Next into it
 * becomes End, a Default into it is removed, and so are choice rules and catchers into it (a
 * Choice left with no rule is an error: the user must reconnect it first). With `keepInScope`
 * (a move within the same scope) rules, catchers and Defaults that cannot be redirected keep
 * pointing at the state, which still exists.
 */
export function detachState(
  session: EditSession,
  scope: string,
  name: string,
  keepInScope = false,
): void {
  const view = readScope(session.value(), scope);
  const state = readState(view, name);
  const next = successorOf(state, name);
  for (const [other, otherState] of Object.entries(view.states)) {
    if (other === name || !isObject(otherState)) continue;
    const incoming = transitionsOf(otherState).filter((t) => t.target === name);
    if (incoming.length === 0) continue;
    const base = statePointer(scope, other);
    const rulesToDrop: number[] = [];
    const catchersToDrop: number[] = [];
    for (const t of incoming) {
      if (next !== null) session.set(base + t.pointer, next);
      else if (keepInScope && t.via !== 'Next') continue;
      else if (t.via === 'Next' || t.via === 'Default')
        setTransition(session, scope, other, t.via, null);
      else if ('choice' in t.via) rulesToDrop.push(t.via.choice);
      else catchersToDrop.push(t.via.catch);
    }
    const rules = Array.isArray(otherState.Choices) ? otherState.Choices.length : 0;
    if (rulesToDrop.length > 0 && rulesToDrop.length >= rules)
      throw new EditError(
        'INVALID_TRANSITION',
        `Removing "${name}" would leave Choice "${other}" with no rule: point its rules elsewhere first`,
        base,
        other,
      );
    for (const i of rulesToDrop.sort((a, b) => b - a))
      session.remove(childPointer(base, 'Choices', i));
    for (const i of catchersToDrop.sort((a, b) => b - a))
      session.remove(childPointer(base, 'Catch', i));
  }
  if (view.startAt === name) {
    const first = next ?? Object.keys(view.states).find((n) => n !== name);
    if (first !== undefined) session.set(childPointer(scope, 'StartAt'), first);
    else session.remove(childPointer(scope, 'StartAt'));
  }
}
