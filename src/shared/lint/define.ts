import { ruleDocsUrl } from './docs';
import type { LintRule, RuleContext, RuleMeta, RuleVisitor } from './types';

/** Declares a rule; its docs link is derived from its id so it always points at rules/<id>.md. */
export function defineRule(
  meta: Omit<RuleMeta, 'docs'>,
  create: (context: RuleContext) => RuleVisitor,
): LintRule {
  return { meta: { ...meta, docs: ruleDocsUrl(meta.id) }, create };
}
