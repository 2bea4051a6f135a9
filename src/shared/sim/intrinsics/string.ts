import { expectArg, intrinsicFailure } from './failure';
import { javaToString } from './java-string';

/**
 * States.Format(template, …values): replaces each unescaped `{}` with the next value. `rawTemplate`
 * is the literal's text with its escapes, so `\{}` stays a literal brace pair.
 */
export function statesFormat(args: unknown[], rawTemplate?: string): string {
  const fn = 'States.Format';
  const template = rawTemplate ?? expectArg<string>(fn, args, 0, 'string');
  const values = args.slice(1);
  let out = '';
  let used = 0;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '\\' && i + 1 < template.length) {
      out += template[++i];
    } else if (ch === '{' && template[i + 1] === '}') {
      if (used >= values.length) throw placeholderMismatch(template, values.length);
      out += javaToString(values[used++]);
      i++;
    } else if (ch === '{' || ch === '}') {
      // AWS rejects a brace that is neither part of `{}` nor escaped ('Hello {', '{{}}', '}').
      throw intrinsicFailure(
        fn,
        `unescaped '${ch}' at character ${i} of the template '${template}' (write \\${ch} for a literal brace)`,
        ch === '{'
          ? "Invalid template in States.Format: matching '}' not found for '{'."
          : undefined,
      );
    } else {
      out += ch;
    }
  }
  if (used !== values.length) throw placeholderMismatch(template, values.length);
  return out;
}

function placeholderMismatch(template: string, given: number) {
  const placeholders = (template.replace(/\\./g, '').match(/\{\}/g) ?? []).length;
  return intrinsicFailure(
    'States.Format',
    `the template '${template}' has ${placeholders} placeholder(s) but ${given} value(s) were given`,
    'Invalid arguments in States.Format: number of arguments do not match the occurrences of {}.',
  );
}

/**
 * States.StringSplit(text, delimiters): splits at every character of `delimiters` and drops the
 * empty pieces (AWS's behaviour: ",,a," gives ["a"]).
 */
export function stringSplit(args: unknown[]): string[] {
  const fn = 'States.StringSplit';
  const text = expectArg<string>(fn, args, 0, 'string');
  const delimiters = expectArg<string>(fn, args, 1, 'string');
  if (delimiters === '') return text === '' ? [] : [text];
  const out: string[] = [];
  let piece = '';
  for (const ch of text) {
    if (delimiters.includes(ch)) {
      if (piece !== '') out.push(piece);
      piece = '';
    } else {
      piece += ch;
    }
  }
  if (piece !== '') out.push(piece);
  return out;
}
