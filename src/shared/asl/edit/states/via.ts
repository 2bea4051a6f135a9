import { isObject } from '../deepEqual';

/** Which transition of a state: its Next, a Choice's Default, a Choice rule's Next, or a Catch's Next. */
export type Via = 'Next' | 'Default' | { choice: number } | { catch: number };

/** One outgoing transition of a state: how it leaves, where to, and the pointer (from the state) of the field. */
export interface OutgoingTransition {
  via: Via;
  target: string;
  pointer: string;
}

/** The pointer, relative to the state, of the field a transition is written in. */
export function viaPointer(via: Via): string {
  if (via === 'Next') return '/Next';
  if (via === 'Default') return '/Default';
  if ('choice' in via) return `/Choices/${via.choice}/Next`;
  return `/Catch/${via.catch}/Next`;
}

/** A short text for a transition, for messages: `Next`, `Default`, `Choices[0]`, `Catch[1]`. */
export function describeVia(via: Via): string {
  if (typeof via === 'string') return via;
  return 'choice' in via ? `Choices[${via.choice}]` : `Catch[${via.catch}]`;
}

/** Every transition a (possibly malformed) state declares; ill-typed fields are skipped. */
export function transitionsOf(state: unknown): OutgoingTransition[] {
  if (!isObject(state)) return [];
  const out: OutgoingTransition[] = [];
  const add = (via: Via, target: unknown): void => {
    if (typeof target === 'string') out.push({ via, target, pointer: viaPointer(via) });
  };
  // Rules before the Default: the order Workflow Studio draws them in, left to right.
  add('Next', state.Next);
  if (Array.isArray(state.Choices))
    state.Choices.forEach((rule, i) => isObject(rule) && add({ choice: i }, rule.Next));
  add('Default', state.Default);
  if (Array.isArray(state.Catch))
    state.Catch.forEach((c, i) => isObject(c) && add({ catch: i }, c.Next));
  return out;
}

/** The target a state's transition points at now, if any. */
export function targetOf(state: unknown, via: Via): string | undefined {
  return transitionsOf(state).find((t) => sameVia(t.via, via))?.target;
}

/** True when two Via values name the same transition. */
export function sameVia(a: Via, b: Via): boolean {
  return viaPointer(a) === viaPointer(b);
}
