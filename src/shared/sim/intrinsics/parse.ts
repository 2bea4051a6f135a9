import { JsonPathSyntaxError } from '../jsonpath/errors';
import { parseJsonPath } from '../jsonpath/parse';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { INTRINSIC_FUNCTIONS } from './functions';

/** An intrinsic call that cannot be parsed; `position` is the 0-based offset of the problem. */
export class IntrinsicSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly text: string,
    readonly position: number,
  ) {
    super(`Invalid intrinsic function call '${text}' at character ${position}: ${reason}`);
    this.name = 'IntrinsicSyntaxError';
  }
}

const CACHE_LIMIT = 2000;
const cache = new Map<string, IntrinsicCall>();

/**
 * Parses an intrinsic function call (`States.Format('a {}', States.ArrayLength($.x))`): nested
 * calls, quoted strings with `\'` escapes, numbers, booleans, null and JSONPath arguments. Checks
 * the function name and argument count; throws IntrinsicSyntaxError with the position.
 */
export function parseIntrinsic(text: string): IntrinsicCall {
  const cached = cache.get(text);
  if (cached) return cached;
  const parser = new Parser(text);
  parser.skipSpaces();
  const call = parser.call();
  parser.skipSpaces();
  if (parser.pos < text.length)
    throw parser.error(`unexpected '${text[parser.pos]}' after the call`);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, call);
  return call;
}

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  error(reason: string, position = this.pos): IntrinsicSyntaxError {
    return new IntrinsicSyntaxError(reason, this.text, position);
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  call(): IntrinsicCall {
    const position = this.pos;
    const name = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(
      this.text.slice(this.pos),
    )?.[0];
    if (!name) throw this.error(`expected an intrinsic function such as States.Format(...)`);
    const arity = INTRINSIC_FUNCTIONS[name];
    if (!arity) throw this.error(`unknown intrinsic function '${name}'`);
    this.pos += name.length;
    this.skipSpaces();
    if (this.text[this.pos] !== '(') throw this.error(`expected '(' after ${name}`);
    this.pos++;
    const args: IntrinsicArg[] = [];
    this.skipSpaces();
    if (this.text[this.pos] === ')') this.pos++;
    else {
      for (;;) {
        args.push(this.argument());
        this.skipSpaces();
        const ch = this.text[this.pos];
        if (ch === ')') {
          this.pos++;
          break;
        }
        if (ch !== ',')
          throw this.error(
            ch === undefined
              ? `missing ')' to close ${name}(`
              : `expected ',' or ')' but found '${ch}'`,
          );
        this.pos++;
      }
    }
    if (args.length < arity.minArgs || args.length > arity.maxArgs) {
      throw this.error(
        `${name} takes ${describeArity(arity.minArgs, arity.maxArgs)} but was given ${args.length}`,
        position,
      );
    }
    return { kind: 'call', name, args, position };
  }

  argument(): IntrinsicArg {
    this.skipSpaces();
    const position = this.pos;
    const ch = this.text[this.pos];
    if (ch === undefined) throw this.error('expected an argument but the text ended');
    if (ch === "'") return this.string();
    if (ch === '$') return { kind: 'path', path: this.path(), position };
    const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'literal', value: Number(number[0]), text: number[0], position };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (
        this.text.startsWith(word, this.pos) &&
        !/[A-Za-z0-9_.(]/.test(this.text[this.pos + word.length] ?? '')
      ) {
        this.pos += word.length;
        return { kind: 'literal', value, text: word, position };
      }
    }
    if (/[A-Za-z_]/.test(ch)) return this.call();
    throw this.error(`unexpected '${ch}' where an argument was expected`);
  }

  // Escapes: a backslash makes the next character literal (`\'`, `\\`, `\{`, `\}`); `raw` keeps
  // them so States.Format can tell an escaped brace from a placeholder.
  string(): IntrinsicArg {
    const position = this.pos;
    this.pos++;
    let value = '';
    const rawStart = this.pos;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === "'") {
        const raw = this.text.slice(rawStart, this.pos);
        this.pos++;
        return { kind: 'literal', value, raw, position };
      }
      if (ch === '\\' && this.pos + 1 < this.text.length) {
        const escaped = this.text[this.pos + 1];
        // AWS accepts only these escapes and rejects others ('\\n'…) when the machine is created.
        if (!"'{}\\".includes(escaped)) {
          throw this.error(`invalid escape '\\${escaped}' in a string (use \\' \\{ \\} or \\\\)`);
        }
        value += escaped;
        this.pos += 2;
        continue;
      }
      value += ch;
      this.pos++;
    }
    throw this.error('unterminated string', position);
  }

  // A path argument runs to the next ',' or ')' outside brackets, parentheses and quotes.
  path() {
    const start = this.pos;
    let depth = 0;
    let quote: string | null = null;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (quote) {
        if (ch === '\\') this.pos++;
        else if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if (ch === ',' && depth === 0) break;
      this.pos++;
    }
    const text = this.text.slice(start, this.pos).trimEnd();
    try {
      return parseJsonPath(text);
    } catch (error) {
      if (error instanceof JsonPathSyntaxError)
        throw this.error(error.reason, start + error.position);
      throw error;
    }
  }
}

function describeArity(min: number, max: number): string {
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  if (max === Infinity) return `at least ${plural(min)}`;
  if (min === max) return `exactly ${plural(min)}`;
  return `${min} to ${plural(max)}`;
}
