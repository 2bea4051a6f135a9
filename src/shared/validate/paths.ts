/**
 * JSONPath checks for ASL fields. Paths start at `$` (the input), `$$` (the context object) or
 * `$name` (a variable). A *reference path* names one node with plain field and index steps only.
 */

/** What a field accepts. */
export interface PathRules {
  /** Only plain `.field`, `['field']` and `[n]` steps. */
  reference: boolean;
  /** `$$…` allowed. */
  context: boolean;
  /** `$name…` allowed. */
  variables: boolean;
}

const NON_REFERENCE = /\.\.|\*|\[\s*\?|\[[^\]]*:|@|\(\)|\[[^\]]*,/;

/** Why a path is not acceptable for a field, or undefined when it is. */
export function pathProblem(path: string, rules: PathRules): string | undefined {
  if (path.charCodeAt(0) !== 36) return `Value is not a valid JSONPath: it must start with '$'`;
  const root = path.startsWith('$$') ? 'context' : /^\$[A-Za-z_]/.test(path) ? 'variable' : 'input';
  if (root === 'context' && !rules.context)
    return 'The context object ($$) is not allowed in this field';
  if (root === 'variable' && !rules.variables) return 'Variables are not allowed in this field';
  const syntax = syntaxProblem(path);
  if (syntax) return syntax;
  if (rules.reference && NON_REFERENCE.test(path)) return 'Value is not a Reference Path';
  return undefined;
}

/**
 * Bracket, quote and step shape. Stands in until the simulator's JSONPath parser
 * (src/shared/sim/jsonpath) exports its parse function; it then replaces this.
 */
function syntaxProblem(path: string): string | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      if (--depth < 0) return `Invalid JSONPath: unexpected '${c}' at character ${i}`;
    } else if (depth === 0 && c === '.' && i === path.length - 1)
      return `Invalid JSONPath: a field name is expected after '.' at character ${i}`;
  }
  if (quote) return 'Invalid JSONPath: unterminated string';
  if (depth !== 0) return 'Invalid JSONPath: unclosed bracket';
  return undefined;
}
