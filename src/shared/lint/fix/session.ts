import type { ParsedDocument } from '../../asl/parse';
import { EditError } from '../../asl/edit/editError';
import { editDocument } from '../../asl/edit/primitives';
import type { EditSession } from '../../asl/edit/session';
import type { TextEdit } from '../types';

/**
 * Runs edit primitives against a parsed document and returns their minimal text edits; [] when
 * the document changed so the fix no longer applies (an EditError), so a stale fix is a no-op.
 */
export function sessionEdits(
  doc: ParsedDocument,
  change: (session: EditSession) => void,
): TextEdit[] {
  try {
    return editDocument({ text: doc.text, format: doc.format }, change).edits;
  } catch (error) {
    if (error instanceof EditError) return [];
    throw error;
  }
}
