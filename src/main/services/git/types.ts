/**
 * The shapes the git export service takes and returns. They are plain data (JSON-safe) because
 * both hosts pass them over a wire: Electron IPC and the `serve` command's HTTP.
 */

/** Why an export, preview or push did not go ahead. Each code has one clear message. */
export type ExportRefusalCode =
  | 'not-a-repository'
  | 'invalid-definition'
  | 'invalid-path'
  | 'path-escapes'
  | 'symlink-in-path'
  | 'path-ignored'
  | 'merge-in-progress'
  | 'rebase-in-progress'
  | 'cherry-pick-in-progress'
  | 'revert-in-progress'
  | 'unmerged-paths'
  | 'index-locked'
  | 'no-identity'
  | 'needs-branch'
  | 'invalid-branch'
  | 'branch-exists'
  | 'unchanged'
  | 'commit-failed'
  | 'no-remote'
  | 'push-failed'
  | 'git-failed';

/** A refusal: a code for programs, a message for people, and git's own output when it spoke. */
export interface ExportRefusal {
  code: ExportRefusalCode;
  message: string;
  /** What git (or a hook) printed, verbatim. */
  output?: string;
  /** Files written to disk before the refusal (they stay: nothing is lost). */
  written?: string[];
}

/** A test scenario to place beside the definition (the DESIGN.md test-scenario format). */
export interface ExportTestFile {
  /** A plain file name such as `happy-path.json` (no folders). */
  fileName: string;
  content: unknown;
}

/** Optional files written beside the definition and committed with it. */
export interface ExportExtras {
  /** Write `<stem>.sam.yaml`: an AWS::Serverless::StateMachine resource pointing at the definition. */
  sam?: boolean;
  /** Test scenarios, written under `tests/` beside the definition. */
  tests?: ExportTestFile[];
  /** A Step Functions Local MockConfigFile, written as `tests/MockConfigFile.json`. */
  mocks?: unknown;
}

/** What to export where. */
export interface ExportRequest {
  /** The repository folder (absolute). */
  repo: string;
  /** Where the definition goes, relative to `repo`, with `/` separators (e.g. `workflows/order/definition.json`). */
  path: string;
  /** The document's text exactly as the user wrote it. */
  text: string;
  format: 'json' | 'yaml';
  /** The state machine's name, used in the commit message (defaults to the file's stem). */
  name?: string;
  /** A stable key for the definition (its file path, or a document id) to remember repo and path by. */
  definitionKey?: string;
  /** The commit message; prefilled from what changed when absent or blank. */
  message?: string;
  /** Create this branch at HEAD and commit on it. Required on a detached HEAD. */
  newBranch?: string;
  extras?: ExportExtras;
}

/** One file of an export: what HEAD has and what will be written. */
export interface ExportFileChange {
  path: string;
  /** The file at HEAD, or null when HEAD does not have it (or there is no commit yet). */
  headText: string | null;
  newText: string;
}

/** Everything the export dialog shows before the person presses Export. */
export interface ExportPreview {
  /** The repository's top-level folder. */
  root: string;
  /** The current branch, or null on a detached HEAD. */
  branch: string | null;
  /** The HEAD commit, or null in a repository with no commit yet. */
  head: string | null;
  files: ExportFileChange[];
  /** The prefilled commit message. */
  message: string;
  /** Set when exporting would be refused now (e.g. a merge in progress); the diff is still shown. */
  blocked?: ExportRefusal;
}

/** A successful commit. */
export interface ExportCommit {
  commit: string;
  branch: string;
  message: string;
  files: string[];
}

/** The outcome of a push. */
export interface ExportPushed {
  remote: string;
  branch: string;
  output: string;
}

/** Either a value or a refusal, never a thrown error for anything a person can cause. */
export type ExportOutcome<T> = { ok: true; value: T } | { ok: false; refusal: ExportRefusal };

/** Where a definition was last exported. */
export interface ExportTarget {
  repo: string;
  path: string;
}
