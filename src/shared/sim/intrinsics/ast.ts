import type { JsonPathAst } from '../jsonpath/ast';

/** A call such as `States.Format('{} x', $.a)`; `position` is its 0-based offset in the text. */
export interface IntrinsicCall {
  kind: 'call';
  name: string;
  args: IntrinsicArg[];
  position: number;
}

/**
 * A literal argument. For strings `raw` keeps the text between the quotes, escapes and all; for
 * the others `text` is the literal as written (`1.50`).
 */
export interface IntrinsicLiteral {
  kind: 'literal';
  value: string | number | boolean | null;
  raw?: string;
  text?: string;
  position: number;
}

/** A JSONPath argument (`$.a`, `$$.Execution.Id`, `$var.x`). */
export interface IntrinsicPathArg {
  kind: 'path';
  path: JsonPathAst;
  position: number;
}

/** Any argument of an intrinsic call. */
export type IntrinsicArg = IntrinsicCall | IntrinsicLiteral | IntrinsicPathArg;
