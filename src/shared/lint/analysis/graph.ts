import type { LintOutline, MachineVisit, Obj } from '../types';
import { isObj, memoize } from '../walk';

/** The states a state can go to next within its machine: Next, Default, Choices[].Next, Catch[].Next. */
export function transitionsOf(state: Obj): string[] {
  const out: string[] = [];
  if (typeof state.Next === 'string') out.push(state.Next);
  if (typeof state.Default === 'string') out.push(state.Default);
  for (const list of [state.Choices, state.Catch])
    if (Array.isArray(list))
      for (const item of list)
        if (isObj(item) && typeof item.Next === 'string') out.push(item.Next);
  return out;
}

/** True when a state can end its machine: End, Succeed or Fail. */
export function canEnd(state: Obj): boolean {
  return state.End === true || state.Type === 'Succeed' || state.Type === 'Fail';
}

// Large machines get a name index, built once; a small one is searched (cheaper than a Map).
const SEARCHED = 16;

/** A state of a machine by name: its position in the machine's `visits`, or -1. */
export function positionOf(m: MachineVisit, name: string): number {
  const visits = m.visits;
  if (visits.length <= SEARCHED) {
    for (let i = 0; i < visits.length; i++) if (visits[i].name === name) return i;
    return -1;
  }
  let index = m.nameIndex;
  if (!index) {
    index = new Map();
    for (let i = 0; i < visits.length; i++) index.set(visits[i].name, i);
    m.nameIndex = index;
  }
  return index.get(name) ?? -1;
}

/**
 * Every state's transitions to states of its own machine, as positions in the machine's
 * `visits`, in transitionsOf order (repeats kept): those of the state with `StateVisit.index` i
 * are `targets[first[i] .. first[i + 1])`, its Catchers' from `catchers[i]` on. `dangling[i]`
 * is 1 when the state also names a target that is no state of its machine.
 */
export interface Transitions {
  first: Int32Array;
  catchers: Int32Array;
  targets: Int32Array;
  dangling: Uint8Array;
}

/**
 * The transitions of every state of an outline (see Transitions), built on first use. Several
 * rules read them: they are resolved once per outline, into flat typed arrays (one allocation,
 * nothing for the collector to trace).
 */
export function transitionTargets(outline: LintOutline): Transitions {
  return memoize(outline, resolveTransitions);
}

function resolveTransitions(outline: LintOutline): Transitions {
  const states = outline.states;
  const first = new Int32Array(states.length + 1);
  const catchers = new Int32Array(states.length);
  const dangling = new Uint8Array(states.length);
  let targets = new Int32Array(Math.max(16, states.length * 2));
  let count = 0;
  let i = 0;
  const add = (m: MachineVisit, target: unknown): void => {
    if (typeof target !== 'string') return;
    const j = positionOf(m, target);
    if (j < 0) {
      dangling[i] = 1;
      return;
    }
    if (count === targets.length) {
      const grown = new Int32Array(targets.length * 2);
      grown.set(targets);
      targets = grown;
    }
    targets[count++] = j;
  };
  for (; i < states.length; i++) {
    first[i] = count;
    const { state, machine } = states[i];
    add(machine, state.Next);
    add(machine, state.Default);
    const choices = state.Choices;
    if (Array.isArray(choices))
      for (let k = 0; k < choices.length; k++) {
        const item: unknown = choices[k];
        if (isObj(item)) add(machine, item.Next);
      }
    catchers[i] = count;
    const catchList = state.Catch;
    if (Array.isArray(catchList))
      for (let k = 0; k < catchList.length; k++) {
        const item: unknown = catchList[k];
        if (isObj(item)) add(machine, item.Next);
      }
  }
  first[states.length] = count;
  return { first, catchers, targets, dangling };
}

/**
 * Strongly connected components of a machine's transition graph that contain a cycle (two or
 * more states, or a state that goes to itself), each as positions in `visits`, in document
 * order. Found for every machine at once, on first use (transitions never leave a machine, so
 * one search over all states finds each machine's components as its own search would).
 */
export function cycles(outline: LintOutline, m: MachineVisit): number[][] {
  return memoize(outline, allCycles).get(m) ?? NO_CYCLES;
}

const NO_CYCLES: number[][] = [];

/** Iterative Tarjan over every state (by `StateVisit.index`), so long chains cannot overflow the stack. */
function allCycles(outline: LintOutline): Map<MachineVisit, number[][]> {
  const out = new Map<MachineVisit, number[][]>();
  const { first, targets } = transitionTargets(outline);
  const states = outline.states;
  const count = states.length;
  // A cycle needs an edge: a definition without any has none.
  if (first[count] === 0) return out;
  const globalOf = (node: number, k: number): number =>
    states[node].machine.visits[targets[k]].index;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack = new Int32Array(count);
  let top = 0;
  // The depth-first path: each node and the position of the next transition it will follow.
  const workNode = new Int32Array(count);
  const workNext = new Int32Array(count);
  let depth = 0;
  let counter = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    workNode[0] = root;
    workNext[0] = first[root];
    depth = 1;
    index[root] = low[root] = counter++;
    stack[top++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const node = workNode[depth - 1];
      const k = workNext[depth - 1];
      if (k < first[node + 1]) {
        workNext[depth - 1]++;
        const t = globalOf(node, k);
        if (index[t] === -1) {
          index[t] = low[t] = counter++;
          stack[top++] = t;
          onStack[t] = 1;
          workNode[depth] = t;
          workNext[depth] = first[t];
          depth++;
        } else if (onStack[t]) low[node] = Math.min(low[node], index[t]);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = workNode[depth - 1];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] !== index[node]) continue;
      // A component of one state is a cycle only when the state goes to itself.
      if (stack[top - 1] === node) {
        top--;
        onStack[node] = 0;
        let self = false;
        for (let j = first[node]; j < first[node + 1] && !self; j++)
          self = globalOf(node, j) === node;
        if (self) addComponent(out, states[node].machine, [states[node].local]);
        continue;
      }
      const component: number[] = [];
      let n: number;
      do {
        n = stack[--top];
        onStack[n] = 0;
        component.push(states[n].local);
      } while (n !== node);
      addComponent(out, states[node].machine, sortNumbers(component));
    }
  }
  return out;
}

/** Sorts numbers in place: a short list by insertion (no work array, unlike sort()). */
function sortNumbers(list: number[]): number[] {
  if (list.length > 16) return list.sort((x, y) => x - y);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && list[j] > x) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

function addComponent(
  out: Map<MachineVisit, number[][]>,
  m: MachineVisit,
  component: number[],
): void {
  const list = out.get(m);
  if (list) list.push(component);
  else out.set(m, [component]);
}
