import type { Obj } from '../types';

/** A Retry or Catch entry, kept loose. */
export interface ErrorHandler {
  index: number;
  errors: string[];
  entry: Obj;
}

// Several rules read the same state's handlers; the arrays are read-only, so they are shared.
const cache = {
  Retry: new WeakMap<unknown[], ErrorHandler[]>(),
  Catch: new WeakMap<unknown[], ErrorHandler[]>(),
};

/** The entries of a state's Retry or Catch array, with their ErrorEquals as strings (do not mutate). */
export function handlersOf(state: Obj, field: 'Retry' | 'Catch'): ErrorHandler[] {
  const list = state[field];
  if (!Array.isArray(list)) return [];
  const known = cache[field].get(list);
  if (known) return known;
  const computed = collect(list);
  cache[field].set(list, computed);
  return computed;
}

function collect(list: unknown[]): ErrorHandler[] {
  const out: ErrorHandler[] = [];
  list.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return;
    const errors = Array.isArray((entry as Obj).ErrorEquals)
      ? ((entry as Obj).ErrorEquals as unknown[]).filter((e): e is string => typeof e === 'string')
      : [];
    out.push({ index, errors, entry: entry as Obj });
  });
  return out;
}

/**
 * True when an ErrorEquals entry `general` matches error name `name`. States.ALL matches every
 * error; States.TaskFailed matches every error except States.Timeout (the ASL specification).
 */
export function errorMatches(general: string, name: string): boolean {
  if (general === name || general === 'States.ALL') return true;
  return general === 'States.TaskFailed' && name !== 'States.Timeout' && name !== 'States.ALL';
}

/** MaxAttempts of a retrier (default 3 per the specification). */
export function maxAttempts(entry: Obj): number {
  return typeof entry.MaxAttempts === 'number' ? entry.MaxAttempts : 3;
}

/** The first retrier that handles an error name (the one Step Functions would use), if any. */
export function retrierFor(retriers: ErrorHandler[], name: string): ErrorHandler | undefined {
  return retriers.find((r) => r.errors.some((e) => errorMatches(e, name)));
}
