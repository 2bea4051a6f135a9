import { isObject } from '../deepEqual';
import { allStateNames, uniqueStateName } from './names';
import { transitionsOf } from './via';

type Obj = Record<string, unknown>;

/**
 * A copy of a state whose way out leads to `target` (null: the state ends). A Choice gets the
 * target as its Default (when it has none) and for every rule without a Next; Succeed and Fail
 * are returned as they are, since they never continue.
 */
export function linkedState(state: Obj, target: string | null): Obj {
  const copy: Obj = structuredClone(state);
  if (copy.Type === 'Succeed' || copy.Type === 'Fail') return copy;
  if (copy.Type === 'Choice') {
    if (target === null) return copy;
    if (typeof copy.Default !== 'string') copy.Default = target;
    if (Array.isArray(copy.Choices))
      for (const rule of copy.Choices)
        if (isObject(rule) && typeof rule.Next !== 'string') rule.Next = target;
    return copy;
  }
  delete copy.End;
  delete copy.Next;
  if (target === null) copy.End = true;
  else copy.Next = target;
  return copy;
}

/** Renames a state inside a States container value (in place): its key keeps its position, every reference follows. */
export function renameInContainer(container: Obj, oldName: string, newName: string): void {
  if (!isObject(container.States)) return;
  const renamed: Obj = {};
  for (const [name, state] of Object.entries(container.States))
    renamed[name === oldName ? newName : name] = state;
  container.States = renamed;
  if (container.StartAt === oldName) container.StartAt = newName;
  for (const state of Object.values(renamed)) {
    if (!isObject(state)) continue;
    for (const t of transitionsOf(state)) {
      if (t.target !== oldName) continue;
      const [, field, index] = t.pointer.split('/');
      if (index === undefined) state[field] = newName;
      else ((state[field] as unknown[])[Number(index)] as Obj).Next = newName;
    }
  }
}

/**
 * A deep copy of a state whose nested states (in its branches or processor) are renamed where
 * their names are taken in `definition` or `reserved`, so names stay unique across the machine.
 */
export function uniquifyNested(definition: unknown, state: Obj, reserved: Set<string>): Obj {
  const copy: Obj = structuredClone(state);
  const existing = allStateNames(definition);
  const nested = allStateNames({ States: { '': copy } });
  nested.delete('');
  const taken = new Set([...reserved, ...nested]);
  const assigned = new Set<string>();
  const visit = (s: unknown, depth: number): void => {
    if (!isObject(s) || depth > 64) return;
    const containers: unknown[] = [
      ...(Array.isArray(s.Branches) ? s.Branches : []),
      s.ItemProcessor,
      s.Iterator,
    ];
    for (const container of containers) {
      if (!isObject(container) || !isObject(container.States)) continue;
      for (const name of Object.keys(container.States)) {
        let final = name;
        if (existing.has(name) || reserved.has(name) || assigned.has(name)) {
          final = uniqueStateName(definition, name, new Set([...taken, ...assigned]));
          renameInContainer(container, name, final);
        }
        assigned.add(final);
      }
      for (const child of Object.values(container.States as Obj)) visit(child, depth + 1);
    }
  };
  visit(copy, 0);
  return copy;
}
