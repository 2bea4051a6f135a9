import type { ParsedDocument } from '../asl/parse';
import type { Diagnostic, Severity } from '../validate/diagnostic';
import type { QueryLanguage } from '../asl/types';
import type { TextEdit } from '../asl/edit/textEdit';

export type { TextEdit };

/** A quick fix: a title for the menu and the minimal text edits that perform it. */
export interface LintFix {
  title: string;
  /** Computes the edits against the document the finding came from; [] when no longer applicable. */
  edits(doc: ParsedDocument): TextEdit[];
}

/** A lint finding: the shared Diagnostic plus the quick fixes that resolve it. */
export interface LintFinding extends Diagnostic {
  source: 'lint';
  /** Link to the rule's documentation. */
  docs: string;
  fixes: LintFix[];
}

export type WorkflowType = 'STANDARD' | 'EXPRESS';

/** A rule's level in the configuration; 'off' disables it. */
export type RuleLevel = 'off' | 'info' | 'warning' | 'error';

/** What describes a rule: its id, default severity, docs and messages. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  /** The rule's documentation (rules/<id>.md), as a URL. */
  docs: string;
  /** Message templates keyed by id; `{name}` is replaced by the report's data. */
  messages: Record<string, string>;
  /** True when at least one finding of the rule carries a quick fix. */
  fixable?: boolean;
  /** Default options; a user's options are merged over them. */
  defaultOptions?: Record<string, unknown>;
  /** Checks the user's options; returns an error message or undefined. */
  validateOptions?(options: Record<string, unknown>): string | undefined;
}

/** An object from the definition, kept loose: lint input has not necessarily been validated. */
export type Obj = Record<string, unknown>;

/** A state machine (top level, a Parallel branch or a Map processor) as the walker sees it. */
export interface MachineVisit {
  /** Pointer to the machine object ('' for the top level). */
  pointer: string;
  machine: Obj;
  states: Record<string, Obj>;
  /** Its states as the walker visits them (document order); `visits[i].local === i`. */
  visits: StateVisit[];
  /** The state that owns this machine (Parallel or Map), undefined at the top level. */
  owner?: StateVisit;
  queryLanguage: QueryLanguage;
  workflowType: WorkflowType;
  /** Its states' positions by name, built by positionOf on first use in a large machine. */
  nameIndex?: Map<string, number>;
}

/** One state as the walker sees it. */
export interface StateVisit {
  name: string;
  state: Obj;
  type: string;
  /** Pointer to the state object, e.g. `/States/A` or `/States/P/Branches/0/States/B`. */
  pointer: string;
  machine: MachineVisit;
  queryLanguage: QueryLanguage;
  workflowType: WorkflowType;
  /** Its position among all the states of the walk, for tables kept per state. */
  index: number;
  /** Its position in its machine's `visits`. */
  local: number;
  /** The machines nested in it (Parallel branches, a Map's processor), in visiting order. */
  nested: MachineVisit[];
}

/** Every machine and state of a definition, walked once before any rule runs. */
export interface LintOutline {
  /** Machines in visiting order: a machine before those nested in its states. */
  machines: MachineVisit[];
  /** States in visiting order: a state before the states of its nested machines. */
  states: StateVisit[];
  /**
   * What analyses derived from this outline, by the function that derives it (see memoize). A
   * field of the outline rather than a WeakMap beside it: a young WeakMap entry keeps its value
   * through every minor collection, so caches kept that way were copied and promoted by the
   * collector on each lint run (a third of the collector's time linting 5,000 states).
   */
  memo: Map<object, unknown>;
}

/** What a rule reports. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where the finding points; defaults to the state (or the machine). */
  pointer?: string;
  state?: StateVisit;
  /** For machine-level findings (suppressed by the machine's Comment). */
  machine?: MachineVisit;
  fixes?: LintFix[];
}

/** Handed to a rule's create(): its options, the whole definition, and report(). */
export interface RuleContext {
  options: Record<string, unknown>;
  root: Obj;
  /** The definition's machines and states, walked once and shared by every rule. */
  outline: LintOutline;
  workflowType: WorkflowType;
  report(report: Report): void;
  /** True when another rule is on for this definition (rules avoid reporting twice). */
  isEnabled(ruleId: string): boolean;
}

/** Handlers a rule returns: per state type, for every state, per machine, and once at the end. */
export interface RuleVisitor {
  state?(visit: StateVisit): void;
  Task?(visit: StateVisit): void;
  Pass?(visit: StateVisit): void;
  Choice?(visit: StateVisit): void;
  Wait?(visit: StateVisit): void;
  Succeed?(visit: StateVisit): void;
  Fail?(visit: StateVisit): void;
  Parallel?(visit: StateVisit): void;
  Map?(visit: StateVisit): void;
  machine?(visit: MachineVisit): void;
  end?(): void;
}

/** A lint rule: one file under rules/ with its test and doc beside it. */
export interface LintRule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}
