import { parseDocument, type TextFormat } from '../../asl/parse';
import { applyTextEdits, type TextEdit } from '../../asl/edit/textEdit';
import { lintDefinition, type LintOptions } from '../engine';

/** Why a chosen quick fix did not apply (the finding was fixed or changed meanwhile). */
export const QUICK_FIX_GONE = 'That finding is gone or has nothing left to fix.';

/** Which quick fix to apply: the finding's rule and location, and the fix's title. */
export interface QuickFixRequest {
  code: string;
  location: string;
  title: string;
}

/**
 * Applies one quick fix chosen in the designer. The finding is looked up again in `text` (the
 * views may hold findings of an older version): undefined when it, or that fix, is no longer
 * there or has nothing left to change.
 */
export function applyQuickFix(
  text: string,
  format: TextFormat,
  request: QuickFixRequest,
  options: LintOptions = {},
): { text: string; edits: TextEdit[] } | undefined {
  const doc = parseDocument(text, format);
  if (doc.errors.length > 0) return undefined;
  const finding = lintDefinition(doc.value, options).find(
    (f) => f.code === request.code && f.location === request.location,
  );
  const fix = finding?.fixes.find((x) => x.title === request.title);
  if (!fix) return undefined;
  const edits = fix.edits(doc);
  if (edits.length === 0) return undefined;
  return { text: applyTextEdits(text, edits), edits };
}
