import { childPointer } from '../../asl/pointer';
import type { LintOutline, MachineVisit, Obj, StateVisit } from '../types';
import { isObj, memoize } from '../walk';
import { positionOf, transitionTargets, type Transitions } from './graph';
import { RefList, stateReferences } from './variable-refs';

const has = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

/** A variable a state reads. */
export interface VariableUse {
  name: string;
  /** True when no path from the machine's start assigns it before this state. */
  unassigned: boolean;
}

/** A variable assigned by a state (its Assign, a Choice rule's or a Catcher's). */
export interface VariableAssignment {
  name: string;
  /** The pointer of the state, Choice rule or Catcher whose Assign it is. */
  at: string;
  /** Its key in that Assign (`x` or `x.$`). */
  key: string;
}

/** Where an assignment is written (built for a finding only). */
export function assignmentPointer(a: VariableAssignment): string {
  return childPointer(a.at, 'Assign', a.key);
}

/** What the variable analysis finds for a whole definition, per state by `StateVisit.index`. */
export interface VariableFacts {
  /** The variables each reachable state reads (undefined: none, or the state is unreachable). */
  uses: (VariableUse[] | undefined)[];
  /** The variables each state assigns (undefined: none). */
  assignments: (VariableAssignment[] | undefined)[];
  /** Every name assigned anywhere. */
  assigned: Set<string>;
  /** Every name read anywhere, unreachable states included. */
  referenced: Set<string>;
}

/** The name an Assign key assigns (`x.$` assigns x). */
function assignedName(key: string): string {
  return key.endsWith('.$') ? key.slice(0, -2) : key;
}

/** Adds the variables an Assign (of a state, Choice rule or Catcher at `at`) assigns. */
function addAssignments(
  into: VariableAssignment[] | undefined,
  assign: unknown,
  at: string,
): VariableAssignment[] | undefined {
  if (!isObj(assign)) return into;
  for (const key in assign)
    if (has(assign, key)) (into ??= []).push({ name: assignedName(key), at, key });
  return into;
}

/** The variables a state assigns: its own Assign's, then its Choice rules' and Catchers'. */
function assignmentsOf(visit: StateVisit): VariableAssignment[] | undefined {
  const state = visit.state;
  // The pointer is read only for a state that assigns: reading it writes it.
  let out = isObj(state.Assign)
    ? addAssignments(undefined, state.Assign, visit.pointer)
    : undefined;
  for (const list of ['Choices', 'Catch'] as const) {
    const items = state[list];
    if (Array.isArray(items))
      for (let i = 0; i < items.length; i++) {
        const item: unknown = items[i];
        if (isObj(item) && isObj(item.Assign))
          out = addAssignments(out, item.Assign, childPointer(visit.pointer, list, i));
      }
  }
  return out;
}

/** Variable sets as rows of bits over the definition's assigned names. */
class BitRows {
  readonly bits: Uint32Array;
  constructor(
    rows: number,
    readonly words: number,
  ) {
    this.bits = new Uint32Array(rows * words);
  }
  has(row: number, i: number): boolean {
    return (this.bits[row * this.words + (i >>> 5)] & (1 << (i & 31))) !== 0;
  }
  /** Ors `source` (a row of `from`) into row `row`; true when the row grew. */
  orInto(row: number, from: Uint32Array, source: number): boolean {
    let grew = false;
    const at = row * this.words;
    const src = source * this.words;
    for (let w = 0; w < this.words; w++) {
      // `>>> 0` keeps the comparison unsigned: `|` yields a signed 32-bit number.
      const merged = (this.bits[at + w] | from[src + w]) >>> 0;
      if (merged !== this.bits[at + w]) {
        this.bits[at + w] = merged;
        grew = true;
      }
    }
    return grew;
  }
}

/** The flow's tables over every state of the definition, by `StateVisit.index`. */
interface Flow {
  /** What each state may see on entry. */
  ins: BitRows;
  reached: Uint8Array;
  queued: Uint8Array;
  /** Rows 0 (a state's exit: entry plus its Assign) and 1 (an edge's: plus a rule's or catcher's). */
  scratch: BitRows;
  /** The bits of a state's own Assign (undefined: it assigns nothing). */
  ownBits: (number[] | undefined)[];
  /** States whose Choice rules or Catchers assign variables (their edges are read one by one). */
  innerAssign: Uint8Array;
  /** The bits an Assign object sets. */
  bitsOf: (assign: unknown) => number[];
  transitions: Transitions;
  /** The worklist of the machine being flowed (positions in its `visits`), shared by every machine. */
  queue: number[];
  /** The states of the machine being flowed. */
  visits: StateVisit[];
}

