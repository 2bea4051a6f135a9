/**
 * Flattens a definition's states (nested Parallel branches and Map processors included) into
 * name -> canonical text, so two versions can be compared state by state. Pure: no node, no git.
 */

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON text with object keys sorted, so key order never counts as a change. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The sub-machines a state holds (Parallel branches, a Map's ItemProcessor or legacy Iterator). */
function subMachines(state: Record<string, Json>): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  if (Array.isArray(state.Branches)) found.push(...state.Branches.filter(isObject));
  if (isObject(state.ItemProcessor)) found.push(state.ItemProcessor);
  if (isObject(state.Iterator)) found.push(state.Iterator);
  return found;
}

/** A state without its nested states, so a change inside a branch is not also its parent's change. */
function ownShape(state: Record<string, Json>): Json {
  const hollow = (machine: Record<string, Json>): Json => ({ ...machine, States: {} });
  const copy: Record<string, Json> = { ...state };
  if (Array.isArray(state.Branches)) {
    copy.Branches = state.Branches.map((b) => (isObject(b) ? hollow(b) : b));
  }
  if (isObject(state.ItemProcessor)) copy.ItemProcessor = hollow(state.ItemProcessor);
  if (isObject(state.Iterator)) copy.Iterator = hollow(state.Iterator);
  return copy;
}

/** One state as compared: all its own fields, and the same without its Next/End transition. */
export interface IndexedState {
  full: string;
  withoutTransition: string;
  next?: string;
}

function indexed(shape: Json): IndexedState {
  if (!isObject(shape))
    return { full: canonicalJson(shape), withoutTransition: canonicalJson(shape) };
  const { Next, End: _end, ...rest } = shape;
  return {
    full: canonicalJson(shape),
    withoutTransition: canonicalJson(rest),
    ...(typeof Next === 'string' ? { next: Next } : {}),
  };
}

/** Every state of a definition by name, each as canonical text of its own fields. */
export function indexStates(definition: Json): Map<string, IndexedState> {
  const states = new Map<string, IndexedState>();
  const visit = (machine: Json, depth: number): void => {
    // Depth guard: a hostile document must not overflow the stack.
    if (!isObject(machine) || !isObject(machine.States) || depth > 64) return;
    for (const [name, state] of Object.entries(machine.States)) {
      if (!isObject(state)) {
        states.set(name, indexed(state));
        continue;
      }
      states.set(name, indexed(ownShape(state)));
      for (const sub of subMachines(state)) visit(sub, depth + 1);
    }
  };
  visit(definition, 0);
  return states;
}

/** The top-level fields other than States (StartAt, Comment, TimeoutSeconds, QueryLanguage...). */
export function topLevelFields(definition: Json): Map<string, string> {
  const fields = new Map<string, string>();
  if (!isObject(definition)) return fields;
  for (const [key, value] of Object.entries(definition)) {
    if (key !== 'States') fields.set(key, canonicalJson(value));
  }
  return fields;
}
