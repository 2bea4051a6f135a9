import { childPointer } from '../../asl/pointer';
import type { Obj } from '../types';
import { isObj, nestedMachines } from '../walk';
import { transitionsOf } from './graph';

/** A variable referenced by a state, and where. */
export interface VariableUse {
  name: string;
  statePointer: string;
  stateName: string;
  /** True when no path from the machine's start assigns it before this state. */
  unassigned: boolean;
}

/** A variable assigned by a state (its Assign, a Choice rule's or a Catcher's). */
export interface VariableAssignment {
  name: string;
  pointer: string;
  stateName: string;
  statePointer: string;
}

/** What the variable analysis finds for a whole definition. */
export interface VariableFacts {
  uses: VariableUse[];
  assignments: VariableAssignment[];
  referenced: Set<string>;
}

// JSONata functions, which are referenced as `$name` too (e.g. passed to $map without a call).
const JSONATA_FUNCTIONS = new Set(
  (
    'string length substring substringBefore substringAfter uppercase lowercase trim pad contains split join match replace ' +
    'eval base64encode base64decode encodeUrlComponent encodeUrl decodeUrlComponent decodeUrl number abs floor ceil round ' +
    'power sqrt random formatNumber formatBase formatInteger parseInteger sum max min average boolean not exists count append ' +
    'sort reverse shuffle distinct zip keys lookup spread merge sift each error assert type map filter single reduce now millis ' +
    'fromMillis toMillis partition range hash uuid parse'
  ).split(' '),
);

/** Variable names referenced in a JSONata expression (minus its own locals and function names). */
function jsonataRefs(expr: string, out: Set<string>): void {
  const body = expr.slice(2, -2).replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const locals = new Set<string>();
  for (const m of body.matchAll(/\$([A-Za-z_]\w*)\s*:=/g)) locals.add(m[1]);
  for (const m of body.matchAll(/function\s*\(([^)]*)\)/g))
    for (const p of m[1].matchAll(/\$(\w+)/g)) locals.add(p[1]);
  for (const m of body.matchAll(/(?<![\w$])\$([A-Za-z_]\w*)(\s*\()?/g)) {
    const name = m[1];
    if (m[2] || name === 'states' || locals.has(name) || JSONATA_FUNCTIONS.has(name)) continue;
    out.add(name);
  }
}

/** Variable names referenced in a JSONPath path or intrinsic function call. */
function jsonPathRefs(text: string, out: Set<string>): void {
  // Most paths read no variable ($. or $$.): skip the regex work for them. Blanking quoted text
  // cannot put a name right after a `$`, so a text without one has no reference.
  if (!/\$[A-Za-z_]/.test(text)) return;
  const unquoted = text.replace(/'(?:[^'\\]|\\.)*'/g, "''");
  for (const m of unquoted.matchAll(/(?<![\w$])\$([A-Za-z_]\w*)/g)) out.add(m[1]);
}

const SKIP = new Set([
  'Comment',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'Type',
  'Next',
  'Default',
  'End',
]);

/** Collects variable references in a state's own fields (not in its nested machines). */
function referencesIn(
  value: unknown,
  key: string,
  jsonata: boolean,
  out: Set<string>,
  depth = 0,
): void {
  if (depth > 100) return;
  if (typeof value === 'string') {
    if (value.startsWith('{%') && value.endsWith('%}')) jsonataRefs(value, out);
    else if (
      !jsonata &&
      value.startsWith('$') &&
      (key.endsWith('.$') || key.endsWith('Path') || key === 'Variable')
    )
      jsonPathRefs(value, out);
    else if (!jsonata && key.endsWith('.$')) jsonPathRefs(value, out);
    return;
  }
  if (Array.isArray(value)) for (const v of value) referencesIn(v, key, jsonata, out, depth + 1);
  else if (isObj(value))
    for (const k of Object.keys(value)) referencesIn(value[k], k, jsonata, out, depth + 1);
}

function assignKeys(assign: unknown): string[] {
  return isObj(assign) ? Object.keys(assign).map((k) => k.replace(/\.\$$/, '')) : [];
}

