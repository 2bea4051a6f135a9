import type { FormattingOptions } from 'jsonc-parser';

/**
 * The formatting a JSON text already uses (tabs or spaces, indent size, line ending), so inserted
 * text looks like its neighbours. Undefined for a one-line document: insertions stay compact.
 */
export function detectJsonFormatting(text: string): FormattingOptions | undefined {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || firstBreak >= text.trimEnd().length) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let insertSpaces = true;
  let tabSize = 2;
  let smallest = Infinity;
  for (const match of text.matchAll(/\n([ \t]+)\S/g)) {
    const indent = match[1];
    if (indent[0] === '\t') {
      insertSpaces = false;
      tabSize = 1;
      break;
    }
    smallest = Math.min(smallest, indent.length);
    if (smallest === 1) break;
  }
  if (insertSpaces && Number.isFinite(smallest)) tabSize = smallest;
  return { insertSpaces, tabSize, eol, insertFinalNewline: false, keepLines: false };
}
