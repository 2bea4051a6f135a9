import type { JsonPathAst, JsonPathFunctionName, JsonPathRoot, JsonPathStep } from './ast';
import { Cursor } from './cursor';
import { JsonPathSyntaxError } from './errors';
import { parseFilter } from './parse-filter';

const FUNCTIONS = new Set<string>([
  'length',
  'size',
  'min',
  'max',
  'avg',
  'sum',
  'stddev',
  'keys',
  'first',
  'last',
]);
// Characters that end a dotted name: at the top level Jayway stops only at structure characters;
// inside a filter the comparison operators and the closing parenthesis end it as well.
const NAME_TOP = /^[^.[\]()\s]+/;
const NAME_IN_FILTER = /^[^.[\]()\s<>=!&|,~]+/;
const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*/u;

const CACHE_LIMIT = 5000;
const cache = new Map<string, JsonPathAst>();

/**
 * Parses a Step Functions JSONPath (`$.a.b`, `$$.Execution.Id`, `$var.x`, `$..b[?(@.c > 1)]`),
 * compiling each distinct text once; throws JsonPathSyntaxError with the character position.
 */
export function parseJsonPath(path: string): JsonPathAst {
  const cached = cache.get(path);
  if (cached) return cached;
  if (typeof path !== 'string')
    throw new JsonPathSyntaxError('a path must be a string', String(path), 0);
  const cursor = new Cursor(path);
  if (cursor.peek() !== '$') throw cursor.error(`a path must start with '$'`);
  cursor.pos++;
  const ast = parseSteps(cursor, readRoot(cursor), false, 0);
  if (!cursor.done) throw cursor.error(`unexpected '${cursor.peek()}'`);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, ast);
  return ast;
}

function readRoot(cursor: Cursor): JsonPathRoot {
  if (cursor.eat('$')) return { kind: 'context' };
  const name = VARIABLE_NAME.exec(cursor.text.slice(cursor.pos));
  if (!name) return { kind: 'input' };
  cursor.pos += name[0].length;
  return { kind: 'variable', name: name[0] };
}

/** Parses steps up to the end of the path (or, inside a filter, up to the first operator). */
function parseSteps(
  cursor: Cursor,
  root: JsonPathRoot,
  inFilter: boolean,
  start: number,
): JsonPathAst {
  const steps: JsonPathStep[] = [];
  while (!cursor.done) {
    const ch = cursor.peek();
    if (steps.length > 0 && steps[steps.length - 1].kind === 'function') {
      if (ch === '.' || ch === '[')
        throw cursor.error('a function must be the last step of a path');
      break;
    }
    if (cursor.startsWith('..')) {
      cursor.pos += 2;
      steps.push({ kind: 'scan' });
      if (cursor.peek() === '[') steps.push(readBracket(cursor));
      else steps.push(readDotted(cursor, inFilter, true));
    } else if (ch === '.') {
      cursor.pos++;
      // Jayway reads `$.['a']` and `$.[0]` as `$['a']` and `$[0]`.
      steps.push(cursor.peek() === '[' ? readBracket(cursor) : readDotted(cursor, inFilter, false));
    } else if (ch === '[') {
      steps.push(readBracket(cursor));
    } else if (inFilter) {
      break;
    } else {
      throw cursor.error(`unexpected '${ch}'`);
    }
  }
  const source = cursor.text.slice(start, cursor.pos);
  return { source, root, steps, definite: isDefiniteSteps(steps) };
}

function readDotted(cursor: Cursor, inFilter: boolean, afterScan: boolean): JsonPathStep {
  if (cursor.eat('*')) return { kind: 'wildcard' };
  const match = (inFilter ? NAME_IN_FILTER : NAME_TOP).exec(cursor.text.slice(cursor.pos));
  if (!match) throw cursor.error(`expected a field name${cursor.foundText()}`);
  const name = match[0];
  cursor.pos += name.length;
  if (cursor.peek() === '(') {
    const at = cursor.pos - name.length;
    if (afterScan || !FUNCTIONS.has(name)) throw cursor.error(`unknown function '${name}()'`, at);
    cursor.pos++;
    cursor.skipSpaces();
    cursor.expect(')', `')' (functions take no arguments)`);
    return { kind: 'function', name: name as JsonPathFunctionName };
  }
  return { kind: 'property', names: [name] };
}

