import type { Obj } from '../types';
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

/**
 * Strongly connected components of a machine's transition graph that contain a cycle (two or
 * more states, or a state that goes to itself), each in document order. Iterative Tarjan, so
 * a 5,000-state chain does not overflow the stack.
 */
export function cycles(states: Record<string, Obj>): string[][] {
  const names = Object.keys(states);
  // States by their position in the document: the search works on numbers, not name lookups.
  const position = new Map<string, number>();
  for (let i = 0; i < names.length; i++) position.set(names[i], i);
  const edges: number[][] = names.map((n) => {
    const out: number[] = [];
    for (const t of transitionsOf(states[n])) {
      const i = position.get(t);
      if (i !== undefined) out.push(i);
    }
    return out;
  });
  const count = names.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const out: string[][] = [];
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
    onStack[root] = 1;
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
          onStack[t] = 1;
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
          onStack[n] = 0;
          component.push(n);
        } while (n !== node);
        if (component.length > 1 || targets.includes(node)) {
          out.push(component.sort((x, y) => x - y).map((i) => names[i]));
        }
      }
    }
  }
  return out;
}
