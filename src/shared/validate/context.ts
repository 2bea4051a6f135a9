import type { QueryLanguage } from '../asl/types';
import type { Diagnostic } from './diagnostic';
import type { MachineGraph } from './graph';
import { WARNING_CODES } from './codes';

/** What the caller may tell the validator about the machine it checks. */
export interface ValidateOptions {
  /** EXPRESS workflows refuse `.sync`, `.waitForTaskToken` and activities. Default STANDARD. */
  workflowType?: 'STANDARD' | 'EXPRESS';
}

/** Where the walk stands: the state being checked and the language in force. */
export interface StateScope {
  stateName: string;
  /** JSON pointer of the state object. */
  pointer: string;
  language: QueryLanguage;
}

/**
 * Collects diagnostics during one walk over a definition. Pointers are plain strings built by
 * appending escaped segments, so reporting costs nothing when a document is clean.
 */
export class ValidationContext {
  readonly diagnostics: Diagnostic[] = [];
  /**
   * Every state name seen so far in the whole machine (names are unique across branches), with
   * where it was first defined: `namedGraphs[id]` and `namedPositions[id]` for its id here.
   * One map serves both the duplicate check and each machine's lookups of its own states.
   */
  readonly stateNames = new Map<string, number>();
  readonly namedGraphs: MachineGraph[] = [];
  readonly namedPositions: number[] = [];
  /** The machine's top-level query language. */
  machineLanguage: QueryLanguage = 'JSONPath';
  /** What is wrong with each Resource ARN met in this run (most machines repeat a few ARNs). */
  readonly resourceProblems = new Map<string, string | undefined>();

  constructor(readonly options: ValidateOptions = {}) {}

  /** Records a finding; its severity follows from its code. */
  report(code: string, message: string, location: string, stateName?: string): void {
    const diagnostic: Diagnostic = {
      severity: WARNING_CODES.has(code) ? 'WARNING' : 'ERROR',
      code,
      message,
      location,
      source: 'validate',
    };
    if (stateName) diagnostic.stateName = stateName;
    this.diagnostics.push(diagnostic);
  }
}

/** Appends one segment to a JSON pointer (RFC 6901 escaping). */
export function at(pointer: string, segment: string | number): string {
  if (typeof segment === 'number') return `${pointer}/${segment}`;
  if (segment.includes('~') || segment.includes('/'))
    return `${pointer}/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return `${pointer}/${segment}`;
}
