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
  const edges = new Map(names.map((n) => [n, transitionsOf(states[n]).filter((t) => t in states)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const order = new Map(names.map((name, i) => [name, i]));
  for (const root of names) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.node)!;
      if (frame.next < targets.length) {
        const t = targets[frame.next++];
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ node: t, next: 0 });
        } else if (onStack.has(t))
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(t)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== frame.node);
        if (component.length > 1 || edges.get(frame.node)!.includes(frame.node)) {
          out.push(component.sort((a, b) => order.get(a)! - order.get(b)!));
        }
      }
    }
  }
  return out;
}
