import type { LintOutline, Obj, StateVisit } from '../types';
import { memoize } from '../walk';

/** A Retry or Catch entry, kept loose. */
export interface ErrorHandler {
  index: number;
  errors: string[];
  entry: Obj;
}

/** The entries of a state's Retry or Catch array, with their ErrorEquals as strings. */
export function handlersOf(state: Obj, field: 'Retry' | 'Catch'): ErrorHandler[] {
  const list = state[field];
  return Array.isArray(list) ? collect(list) : [];
}

/** Every state's Retry and Catch entries, read on first use and shared by the rules of a run. */
export interface HandlerTable {
  /** The entries of a state's Retry or Catch (shared: do not mutate). */
  of(visit: StateVisit, field: 'Retry' | 'Catch'): ErrorHandler[];
}

const NONE: ErrorHandler[] = [];
/** The handler table of a lint run (one per outline). */
export function handlerTable(outline: LintOutline): HandlerTable {
  return memoize(outline, createHandlerTable);
}

function createHandlerTable(outline: LintOutline): HandlerTable {
  const retry: (ErrorHandler[] | undefined)[] = new Array(outline.states.length);
  const catchers: (ErrorHandler[] | undefined)[] = new Array(outline.states.length);
  return {
    of(visit, field) {
      const list = visit.state[field];
      if (!Array.isArray(list) || list.length === 0) return NONE;
      const known = field === 'Retry' ? retry : catchers;
      return (known[visit.index] ??= collect(list));
    },
  };
}

function collect(list: unknown[]): ErrorHandler[] {
  const out: ErrorHandler[] = [];
  list.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return;
    out.push({ index, errors: errorNames((entry as Obj).ErrorEquals), entry: entry as Obj });
  });
  return out;
}

/** The strings of an ErrorEquals: the list itself when it holds only strings (shared, read-only). */
function errorNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  for (let i = 0; i < list.length; i++)
    if (typeof list[i] !== 'string' || !(i in list))
      return list.filter((e): e is string => typeof e === 'string');
  return list as string[];
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