/** Flows a row into the state at position t of the machine being flowed. */
function flowTo(f: Flow, t: number, source: Uint32Array, row: number): void {
  const g = f.visits[t].index;
  const grew = f.ins.orInto(g, source, row);
  if ((grew || !f.reached[g]) && !f.queued[g]) {
    f.queued[g] = 1;
    f.queue.push(t);
  }
  f.reached[g] = 1;
}

/** Flows a row into the state a transition names, when it is one of machine m. */
function flowInto(
  f: Flow,
  m: MachineVisit,
  target: unknown,
  source: Uint32Array,
  row: number,
): void {
  if (typeof target !== 'string') return;
  const t = positionOf(m, target);
  if (t >= 0) flowTo(f, t, source, row);
}

/** Writes into scratch row `row` a source row plus the given bits. */
function withBits(
  f: Flow,
  row: number,
  source: Uint32Array,
  sourceRow: number,
  bits: number[],
): void {
  const out = f.scratch.bits;
  const words = f.ins.words;
  for (let w = 0; w < words; w++) out[row * words + w] = source[sourceRow * words + w];
  for (const i of bits) out[row * words + (i >>> 5)] |= 1 << (i & 31);
}

/**
 * Which variables may be assigned on entering each state of a machine, from `entry` (a row of
 * `from`): the least solution of "a state's entry holds its predecessors' exits", found with a
 * worklist from the start state. Unreachable states stay unmarked in `reached`.
 */
function flowMachine(m: MachineVisit, from: Uint32Array, entryRow: number, f: Flow): void {
  const { ins, reached, queued, scratch, bitsOf } = f;
  const { first: edges, catchers, targets } = f.transitions;
  const visits = m.visits;
  const start = m.machine.StartAt;
  const entry = typeof start === 'string' ? positionOf(m, start) : -1;
  if (entry < 0) return;
  // Closures here would be allocated for every machine: the helpers take the flow instead.
  f.visits = visits;
  const queue = f.queue;
  queue.length = 0;
  queue.push(entry);
  const g0 = visits[entry].index;
  queued[g0] = 1;
  reached[g0] = 1;
  ins.orInto(g0, from, entryRow);
  while (queue.length > 0) {
    const s = queue.pop() as number;
    const g = visits[s].index;
    queued[g] = 0;
    const own = f.ownBits[g];
    // The exit: the entry plus the state's own Assign.
    let exit: Uint32Array = ins.bits;
    let exitRow = g;
    if (own) {
      withBits(f, 0, ins.bits, g, own);
      exit = scratch.bits;
      exitRow = 0;
    }
    if (!f.innerAssign[g]) {
      // The resolved transitions: Next, Default and Choices leave from the exit; a catcher
      // starts from the state's entry (its Assign ran, not the state's).
      for (let k = edges[g]; k < catchers[g]; k++) flowTo(f, targets[k], exit, exitRow);
      for (let k = catchers[g]; k < edges[g + 1]; k++) flowTo(f, targets[k], ins.bits, g);
      continue;
    }
    const state = visits[s].state;
    flowInto(f, m, state.Next, exit, exitRow);
    flowInto(f, m, state.Default, exit, exitRow);
    if (Array.isArray(state.Choices))
      for (const rule of state.Choices)
        if (isObj(rule) && typeof rule.Next === 'string') {
          const extra = bitsOf(rule.Assign);
          if (extra.length === 0) flowInto(f, m, rule.Next, exit, exitRow);
          else {
            withBits(f, 1, exit, exitRow, extra);
            flowInto(f, m, rule.Next, scratch.bits, 1);
          }
        }
    if (Array.isArray(state.Catch))
      for (const c of state.Catch)
        if (isObj(c) && typeof c.Next === 'string') {
          const extra = bitsOf(c.Assign);
          if (extra.length === 0) flowInto(f, m, c.Next, ins.bits, g);
          else {
            withBits(f, 1, ins.bits, g, extra);
            flowInto(f, m, c.Next, scratch.bits, 1);
          }
        }
  }
}

/**
 * Analyses where variables are assigned and read, with a may-be-assigned flow over each machine.
 * A nested machine starts with what its Parallel or Map state may see (nothing for the child
 * executions of a Distributed Map).
 */