/** Names a definition assigns anywhere (state, Choice rule and Catcher Assign), nested machines included. */
function assignedNames(root: Obj): string[] {
  const names = new Set<string>();
  const machine = (m: Obj, depth: number): void => {
    if (depth > 64 || !isObj(m.States)) return;
    const states = m.States;
    for (const name of Object.keys(states)) {
      const state = states[name];
      if (!isObj(state)) continue;
      for (const k of assignKeys(state.Assign)) names.add(k);
      for (const list of [state.Choices, state.Catch])
        if (Array.isArray(list))
          for (const item of list)
            if (isObj(item)) for (const k of assignKeys(item.Assign)) names.add(k);
      for (const nested of nestedMachines(state, name, 'STANDARD'))
        machine(nested.machine, depth + 1);
    }
  };
  machine(root, 0);
  return [...names];
}

/** The states reachable from `start`, in reverse postorder (a loop's body before what follows it). */
function reversePostorder(states: Record<string, unknown>, start: string): string[] {
  const post: string[] = [];
  const seen = new Set<string>([start]);
  const stack: { name: string; next: string[]; i: number }[] = [];
  const push = (name: string): void => {
    const state = states[name];
    stack.push({
      name,
      next: isObj(state) ? transitionsOf(state).filter((t) => isObj(states[t])) : [],
      i: 0,
    });
  };
  push(start);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i < top.next.length) {
      const t = top.next[top.i++];
      if (!seen.has(t)) {
        seen.add(t);
        push(t);
      }
    } else {
      post.push(top.name);
      stack.pop();
    }
  }
  return post.reverse();
}

/** A set of variables as a bitset over the definition's assigned names (linear-time unions). */
class VarSet {
  constructor(readonly bits: Uint32Array) {}
  static empty(words: number): VarSet {
    return new VarSet(new Uint32Array(words));
  }
  copy(): VarSet {
    return new VarSet(this.bits.slice());
  }
  has(i: number): boolean {
    return (this.bits[i >>> 5] & (1 << (i & 31))) !== 0;
  }
  add(i: number): void {
    this.bits[i >>> 5] |= 1 << (i & 31);
  }
  /** Adds every member of `other`; true when this set grew. */
  addAll(other: VarSet): boolean {
    let grew = false;
    for (let w = 0; w < this.bits.length; w++) {
      // `>>> 0` keeps the comparison unsigned: `|` yields a signed 32-bit number.
      const merged = (this.bits[w] | other.bits[w]) >>> 0;
      if (merged !== this.bits[w]) {
        this.bits[w] = merged;
        grew = true;
      }
    }
    return grew;
  }
}

/** Records the variables an Assign (of a state, Choice rule or Catcher at `at`) assigns. */
function addAssignments(
  facts: VariableFacts,
  assign: unknown,
  at: string,
  stateName: string,
  statePointer: string,
): void {
  if (isObj(assign))
    for (const key of Object.keys(assign))
      facts.assignments.push({
        name: key.replace(/\.\$$/, ''),
        pointer: childPointer(at, 'Assign', key),
        stateName,
        statePointer,
      });
}

