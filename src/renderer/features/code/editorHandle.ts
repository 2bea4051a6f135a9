import type { editor } from 'monaco-editor/editor/editor.api';

let current: editor.IStandaloneCodeEditor | undefined;

/** Remembers the live editor so other views (problems, go-to) can move its cursor. */
export function setCodeEditor(ed: editor.IStandaloneCodeEditor | undefined): void {
  current = ed;
}

/** Puts the cursor at a 1-based line and column and shows it. */
export function revealInCode(line: number, column: number): void {
  if (!current) return;
  current.setPosition({ lineNumber: line, column });
  current.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column });
  current.focus();
}
