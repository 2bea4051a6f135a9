import { applyTextEdits } from '../asl/edit/textEdit';
import { parseDocument } from '../asl/parse';
import { resolveConfig } from './config';
import { lintDefinition, locateFindings } from './engine';
import { ALL_RULES } from './rules/index';
import type { LintFinding, WorkflowType } from './types';

/** Helpers for rule tests: lint one definition with one rule, and apply a finding's fix. */

/** A definition whose top-level States are `states` (StartAt is the first). */
export function machine(
  states: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { StartAt: Object.keys(states)[0], States: states, ...extra };
}

/** Findings of one rule on a definition (given as a value or as text). */
export function findingsOf(
  ruleId: string,
  definition: unknown,
  options: { workflowType?: WorkflowType; ruleOptions?: Record<string, unknown> } = {},
): LintFinding[] {
  const rule = ALL_RULES.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const text = typeof definition === 'string' ? definition : JSON.stringify(definition, null, 2);
  const doc = parseDocument(text);
  const resolved = resolveConfig(
    [rule],
    { rules: { [ruleId]: options.ruleOptions ? ['warning', options.ruleOptions] : 'warning' } },
    undefined,
    options.workflowType,
  );
  return locateFindings(doc, lintDefinition(doc.value, { rules: [rule], resolved }));
}

/** Applies fix `index` of the first finding of a rule, returning the new text and its value. */
export function applyFix(
  ruleId: string,
  definition: unknown,
  options: { workflowType?: WorkflowType; fixIndex?: number; findingIndex?: number } = {},
): { text: string; value: Record<string, unknown>; before: string } {
  const before = typeof definition === 'string' ? definition : JSON.stringify(definition, null, 2);
  const finding = findingsOf(ruleId, before, options)[options.findingIndex ?? 0];
  if (!finding) throw new Error(`${ruleId} found nothing to fix`);
  const fix = finding.fixes[options.fixIndex ?? 0];
  if (!fix) throw new Error(`${ruleId}: the finding has no fix ${options.fixIndex ?? 0}`);
  const doc = parseDocument(before);
  const text = applyTextEdits(before, fix.edits(doc));
  return { text, value: JSON.parse(text) as Record<string, unknown>, before };
}

/** Every rule id that reports on a definition, with all rules on. */
export function ruleIdsFiring(definition: unknown, workflowType?: WorkflowType): string[] {
  return [
    ...new Set(lintDefinition(definition, { workflowType, rules: ALL_RULES }).map((f) => f.code)),
  ];
}
