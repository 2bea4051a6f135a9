import { detectFormat, parseDocument, type ParsedDocument, type TextFormat } from '../asl/parse';
import type { Severity } from '../validate/diagnostic';
import { resolveConfig, type LintConfig, type ResolvedConfig } from './config';
import { isSuppressed, suppressedRules } from './suppress';
import type {
  LintFinding,
  LintRule,
  MachineVisit,
  Obj,
  Report,
  RuleVisitor,
  StateVisit,
  WorkflowType,
} from './types';
import { isObj, outlineDefinition } from './walk';
import { pointerRanges } from '../asl/locate';
import { ALL_RULES } from './rules/index';

/** How to lint one definition. */
export interface LintOptions {
  /** STANDARD unless the config or this says otherwise; this wins over the config. */
  workflowType?: WorkflowType;
  /** The project configuration (`.asl-studio.json`), already parsed. */
  config?: LintConfig;
  /** The definition's path relative to the config's folder, for `overrides[].files`. */
  filePath?: string;
  /** The rules to run; every rule by default. */
  rules?: readonly LintRule[];
  /** Settings already resolved (skips config resolution). */
  resolved?: ResolvedConfig;
}

const STATE_HANDLERS = [
  'Task',
  'Pass',
  'Choice',
  'Wait',
  'Succeed',
  'Fail',
  'Parallel',
  'Map',
] as const;

/** Fills `{name}` placeholders of a message template. */
function format(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    data && key in data ? String(data[key]) : whole,
  );
}

/** Rules suppressed for a state: its own Comment, its machine's, and every enclosing state's. */
function suppressionsOf(
  visit: StateVisit | undefined,
  machine: MachineVisit | undefined,
): Set<string> {
  const out = new Set<string>();
  let state = visit;
  let m = machine ?? visit?.machine;
  while (m) {
    if (state) for (const id of suppressedRules(state.state.Comment)) out.add(id);
    for (const id of suppressedRules(m.machine.Comment)) out.add(id);
    state = m.owner;
    m = m.owner?.machine;
  }
  return out;
}

/**
 * Lints a parsed definition value. Findings carry JSON pointers and state names but no
 * line/column (there is no text); use lintText for those. Never throws on malformed input.
 */