export function analyseVariables(outline: LintOutline): VariableFacts {
  const states = outline.states;
  const facts: VariableFacts = {
    uses: new Array(states.length),
    assignments: new Array(states.length),
    assigned: new Set(),
    referenced: new Set(),
  };
  // How each state is read: a JSONata state's strings are JSONata, a JSONPath state's paths.
  const jsonata = new Uint8Array(states.length);
  const refs: (string[] | undefined)[] = new Array(states.length);
  const innerAssign = new Uint8Array(states.length);
  // One list, emptied for each state: most states read no variable.
  const found = new RefList();
  let anyRef = false;
  for (let k = 0; k < outline.machines.length; k++) {
    const m = outline.machines[k];
    const inherited = m.owner ? jsonata[m.owner.index] === 1 : false;
    const language = m.machine.QueryLanguage;
    const jsonataMachine = language === 'JSONata' || (language === undefined && inherited);
    for (let v = 0; v < m.visits.length; v++) {
      const visit = m.visits[v];
      const state = visit.state;
      const own = state.QueryLanguage;
      const isJsonata = own === 'JSONata' || (own === undefined && jsonataMachine);
      jsonata[visit.index] = isJsonata ? 1 : 0;
      const assignments = assignmentsOf(visit);
      if (assignments) {
        facts.assignments[visit.index] = assignments;
        for (let a = 0; a < assignments.length; a++) facts.assigned.add(assignments[a].name);
        if (assignments.some((a) => a.at !== visit.pointer)) innerAssign[visit.index] = 1;
      }
      found.count = 0;
      stateReferences(state, isJsonata, found);
      if (found.count > 0) {
        const names = found.take();
        refs[visit.index] = names;
        anyRef = true;
        for (let r = 0; r < names.length; r++) facts.referenced.add(names[r]);
      }
    }
  }
  // Nothing reads a variable: there is nothing to report, so no flow to compute.
  if (!anyRef) return facts;

  const index = new Map<string, number>();
  for (const name of facts.assigned) index.set(name, index.size);
  const words = Math.max(1, Math.ceil(index.size / 32));
  // Each Assign's bit indexes, computed once: the worklist visits a state several times.
  const known = new Map<Obj, number[]>();
  const none: number[] = [];
  const bitsOf = (assign: unknown): number[] => {
    if (!isObj(assign)) return none;
    let bits = known.get(assign);
    if (!bits)
      known.set(assign, (bits = Object.keys(assign).map((k) => index.get(assignedName(k))!)));
    return bits;
  };
  const n = states.length;
  const ownBits: (number[] | undefined)[] = new Array(n);
  for (let k = 0; k < states.length; k++) {
    const visit = states[k];
    const bits = bitsOf(visit.state.Assign);
    if (bits.length > 0) ownBits[visit.index] = bits;
  }
  const f: Flow = {
    ins: new BitRows(n, words),
    reached: new Uint8Array(n),
    queued: new Uint8Array(n),
    scratch: new BitRows(2, words),
    ownBits,
    innerAssign,
    bitsOf,
    transitions: transitionTargets(outline),
    queue: [],
    visits: [],
  };
  const empty = new Uint32Array(words);
  // Only machines where something reads a variable, themselves or nested in them, need the flow.
  const reading = new Set<MachineVisit>();
  for (let k = outline.machines.length - 1; k >= 0; k--) {
    const m = outline.machines[k];
    for (let i = 0; i < m.visits.length; i++) {
      const v = m.visits[i];
      let reads = refs[v.index] !== undefined;
      for (let j = 0; j < v.nested.length; j++) reads ||= reading.has(v.nested[j]);
      if (reads) {
        reading.add(m);
        break;
      }
    }
  }
  // Machines come before those nested in their states, so an owner's entry is known in time.
  for (let k = 0; k < outline.machines.length; k++) {
    const m = outline.machines[k];
    if (!reading.has(m)) continue;
    const owner = m.owner;
    const config = isObj(m.machine.ProcessorConfig) ? m.machine.ProcessorConfig : {};
    // A nested machine starts with what its owner may see; child executions of a Distributed
    // Map cannot read the parent's variables, and an unreachable owner passes nothing.
    if (owner && config.Mode !== 'DISTRIBUTED' && f.reached[owner.index])
      flowMachine(m, f.ins.bits, owner.index, f);
    else flowMachine(m, empty, 0, f);
    for (let v = 0; v < m.visits.length; v++) {
      const visit = m.visits[v];
      const reads = refs[visit.index];
      // Unreachable states have no flow facts; reporting there would only be noise.
      if (!reads || !f.reached[visit.index]) continue;
      const uses: VariableUse[] = [];
      for (let r = 0; r < reads.length; r++) {
        const ref = reads[r];
        const i = index.get(ref);
        uses.push({ name: ref, unassigned: i === undefined || !f.ins.has(visit.index, i) });
      }
      facts.uses[visit.index] = uses;
    }
  }
  return facts;
}

/** The variable facts of a definition, computed once per lint run and shared by the variable rules. */
export function variableFacts(outline: LintOutline): VariableFacts {
  return memoize(outline, analyseVariables);
}
