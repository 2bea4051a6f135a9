import type { editor } from 'monaco-editor';

/**
 * Past this many lines (about 350 states as JSON.stringify writes them) the code editor drops
 * folding and indent guides. Both redo work over the whole document or every visible line at
 * each edit: the folding regions are recomputed and re-decorated (thousands of them), and every
 * line shifted by an edit redraws a guide per indent level. At 500 states they doubled the main-
 * thread tasks over 50 ms after a canvas edit. VS Code makes the same trade for large files; the
 * canvas, "go to state" and sticky scroll still find the way around.
 */
export const LARGE_DOCUMENT_LINES = 5000;

/** Whether a document of `lineCount` lines gets the lighter editor. */
export function isLargeDocument(lineCount: number): boolean {
  return lineCount > LARGE_DOCUMENT_LINES;
}

/** The editor options that differ between a normal and a large document. */
export function documentSizeOptions(large: boolean): editor.IEditorOptions {
  return { folding: !large, guides: { indentation: !large } };
}
