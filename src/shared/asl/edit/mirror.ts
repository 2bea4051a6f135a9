import type { TypedPath } from './session';

type Container = Record<string | number, unknown>;

// JSON may hold a key named "__proto__": plain assignment would set the prototype instead of
// adding the member, so members are defined, and read only when they are the object's own.
function putOwn(node: Container, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
}

function getOwn(node: Container, key: string | number): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

/** Applies a set to a plain value in place (missing parents become objects); returns the new root. */
export function mirrorSet(root: unknown, path: TypedPath, value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Container;
  for (let i = 0; i < path.length - 1; i++) {
    const next = getOwn(node, path[i]);
    if (typeof next !== 'object' || next === null) putOwn(node, path[i], {});
    node = getOwn(node, path[i]) as Container;
  }
  if (Array.isArray(node)) node[Number(path[path.length - 1])] = value;
  else putOwn(node, path[path.length - 1], value);
  return root;
}

/** Removes a member or array item from a plain value in place. */
export function mirrorRemove(root: unknown, path: TypedPath): void {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Container)[key];
}

/** Inserts an array item in a plain value in place. */
export function mirrorInsert(root: unknown, path: TypedPath, index: number, value: unknown): void {
  const array = parentOf(root, [...path, index]) as unknown[];
  array.splice(index, 0, value);
}

/** Renames a member in place, keeping key order (the object is rebuilt under the same reference). */
export function mirrorRename(root: unknown, path: TypedPath, newKey: string): void {
  const parent = parentOf(root, path) as Record<string, unknown>;
  const oldKey = String(path[path.length - 1]);
  const entries = Object.entries(parent);
  for (const [k] of entries) delete parent[k];
  for (const [k, v] of entries) putOwn(parent, k === oldKey ? newKey : k, v);
}

function parentOf(root: unknown, path: TypedPath): unknown {
  let node = root as Container;
  for (let i = 0; i < path.length - 1; i++) node = getOwn(node, path[i]) as Container;
  return node;
}

/** Adds a member at a position among its siblings, in place (the object is rebuilt under the same reference). */
export function mirrorAddMember(
  object: Record<string, unknown>,
  key: string,
  value: unknown,
  index: number,
): void {
  const entries = Object.entries(object);
  for (const [k] of entries) delete object[k];
  entries.splice(index, 0, [key, value]);
  for (const [k, v] of entries) putOwn(object, k, v);
}
