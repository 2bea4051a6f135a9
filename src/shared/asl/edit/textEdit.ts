import type { TextFormat } from '../parse';

/** A definition as the editor holds it: its exact text and the format it is written in. */
export interface EditableDocument {
  text: string;
  format: TextFormat;
}

/** One replacement in a text: `length` characters at `offset` become `newText`. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/** What every edit operation returns: the new text, the minimal edits that turn the old text into it, and its value. */
export interface EditResult {
  text: string;
  /** Non-overlapping, sorted by offset, relative to the text before the operation. */
  edits: TextEdit[];
  value: unknown;
}

/** Applies non-overlapping edits (in any order) to a text. Throws when two edits overlap. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.offset < cursor)
      throw new RangeError(`Overlapping text edits at offset ${edit.offset}`);
    if (edit.offset + edit.length > text.length)
      throw new RangeError(`Text edit beyond the end at offset ${edit.offset}`);
    out += text.slice(cursor, edit.offset) + edit.newText;
    cursor = edit.offset + edit.length;
  }
  return out + text.slice(cursor);
}