/** Analyses where variables are assigned and read, with a may-be-assigned flow over each machine. */
export function analyseVariables(root: Obj): VariableFacts {
  const facts: VariableFacts = { uses: [], assignments: [], referenced: new Set() };
  const names = assignedNames(root);
  const index = new Map(names.map((n, i) => [n, i]));
  const words = Math.max(1, Math.ceil(names.length / 32));
  // Each Assign's bit indexes, computed once: the flow rounds visit a state several times.
  const bitsOf = new Map<Obj, number[]>();
  const withAssign = (base: VarSet, assign: unknown): VarSet => {
    if (!isObj(assign)) return base;
    let bits = bitsOf.get(assign);
    if (!bits) bitsOf.set(assign, (bits = assignKeys(assign).map((k) => index.get(k)!)));
    if (bits.length === 0) return base;
    const out = base.copy();
    for (const i of bits) out.add(i);
    return out;
  };
  const machine = (
    pointer: string,
    m: Obj,
    entry: VarSet,
    inheritedJsonata: boolean,
    depth: number,
  ): void => {
    if (depth > 64 || !isObj(m.States)) return;
    const states = m.States as Record<string, unknown>;
    const jsonataMachine =
      m.QueryLanguage === 'JSONata' || (m.QueryLanguage === undefined && inheritedJsonata);
    const ins = new Map<string, VarSet>();
    let changed = false;
    const flowInto = (name: string, vars: VarSet): void => {
      if (!isObj(states[name])) return;
      const current = ins.get(name);
      if (!current) {
        ins.set(name, vars.copy());
        changed = true;
      } else if (current.addAll(vars)) changed = true;
    };
    // Rounds over the states in reverse postorder until nothing grows: each loop settles before
    // the states after it are visited, so a chain of loops takes a few rounds, not one per loop.
    const start = typeof m.StartAt === 'string' && isObj(states[m.StartAt]) ? m.StartAt : undefined;
    const order = start ? reversePostorder(states, start) : [];
    if (start) flowInto(start, entry);
    while (changed) {
      changed = false;
      for (const name of order) {
        const before = ins.get(name);
        if (!before) continue;
        const state = states[name] as Obj;
        const after = withAssign(before, state.Assign);
        if (typeof state.Next === 'string') flowInto(state.Next, after);
        if (typeof state.Default === 'string') flowInto(state.Default, after);
        if (Array.isArray(state.Choices))
          for (const rule of state.Choices)
            if (isObj(rule) && typeof rule.Next === 'string')
              flowInto(rule.Next, withAssign(after, rule.Assign));
        if (Array.isArray(state.Catch))
          for (const c of state.Catch)
            if (isObj(c) && typeof c.Next === 'string')
              flowInto(c.Next, withAssign(before, c.Assign));
      }
    }
    for (const name of Object.keys(states)) {
      const raw = states[name];
      if (!isObj(raw)) continue;
      const state = raw;
      const statePointer = childPointer(pointer, 'States', name);
      const jsonata =
        state.QueryLanguage === 'JSONata' || (state.QueryLanguage === undefined && jsonataMachine);
      addAssignments(facts, state.Assign, statePointer, name, statePointer);
      for (const list of ['Choices', 'Catch'] as const) {
        const items = state[list];
        if (Array.isArray(items))
          for (let i = 0; i < items.length; i++) {
            const item: unknown = items[i];
            if (isObj(item) && item.Assign !== undefined)
              addAssignments(
                facts,
                item.Assign,
                childPointer(statePointer, list, i),
                name,
                statePointer,
              );
          }
      }
      const refs = new Set<string>();
      for (const key of Object.keys(state))
        if (!SKIP.has(key)) referencesIn(state[key], key, jsonata, refs);
      const visible = ins.get(name);
      for (const ref of refs) {
        facts.referenced.add(ref);
        const i = index.get(ref);
        // Unreachable states have no flow facts; reporting there would only be noise.
        if (visible)
          facts.uses.push({
            name: ref,
            statePointer,
            stateName: name,
            unassigned: i === undefined || !visible.has(i),
          });
      }
      const inner = visible ?? VarSet.empty(words);
      for (const nested of nestedMachines(state, statePointer, 'STANDARD')) {
        const config = isObj(nested.machine.ProcessorConfig) ? nested.machine.ProcessorConfig : {};
        // Child executions of a Distributed Map cannot read the parent's variables.
        const childEntry = config.Mode === 'DISTRIBUTED' ? VarSet.empty(words) : inner;
        machine(nested.pointer, nested.machine, childEntry, jsonata, depth + 1);
      }
    }
  };
  machine('', root, VarSet.empty(words), false, 0);
  return facts;
}

/** Groups items by the state they belong to, so a rule looks up one state's in O(1). */
export function byState<T extends { statePointer: string }>(items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.statePointer);
    if (list) list.push(item);
    else out.set(item.statePointer, [item]);
  }
  return out;
}

const cache = new WeakMap<Obj, VariableFacts>();

/** The variable facts of a definition, computed once and shared by the variable rules. */
export function variableFacts(root: Obj): VariableFacts {
  let facts = cache.get(root);
  if (!facts) cache.set(root, (facts = analyseVariables(root)));
  return facts;
}