function readBracket(cursor: Cursor): JsonPathStep {
  const open = cursor.pos;
  cursor.pos++;
  cursor.skipSpaces();
  let step: JsonPathStep;
  const ch = cursor.peek();
  if (ch === '*') {
    cursor.pos++;
    step = { kind: 'wildcard' };
  } else if (ch === '?') {
    cursor.pos++;
    cursor.skipSpaces();
    cursor.expect('(', `'(' after '?'`);
    const expr = parseFilter(cursor, (c, relative) => {
      const start = c.pos - 1;
      return parseSteps(c, relative ? { kind: 'input' } : readRoot(c), true, start);
    });
    cursor.expect(')', `')' to close the filter`);
    step = { kind: 'filter', expr };
  } else if (ch === "'" || ch === '"') {
    const names = [cursor.readQuoted()];
    cursor.skipSpaces();
    while (cursor.eat(',')) {
      cursor.skipSpaces();
      const quote = cursor.peek();
      if (quote !== "'" && quote !== '"')
        throw cursor.error(`expected a quoted name${cursor.foundText()}`);
      names.push(cursor.readQuoted());
      cursor.skipSpaces();
    }
    step = { kind: 'property', names };
  } else {
    step = readIndexOrSlice(cursor);
  }
  cursor.skipSpaces();
  if (!cursor.eat(']'))
    throw cursor.error(`expected ']'${cursor.foundText()}`, cursor.done ? open : cursor.pos);
  return step;
}

function readIndexOrSlice(cursor: Cursor): JsonPathStep {
  const first = cursor.readInteger();
  cursor.skipSpaces();
  if (cursor.peek() === ':') {
    cursor.pos++;
    cursor.skipSpaces();
    const end = cursor.readInteger();
    cursor.skipSpaces();
    let step: number | null = null;
    if (cursor.eat(':')) {
      cursor.skipSpaces();
      step = cursor.readInteger();
      if (step === 0) throw cursor.error('a slice step cannot be 0');
    }
    return { kind: 'slice', start: first, end, step };
  }
  if (first === null)
    throw cursor.error(`expected an index, a name, '*' or '?'${cursor.foundText()}`);
  const indexes = [first];
  while (cursor.eat(',')) {
    cursor.skipSpaces();
    const next = cursor.readInteger();
    if (next === null) throw cursor.error(`expected an index${cursor.foundText()}`);
    indexes.push(next);
    cursor.skipSpaces();
  }
  return { kind: 'index', indexes };
}

// Jayway: a path is definite when every step names one node; a multi-name property step is
// definite only last (it merges into one object); a function reduces whatever it gets to one value.
function isDefiniteSteps(steps: readonly JsonPathStep[]): boolean {
  if (steps.length > 0 && steps[steps.length - 1].kind === 'function') return true;
  return steps.every((step, i) => {
    if (step.kind === 'property') return step.names.length === 1 || i === steps.length - 1;
    if (step.kind === 'index') return step.indexes.length === 1;
    return false;
  });
}

/**
 * A reference path (what ResultPath and InputPath-style fields allow): `$` then only single
 * field names and non-negative indexes, so it names exactly one node.
 */
export function isReferencePath(ast: JsonPathAst): boolean {
  return (
    ast.root.kind === 'input' &&
    ast.steps.every(
      (step) =>
        (step.kind === 'property' && step.names.length === 1) ||
        (step.kind === 'index' && step.indexes.length === 1 && step.indexes[0] >= 0),
    )
  );
}

/** True when the path yields one value rather than a list of matches. */
export function isDefinitePath(ast: JsonPathAst): boolean {
  return ast.definite;
}
