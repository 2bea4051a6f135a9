import { JsonSession } from './jsonSession';
import { textEditsBetween } from './lineDiff';
import type { EditSession } from './session';
import type { EditableDocument, EditResult } from './textEdit';
import { YamlSession } from './yamlSession';

/** Opens an edit session on a document (throws EditError when its text has a syntax error). */
export function openSession(doc: EditableDocument): EditSession {
  return doc.format === 'yaml' ? new YamlSession(doc.text) : new JsonSession(doc.text);
}

/** Runs changes in one session and returns the result; nothing applies if any change throws. */
export function editDocument(
  doc: EditableDocument,
  change: (session: EditSession) => void,
): EditResult {
  const session = openSession(doc);
  change(session);
  return session.result();
}

/** Sets the value at a JSON pointer, creating missing parents (new keys go at the end of their object). */
export function setValue(doc: EditableDocument, pointer: string, value: unknown): EditResult {
  return editDocument(doc, (s) => s.set(pointer, value));
}

/** Removes the member or array item at a JSON pointer. */
export function removeValue(doc: EditableDocument, pointer: string): EditResult {
  return editDocument(doc, (s) => s.remove(pointer));
}

/** Inserts a value into the array at a pointer before `index` (index = length appends). */
export function insertArrayItem(
  doc: EditableDocument,
  pointer: string,
  index: number,
  value: unknown,
): EditResult {
  return editDocument(doc, (s) => s.insert(pointer, index, value));
}

/** Renames the object member at a pointer, keeping its position among its siblings. */
export function renameKey(doc: EditableDocument, pointer: string, newKey: string): EditResult {
  return editDocument(doc, (s) => s.renameKey(pointer, newKey));
}

/**
 * Runs several operations one after another as one change (one undo step), e.g. a quick fix that
 * adds a handler state and then a Catch to it. The edits are relative to the starting text.
 */
export function chainEdits(
  doc: EditableDocument,
  ...steps: Array<(doc: EditableDocument) => EditResult>
): EditResult {
  let current = doc;
  let value: unknown;
  for (const step of steps) {
    const r = step(current);
    current = { text: r.text, format: doc.format };
    value = r.value;
  }
  if (steps.length === 0) value = openSession(doc).value();
  return { text: current.text, edits: textEditsBetween(doc.text, current.text), value };
}
