/**
 * The compiled form of a Step Functions JSONPath (Jayway JsonPath dialect). A path is parsed once
 * into this tree and evaluated many times.
 */

/** Where a path starts: the state input (`$`), the context object (`$$`) or a variable (`$name`). */
export type JsonPathRoot =
  { kind: 'input' } | { kind: 'context' } | { kind: 'variable'; name: string };

/** Functions Jayway allows at the end of a path (`$.items.length()`). */
export type JsonPathFunctionName =
  'length' | 'size' | 'min' | 'max' | 'avg' | 'sum' | 'stddev' | 'keys' | 'first' | 'last';

/** One step of a path after its root. */
export type JsonPathStep =
  /** `.name`, `['name']`, or a union `['a','b']`. */
  | { kind: 'property'; names: string[] }
  /** `[n]`, `[-n]` or a union `[0,2]`. */
  | { kind: 'index'; indexes: number[] }
  /** `.*` or `[*]`. */
  | { kind: 'wildcard' }
  /** `[start:end:step]`, any part optional. */
  | { kind: 'slice'; start: number | null; end: number | null; step: number | null }
  /** `[?(...)]`. */
  | { kind: 'filter'; expr: FilterExpr }
  /** `..`: the next step applies to the node and every descendant. */
  | { kind: 'scan' }
  /** `.length()` and its kin: applies to the value reached so far. */
  | { kind: 'function'; name: JsonPathFunctionName };

/** A parsed JSONPath. */
export interface JsonPathAst {
  /** The text it was parsed from. */
  readonly source: string;
  readonly root: JsonPathRoot;
  readonly steps: readonly JsonPathStep[];
  /** Jayway's definiteness: the path names at most one node, so it yields a value, not a list. */
  readonly definite: boolean;
}

/** A comparison operator inside a filter. */
export type FilterOperator =
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '=~'
  | 'in'
  | 'nin'
  | 'subsetof'
  | 'anyof'
  | 'noneof'
  | 'size'
  | 'empty'
  | 'contains';

/** A value inside a filter: a path from the current item (`@`) or the root (`$`), or a literal. */
export type FilterOperand =
  | { kind: 'path'; relative: boolean; path: JsonPathAst }
  | { kind: 'literal'; value: unknown }
  | { kind: 'regex'; pattern: RegExp };

/** A filter expression tree. */
export type FilterExpr =
  | { kind: 'and'; left: FilterExpr; right: FilterExpr }
  | { kind: 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'compare'; op: FilterOperator; left: FilterOperand; right: FilterOperand }
  /** `[?(@.x)]`: true when the operand exists (a literal is always present). */
  | { kind: 'exists'; operand: FilterOperand };
