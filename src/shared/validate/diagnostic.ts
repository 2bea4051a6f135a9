/**
 * The one shape every finding takes, whether it comes from the parser, the validator or the
 * linter, so the problems panel, the editor markers and the CLI treat them alike.
 */
export type Severity = 'ERROR' | 'WARNING' | 'INFO';

export interface Diagnostic {
  severity: Severity;
  /** AWS's code (SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET…), SYNTAX_ERROR, or a lint rule id. */
  code: string;
  message: string;
  /** JSON pointer to the offending value, e.g. `/States/A/Next` ('' for the whole document). */
  location: string;
  /** 1-based position of `location` in the text, when the text is known. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The name of the state the finding belongs to (innermost), when there is one. */
  stateName?: string;
  /** Which engine produced it. */
  source: 'syntax' | 'validate' | 'lint';
  /** Titles of the quick fixes the linter offers for it (the edits are computed when one is chosen). */
  fixTitles?: string[];
}
