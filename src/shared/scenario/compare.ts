import type { ExecutionResult } from '../sim/engine/types';
import type { ScenarioExpectation } from './types';

/**
 * Compares a run's result with what a scenario expects (the conformance rules): the status must
 * match; the output by JSON equality ignoring key order (1 equals 1.0); the error name must match
 * (a missing error only matches a missing one); the cause only when the scenario gives one.
 * Returns the differences, empty when the run matches.
 */
export function compareResult(expected: ScenarioExpectation, actual: ExecutionResult): string[] {
  const problems: string[] = [];
  if (expected.status !== actual.status) {
    problems.push(
      `status: expected ${expected.status}, got ${actual.status}${describeFailure(actual)}`,
    );
    return problems;
  }
  if (expected.status === 'SUCCEEDED') {
    if ('output' in expected && !jsonEquals(expected.output, actual.output)) {
      problems.push(
        `output: expected ${JSON.stringify(expected.output)}, got ${JSON.stringify(actual.output)}`,
      );
    }
    return problems;
  }
  if (
    (expected.error ?? undefined) !== (actual.error ?? undefined) &&
    (expected.error !== undefined || actual.error)
  ) {
    problems.push(
      `error: expected ${JSON.stringify(expected.error)}, got ${JSON.stringify(actual.error)}`,
    );
  }
  if (expected.cause !== undefined && expected.cause !== (actual.cause ?? '')) {
    problems.push(
      `cause: expected ${JSON.stringify(expected.cause)}, got ${JSON.stringify(actual.cause)}`,
    );
  }
  return problems;
}

function describeFailure(result: ExecutionResult): string {
  if (result.status === 'SUCCEEDED') return '';
  return ` (${result.error ?? 'no error'}: ${result.cause ?? ''})`;
}

/** JSON equality: key order ignored; numbers compared by value. */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEquals(a[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  if (ak.length !== bk.length) return false;
  for (const k of ak)
    if (!Object.prototype.hasOwnProperty.call(bo, k) || !jsonEquals(ao[k], bo[k])) return false;
  return true;
}
