import type { FilterExpr, FilterOperand, FilterOperator, JsonPathAst } from './ast';
import type { Cursor } from './cursor';

/** Parses the steps of a path that starts at the cursor (after its `@` or `$`). */
export type StepsParser = (cursor: Cursor, relative: boolean) => JsonPathAst;

// Longest first so `<=` wins over `<`; word operators need a boundary after them.
const SYMBOL_OPERATORS: FilterOperator[] = ['==', '!=', '<=', '>=', '=~', '<', '>'];
const WORD_OPERATORS: FilterOperator[] = [
  'subsetof',
  'anyof',
  'noneof',
  'contains',
  'size',
  'empty',
  'nin',
  'in',
];

/**
 * Parses the inside of `[?( … )]` with a hand-written recursive descent: filters are data for an
 * interpreter, never code to eval (jsonpath-plus's script holes came from eval).
 */
export function parseFilter(cursor: Cursor, parseSteps: StepsParser): FilterExpr {
  const expr = parseOr(cursor, parseSteps);
  cursor.skipSpaces();
  return expr;
}

function parseOr(cursor: Cursor, parseSteps: StepsParser): FilterExpr {
  let left = parseAnd(cursor, parseSteps);
  for (;;) {
    cursor.skipSpaces();
    if (!cursor.eat('||')) return left;
    left = { kind: 'or', left, right: parseAnd(cursor, parseSteps) };
  }
}

function parseAnd(cursor: Cursor, parseSteps: StepsParser): FilterExpr {
  let left = parseUnary(cursor, parseSteps);
  for (;;) {
    cursor.skipSpaces();
    if (!cursor.eat('&&')) return left;
    left = { kind: 'and', left, right: parseUnary(cursor, parseSteps) };
  }
}

function parseUnary(cursor: Cursor, parseSteps: StepsParser): FilterExpr {
  cursor.skipSpaces();
  if (cursor.peek() === '!' && cursor.peek(1) !== '=') {
    cursor.pos++;
    return { kind: 'not', operand: parseUnary(cursor, parseSteps) };
  }
  if (cursor.peek() === '(') {
    cursor.pos++;
    const inner = parseOr(cursor, parseSteps);
    cursor.skipSpaces();
    cursor.expect(')');
    return inner;
  }
  return parseComparison(cursor, parseSteps);
}

function parseComparison(cursor: Cursor, parseSteps: StepsParser): FilterExpr {
  const left = parseOperand(cursor, parseSteps);
  cursor.skipSpaces();
  const op = readOperator(cursor);
  if (!op) return { kind: 'exists', operand: left };
  const right = parseOperand(cursor, parseSteps);
  return { kind: 'compare', op, left, right };
}

function readOperator(cursor: Cursor): FilterOperator | null {
  for (const op of SYMBOL_OPERATORS) if (cursor.eat(op)) return op;
  for (const op of WORD_OPERATORS) {
    if (cursor.startsWith(op) && !/[A-Za-z0-9_]/.test(cursor.peek(op.length))) {
      cursor.pos += op.length;
      return op;
    }
  }
  return null;
}

function parseOperand(cursor: Cursor, parseSteps: StepsParser): FilterOperand {
  cursor.skipSpaces();
  const ch = cursor.peek();
  if (ch === '@' || ch === '$') {
    cursor.pos++;
    return { kind: 'path', relative: ch === '@', path: parseSteps(cursor, ch === '@') };
  }
  if (ch === '/') return { kind: 'regex', pattern: readRegex(cursor) };
  return { kind: 'literal', value: readLiteral(cursor) };
}

function readLiteral(cursor: Cursor): unknown {
  cursor.skipSpaces();
  const ch = cursor.peek();
  if (ch === "'" || ch === '"') return cursor.readQuoted();
  if (ch === '[') return readArrayLiteral(cursor);
  if (ch === '{') return readObjectLiteral(cursor);
  const number = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(cursor.text.slice(cursor.pos));
  if (number) {
    cursor.pos += number[0].length;
    return Number(number[0]);
  }
  for (const [word, value] of [
    ['true', true],
    ['false', false],
    ['null', null],
  ] as const) {
    if (cursor.startsWith(word) && !/[A-Za-z0-9_]/.test(cursor.peek(word.length))) {
      cursor.pos += word.length;
      return value;
    }
  }
  // AWS accepts bare words as strings (`[?(@.Name==Receipt)]` runs in deployed samples), as
  // Jayway's ValueNode does for unquoted text.
  const word = /^[^\s()[\]{}&|,!=<>'"@$]+/.exec(cursor.text.slice(cursor.pos));
  if (word) {
    cursor.pos += word[0].length;
    return word[0];
  }
  throw cursor.error(`expected a value in the filter${cursor.foundText()}`);
}

function readArrayLiteral(cursor: Cursor): unknown[] {
  cursor.expect('[');
  const items: unknown[] = [];
  cursor.skipSpaces();
  if (cursor.eat(']')) return items;
  for (;;) {
    items.push(readLiteral(cursor));
    cursor.skipSpaces();
    if (cursor.eat(']')) return items;
    cursor.expect(',', "',' or ']'");
  }
}

function readObjectLiteral(cursor: Cursor): Record<string, unknown> {
  cursor.expect('{');
  const out: Record<string, unknown> = {};
  cursor.skipSpaces();
  if (cursor.eat('}')) return out;
  for (;;) {
    cursor.skipSpaces();
    const quote = cursor.peek();
    if (quote !== '"' && quote !== "'")
      throw cursor.error(`expected a quoted key${cursor.foundText()}`);
    const key = cursor.readQuoted();
    cursor.skipSpaces();
    cursor.expect(':');
    out[key] = readLiteral(cursor);
    cursor.skipSpaces();
    if (cursor.eat('}')) return out;
    cursor.expect(',', "',' or '}'");
  }
}

function readRegex(cursor: Cursor): RegExp {
  const start = cursor.pos;
  cursor.pos++;
  let source = '';
  while (!cursor.done && cursor.peek() !== '/') {
    if (cursor.peek() === '\\' && cursor.peek(1) !== '') {
      source += cursor.peek() + cursor.peek(1);
      cursor.pos += 2;
    } else {
      source += cursor.peek();
      cursor.pos++;
    }
  }
  if (!cursor.eat('/')) throw cursor.error('unterminated regular expression', start);
  const flags = /^[imsu]*/.exec(cursor.text.slice(cursor.pos))?.[0] ?? '';
  cursor.pos += flags.length;
  try {
    // Java's Matcher.matches() (what Jayway calls) must match the whole string.
    return new RegExp(`^(?:${source})$`, flags);
  } catch (error) {
    throw cursor.error(`invalid regular expression: ${(error as Error).message}`, start);
  }
}
