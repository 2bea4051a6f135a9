import { JsonPathSyntaxError } from './errors';

/** A read position in a path's text, with the helpers both the path and the filter parser need. */
export class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  /** True at the end of the text. */
  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** The character at the read position (plus `offset`), or '' past the end. */
  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }

  /** True when `token` comes next. */
  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }

  /** Consumes `token` when it comes next. */
  eat(token: string): boolean {
    if (!this.startsWith(token)) return false;
    this.pos += token.length;
    return true;
  }

  /** Consumes `token` or throws a syntax error saying what was expected. */
  expect(token: string, what = `'${token}'`): void {
    if (!this.eat(token)) throw this.error(`expected ${what}${this.foundText()}`);
  }

  /** Skips whitespace. */
  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text.charAt(this.pos))) this.pos++;
  }

  /** Describes what stands at the read position, for error messages. */
  foundText(): string {
    return this.done ? ' but the path ended' : ` but found '${this.peek()}'`;
  }

  /** A syntax error at the read position (or at `position`). */
  error(reason: string, position = this.pos): JsonPathSyntaxError {
    return new JsonPathSyntaxError(reason, this.text, position);
  }

  /** Reads a quoted string (the quote is the current character); `\\'` stands for the quote. */
  readQuoted(): string {
    const quote = this.peek();
    const start = this.pos;
    this.pos++;
    let out = '';
    while (!this.done) {
      const ch = this.peek();
      if (ch === quote) {
        this.pos++;
        return out;
      }
      // Only an escaped delimiter is unescaped: AWS resolves $['a\"b'] to the key a\"b (recorded).
      if (ch === '\\' && this.peek(1) === quote) {
        out += quote;
        this.pos += 2;
        continue;
      }
      out += ch;
      this.pos++;
    }
    throw this.error(`unterminated string`, start);
  }

  /** Reads an optionally signed integer, or returns null when none comes next. */
  readInteger(): number | null {
    const match = /^-?\d+/.exec(this.text.slice(this.pos));
    if (!match) return null;
    this.pos += match[0].length;
    return Number(match[0]);
  }
}
