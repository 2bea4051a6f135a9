import type { Diagnostic } from '../../../shared/validate/diagnostic';
import { useDocument } from '../../store/documentStore';
import { runQuickFix } from '../canvas/editClient';

/**
 * Applies a lint finding's quick fix (computed in the edit worker against the current text) as
 * one change with its own undo step. Resolves false, with a notice, when it cannot apply.
 */
export async function applyQuickFix(d: Diagnostic, title: string): Promise<boolean> {
  const s = useDocument.getState();
  if (s.analysis && s.analysis.revision === s.revision && s.analysis.value === undefined) {
    s.notify('error', 'Fix the syntax error in the code first.');
    return false;
  }
  const revision = s.revision;
  const outcome = await runQuickFix(
    { text: s.text, format: s.format },
    { code: d.code, location: d.location, title },
  );
  const now = useDocument.getState();
  if (now.revision !== revision) {
    now.notify('error', 'The document changed meanwhile: choose the fix again.');
    return false;
  }
  if (!outcome.ok) {
    now.notify('error', outcome.failure.message);
    return false;
  }
  now.setText(outcome.result.text, 'fix', outcome.result.edits);
  now.notify('info', `Fixed: ${title}`);
  return true;
}
