import type { editor } from 'monaco-editor';

/**
 * Past this many lines (about 350 states as JSON.stringify writes them) the code editor drops
 * folding, indent guides, the marks in the scrollbar (the overview ruler) and matching-bracket
 * highlights. Each redoes work over the whole document or every visible line at each edit: the
 * folding regions are recomputed and re-decorated (thousands of them); every line shifted by an
 * edit redraws a guide per indent level; the ruler walks every decoration of the document, a
 * marker per finding (two thousand at 500 states), at each render; bracket matching keeps a tree
 * of every bracket in the document up to date at each keystroke (15 ms to build on the first
 * click, 3-5 ms per key after). At 500 states they doubled the main-thread tasks over 50 ms after
 * a canvas edit. VS Code makes the same trade for large files; the canvas, "go to state", sticky
 * scroll and the Problems panel still find the way around.
 */
export const LARGE_DOCUMENT_LINES = 5000;

/** Whether a document of `lineCount` lines gets the lighter editor. */
export function isLargeDocument(lineCount: number): boolean {
  return lineCount > LARGE_DOCUMENT_LINES;
}

/** The editor options that differ between a normal and a large document. */
export function documentSizeOptions(large: boolean): editor.IEditorOptions {
  return {
    folding: !large,
    guides: { indentation: !large },
    overviewRulerLanes: large ? 0 : 3,
    matchBrackets: large ? 'never' : 'always',
  };
}
