import type { LintOutline, MachineVisit, Obj } from '../types';
import { isObj } from '../walk';

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
const indexes = new WeakMap<MachineVisit, Map<string, number>>();

/** A state of a machine by name: its position in the machine's `visits`, or -1. */
export function positionOf(m: MachineVisit, name: string): number {
  const visits = m.visits;
  if (visits.length <= SEARCHED) {
    for (let i = 0; i < visits.length; i++) if (visits[i].name === name) return i;
    return -1;
  }
  let index = indexes.get(m);
  if (!index) {
    index = new Map();
    for (let i = 0; i < visits.length; i++) index.set(visits[i].name, i);
    indexes.set(m, index);
  }
  return index.get(name) ?? -1;
}

/**
 * Every state's transitions to states of its own machine, as positions in the machine's
 * `visits`, in transitionsOf order (repeats kept): those of the state with `StateVisit.index` i
 * are `targets[first[i] .. first[i + 1])`, its Catchers' from `catchers[i]` on.
 */
export interface Transitions {
  first: Int32Array;
  catchers: Int32Array;
  targets: Int32Array;
}

// Several rules read the same transitions: they are resolved once per outline, into flat typed
// arrays (one allocation, nothing for the collector to trace).
const graphs = new WeakMap<LintOutline, Transitions>();

/** The transitions of every state of an outline (see Transitions), built on first use. */
export function transitionTargets(outline: LintOutline): Transitions {
  let graph = graphs.get(outline);
  if (graph) return graph;
  const states = outline.states;
  const first = new Int32Array(states.length + 1);
  const catchers = new Int32Array(states.length);
  let targets = new Int32Array(Math.max(16, states.length * 2));
  let count = 0;
  const add = (m: MachineVisit, target: unknown): void => {
    if (typeof target !== 'string') return;
    const j = positionOf(m, target);
    if (j < 0) return;
    if (count === targets.length) {
      const grown = new Int32Array(targets.length * 2);
      grown.set(targets);
      targets = grown;
    }
    targets[count++] = j;
  };
  for (let i = 0; i < states.length; i++) {
    first[i] = count;
    const { state, machine } = states[i];
    add(machine, state.Next);
    add(machine, state.Default);
    if (Array.isArray(state.Choices))
      for (const item of state.Choices) if (isObj(item)) add(machine, item.Next);
    catchers[i] = count;
    if (Array.isArray(state.Catch))
      for (const item of state.Catch) if (isObj(item)) add(machine, item.Next);
  }
  first[states.length] = count;
  graph = { first, catchers, targets };
  graphs.set(outline, graph);
  return graph;
}

/**
 * Strongly connected components of a machine's transition graph that contain a cycle (two or
 * more states, or a state that goes to itself), each as positions in `visits`, in document
 * order. Iterative Tarjan, so a 5,000-state chain does not overflow the stack.
 */
export function cycles(outline: LintOutline, m: MachineVisit): number[][] {
  const { first, targets: all } = transitionTargets(outline);
  const visits = m.visits;
  const count = visits.length;
  const out: number[][] = [];
  // A cycle needs an edge; most nested machines (a branch of one state) have none.
  let anyEdge = false;
  for (let i = 0; i < count && !anyEdge; i++)
    anyEdge = first[visits[i].index + 1] > first[visits[i].index];
  if (!anyEdge) return out;
  const from = (node: number): number => first[visits[node].index];
  const to = (node: number): number => first[visits[node].index + 1];
  const goesTo = (node: number, target: number): boolean => {
    for (let k = from(node); k < to(node); k++) if (all[k] === target) return true;
    return false;
  };
  const index: number[] = new Array(count).fill(-1);
  const low: number[] = new Array(count).fill(0);
  const onStack: boolean[] = new Array(count).fill(false);
  const stack: number[] = [];
  let counter = 0;
  const workNode: number[] = [];
  const workNext: number[] = [];
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    workNode.push(root);
    workNext.push(0);
    index[root] = counter;
    low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (workNode.length > 0) {
      const top = workNode.length - 1;
      const node = workNode[top];
      const next = from(node) + workNext[top];
      if (next < to(node)) {
        workNext[top]++;
        const t = all[next];
        if (index[t] === -1) {
          index[t] = counter;
          low[t] = counter++;
          stack.push(t);
          onStack[t] = true;
          workNode.push(t);
          workNext.push(0);
        } else if (onStack[t]) low[node] = Math.min(low[node], index[t]);
        continue;
      }
      workNode.pop();
      workNext.pop();
      if (workNode.length > 0) {
        const parent = workNode[workNode.length - 1];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        // A component of one state is a cycle only when the state goes to itself.
        if (stack[stack.length - 1] === node) {
          stack.pop();
          onStack[node] = false;
          if (goesTo(node, node)) out.push([node]);
          continue;
        }
        const component: number[] = [];
        let n: number;
        do {
          n = stack.pop()!;
          onStack[n] = false;
          component.push(n);
        } while (n !== node);
        out.push(component.sort((x, y) => x - y));
      }
    }
  }
  return out;
}
