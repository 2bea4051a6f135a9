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

// Several rules and the variable analysis read the same transitions: they are resolved once.
const graphs = new WeakMap<LintOutline, number[][]>();

/**
 * Every state's transitions to states of its own machine, as positions in the machine's
 * `visits`, in transitionsOf order (repeats kept); by `StateVisit.index`. Built once per outline.
 */
export function transitionTargets(outline: LintOutline): number[][] {
  let targets = graphs.get(outline);
  if (targets) return targets;
  targets = new Array(outline.states.length);
  for (const visit of outline.states) {
    const out: number[] = [];
    const add = (target: unknown): void => {
      if (typeof target !== 'string') return;
      const j = positionOf(visit.machine, target);
      if (j >= 0) out.push(j);
    };
    const state = visit.state;
    add(state.Next);
    add(state.Default);
    for (const list of [state.Choices, state.Catch])
      if (Array.isArray(list)) for (const item of list) if (isObj(item)) add(item.Next);
    targets[visit.index] = out;
  }
  graphs.set(outline, targets);
  return targets;
}

/**
 * Strongly connected components of a machine's transition graph that contain a cycle (two or
 * more states, or a state that goes to itself), each as positions in `visits`, in document
 * order. Iterative Tarjan, so a 5,000-state chain does not overflow the stack.
 */
export function cycles(outline: LintOutline, m: MachineVisit): number[][] {
  const all = transitionTargets(outline);
  const count = m.visits.length;
  const edges: number[][] = new Array(count);
  let anyEdge = false;
  for (let i = 0; i < count; i++) {
    edges[i] = all[m.visits[i].index];
    if (edges[i].length > 0) anyEdge = true;
  }
  const out: number[][] = [];
  // A cycle needs an edge; most nested machines (a branch of one state) have none.
  if (!anyEdge) return out;
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
      const targets = edges[node];
      if (workNext[top] < targets.length) {
        const t = targets[workNext[top]++];
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
        const component: number[] = [];
        let n: number;
        do {
          n = stack.pop()!;
          onStack[n] = false;
          component.push(n);
        } while (n !== node);
        if (component.length > 1 || targets.includes(node))
          out.push(component.sort((x, y) => x - y));
      }
    }
  }
  return out;
}
