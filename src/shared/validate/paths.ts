import {
  isReferencePath,
  JsonPathSyntaxError,
  parseJsonPath,
  type JsonPathAst,
} from '../sim/jsonpath';

/**
 * JSONPath checks for ASL fields, on the simulator's parser (Jayway dialect, as AWS runs it), so
 * the validator and the simulator agree on what a path is. Paths start at `$` (the input), `$$`
 * (the context object) or `$name` (a variable). A *reference path* names one node with plain
 * field and index steps only.
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

/** Why a path is not acceptable for a field, or undefined when it is. */
export function pathProblem(path: string, rules: PathRules): string | undefined {
  let ast: JsonPathAst;
  try {
    ast = parseJsonPath(jaywayEquivalent(path));
  } catch (error) {
    if (!(error instanceof JsonPathSyntaxError)) throw error;
    return insideFilter(path, error.position) && !rules.reference ? undefined : error.message;
  }
  if (ast.root.kind === 'context' && !rules.context)
    return 'The context object ($$) is not allowed in this field';
  if (ast.root.kind === 'variable' && !rules.variables)
    return 'Variables are not allowed in this field';
  if (
    rules.reference &&
    !isReferencePath(ast.root.kind === 'input' ? ast : { ...ast, root: { kind: 'input' } })
  )
    return `Value is not a Reference Path: '${path}' may only use plain field names and indexes`;
  return undefined;
}

/**
 * Jayway reads `$.[0]` and `$.['a']` as `$[0]` and `$['a']`; real deployed definitions use that
 * form (the realworld corpus has two), so it is rewritten before parsing.
 */
function jaywayEquivalent(path: string): string {
  return path.includes('.[') ? path.replace(/(^|[^.])\.\[/g, '$1[') : path;
}

/**
 * True when a syntax error lies inside a filter `[?( … )]`. Jayway's filter grammar is more
 * lenient than any written description of it (deployed definitions compare with unquoted words,
 * `[?(@.Name==Receipt)]`), so a filter body the parser cannot read is not called invalid here.
 */
function insideFilter(path: string, position: number): boolean {
  const open = path.lastIndexOf('[?(', position);
  if (open < 0) return false;
  const close = path.indexOf(')]', open);
  return close < 0 || close >= position - 1;
}
