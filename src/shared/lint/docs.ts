/** Where the rule documents are published (rules/<id>.md in the repository). */
export const DOCS_BASE =
  'https://github.com/asl-studio/asl-studio/blob/main/src/shared/lint/rules/';

/** The documentation URL of a rule. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