export function lintDefinition(value: unknown, options: LintOptions = {}): LintFinding[] {
  if (!isObj(value)) return [];
  const rules = options.rules ?? ALL_RULES;
  const resolved =
    options.resolved ??
    resolveConfig(rules, options.config, options.filePath, options.workflowType);
  const findings: LintFinding[] = [];
  // One walk before any rule runs: rules that need the whole definition up front (variables)
  // read the same outline the handlers are then called with.
  const outline = outlineDefinition(value, resolved.workflowType);
  const internalError = (id: string, error: unknown): void => {
    // A rule bug must not take the linter down; it shows as a finding so it gets reported.
    findings.push({
      severity: 'WARNING',
      code: 'lint-internal-error',
      message: `Rule ${id} failed: ${(error as Error).message}`,
      location: '',
      source: 'lint',
      docs: '',
      fixes: [],
    });
  };
  const active: { rule: LintRule; severity: Severity; visitor: RuleVisitor }[] = [];
  for (const rule of rules) {
    const setting = resolved.rules.get(rule.meta.id);
    if (!setting) continue;
    const visitor = rule.create({
      options: setting.options,
      root: value,
      outline,
      workflowType: resolved.workflowType,
      isEnabled: (id) => resolved.rules.has(id),
      report(report: Report) {
        const state = report.state;
        if (isSuppressed(suppressionsOf(state, report.machine), rule.meta.id)) return;
        const template = rule.meta.messages[report.messageId] ?? report.messageId;
        findings.push({
          severity: setting.severity,
          code: rule.meta.id,
          message: format(template, report.data),
          location: report.pointer ?? state?.pointer ?? report.machine?.pointer ?? '',
          stateName: state?.name,
          source: 'lint',
          docs: rule.meta.docs,
          fixes: report.fixes ?? [],
        });
      },
    });
    active.push({ rule, severity: setting.severity, visitor });
  }
  const topSuppressed = suppressedRules((value as Obj).Comment);
  // Handlers grouped once by what they visit, so the walk does no lookups per state.
  type Handler<T> = { id: string; fn: (arg: T) => void };
  const machineHandlers: Handler<MachineVisit>[] = [];
  const everyState: Handler<StateVisit>[] = [];
  const byType = new Map<string, Handler<StateVisit>[]>(STATE_HANDLERS.map((t) => [t, []]));
  for (const a of active) {
    const id = a.rule.meta.id;
    if (a.visitor.machine) machineHandlers.push({ id, fn: a.visitor.machine });
    if (a.visitor.state) everyState.push({ id, fn: a.visitor.state });
    for (const t of STATE_HANDLERS) {
      const fn = a.visitor[t];
      if (fn) byType.get(t)!.push({ id, fn });
    }
  }
  // Indexed loops: for-of allocates an iterator per call where V8 does not inline it.
  const run = <T>(handlers: Handler<T>[], arg: T): void => {
    for (let i = 0; i < handlers.length; i++)
      try {
        handlers[i].fn(arg);
      } catch (error) {
        internalError(handlers[i].id, error);
      }
  };
  // Machine handlers first, then each state's, a nested machine right after its state: the
  // order findings are listed in.
  const visitMachine = (machine: MachineVisit): void => {
    for (let i = 0; i < machineHandlers.length; i++) {
      const h = machineHandlers[i];
      if (!(machine.pointer === '' && isSuppressed(topSuppressed, h.id)))
        try {
          h.fn(machine);
        } catch (error) {
          internalError(h.id, error);
        }
    }
    const visits = machine.visits;
    for (let i = 0; i < visits.length; i++) {
      const visit = visits[i];
      run(everyState, visit);
      const typed = byType.get(visit.type);
      if (typed) run(typed, visit);
      for (let j = 0; j < visit.nested.length; j++) visitMachine(visit.nested[j]);
    }
  };
  if (outline.machines.length > 0) visitMachine(outline.machines[0]);
  for (const a of active)
    if (a.visitor.end)
      try {
        a.visitor.end();
      } catch (error) {
        internalError(a.rule.meta.id, error);
      }
  return findings;
}

/** Options for linting text: the format is detected from the file name or the text. */
export interface LintTextOptions extends LintOptions {
  format?: TextFormat;
  fileName?: string;
  /** The text already parsed (avoids parsing twice when the validator ran first). */
  parsed?: ParsedDocument;
}

/**
 * Adds line/column (1-based) to findings of a parsed text. JSON is located in one targeted pass
 * (locatePointers); YAML through the parser's source map. A pointer that does not exist falls
 * back to its nearest existing ancestor.
 */
export function locateFindings(doc: ParsedDocument, findings: LintFinding[]): LintFinding[] {
  if (findings.length === 0) return findings;
  const rangeOf = pointerRanges(
    doc,
    findings.map((f) => f.location),
  );
  for (const f of findings) {
    const range = rangeOf(f.location);
    if (!range) continue;
    const start = range.keyOffset ?? range.offset;
    const from = doc.lines.position(start);
    const to = doc.lines.position(range.offset + range.length);
    f.line = from.line;
    f.column = from.column;
    f.endLine = to.line;
    f.endColumn = to.column;
  }
  return findings;
}

/** Lints a definition's text; findings carry line/column. Syntax errors are the parser's to report. */
export function lintText(
  text: string,
  options: LintTextOptions = {},
): { parsed: ParsedDocument; findings: LintFinding[] } {
  const parsed =
    options.parsed ?? parseDocument(text, options.format ?? detectFormat(text, options.fileName));
  // Broken text is the parser's to report; linting half a document would only add noise.
  if (parsed.errors.length > 0) return { parsed, findings: [] };
  const findings = lintDefinition(parsed.value, {
    ...options,
    filePath: options.filePath ?? options.fileName,
  });
  return { parsed, findings: locateFindings(parsed, findings) };
}
