/** Past this depth values are taken as they are: sharing is an optimisation, not worth a deep stack. */
const MAX_DEPTH = 64;

type Obj = Record<string, unknown>;

/**
 * `next` with every part that deeply equals the same part of `previous` replaced by that part of
 * `previous` (structural sharing). Returns `previous` itself when the two are equal. After a
 * re-parse, the states a keystroke did not touch keep their object identity, so views can skip
 * them by comparing references. Objects count as equal only with the same keys in the same order
 * (order is what the canvas draws). `next` is updated in place: pass a value nobody else holds,
 * such as a fresh `JSON.parse` result.
 */
export function shareUnchanged<T>(previous: unknown, next: T): T {
  return share(previous, next, 0) as T;
}

function share(previous: unknown, next: unknown, depth: number): unknown {
  if (previous === next) return previous;
  if (
    typeof previous !== 'object' ||
    typeof next !== 'object' ||
    previous === null ||
    next === null ||
    depth > MAX_DEPTH
  )
    return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    for (let i = 0; i < next.length; i++) {
      const shared = i < previous.length ? share(previous[i], next[i], depth + 1) : next[i];
      if (shared !== next[i]) next[i] = shared;
      if (shared !== previous[i]) same = false;
    }
    return same ? previous : next;
  }
  if (Array.isArray(previous)) return next;
  const before = previous as Obj;
  const after = next as Obj;
  const beforeKeys = Object.keys(before);
  const afterKeys = Object.keys(after);
  let same = beforeKeys.length === afterKeys.length;
  for (let i = 0; i < afterKeys.length; i++) {
    const key = afterKeys[i];
    if (same && beforeKeys[i] !== key) same = false;
    if (!Object.prototype.hasOwnProperty.call(before, key)) {
      same = false;
      continue;
    }
    const shared = share(before[key], after[key], depth + 1);
    if (shared !== after[key]) {
      // A member named __proto__ (JSON.parse makes it an own property) must stay a member.
      if (key === '__proto__')
        Object.defineProperty(after, key, {
          value: shared,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else after[key] = shared;
    }
    if (shared !== before[key]) same = false;
  }
  return same ? previous : next;
}
