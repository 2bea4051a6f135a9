import type { ParsedDocument } from '../../asl/parse';
import { EditError } from '../../asl/edit/editError';
import { renameState } from '../../asl/edit/states/operations';
import type { TextEdit } from '../types';

/**
 * The minimal edits that rename a state of the machine at `machinePointer` with every reference
 * to it (the edit layer's renameState); [] when the rename no longer applies (a stale fix).
 */
export function renameStateEdits(
  doc: ParsedDocument,
  machinePointer: string,
  oldName: string,
  newName: string,
): TextEdit[] {
  try {
    return renameState({ text: doc.text, format: doc.format }, machinePointer, oldName, newName)
      .edits;
  } catch (error) {
    if (error instanceof EditError) return [];
    throw error;
  }
}
