/**
 * Per-state suppression written in a Comment:
 *   "Comment": "Calls the legacy API. asl-studio-disable task-retry, task-catch"
 * disables those rules for the state (and, written in a machine's Comment, for the whole machine,
 * nested branches included). `asl-studio-disable` with no ids disables every rule.
 */
const DIRECTIVE = /asl-studio-disable(?![\w-])((?:[\s,]+[a-z][a-z0-9-]*)*)/g;

/** The rule ids a Comment disables; '*' stands for every rule. Empty when there is no directive. */
export function suppressedRules(comment: unknown): Set<string> {
  const out = new Set<string>();
  if (typeof comment !== 'string' || !comment.includes('asl-studio-disable')) return out;
  for (const match of comment.matchAll(DIRECTIVE)) {
    const ids = match[1].split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) out.add('*');
    for (const id of ids) out.add(id);
  }
  return out;
}

/** True when a set of suppressions covers a rule. */
export function isSuppressed(suppressed: Set<string>, ruleId: string): boolean {
  return suppressed.has('*') || suppressed.has(ruleId);
}
