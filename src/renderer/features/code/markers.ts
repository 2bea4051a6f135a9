import type { editor } from 'monaco-editor/editor/editor.api';
import { MarkerSeverity } from 'monaco-editor/editor/editor.api';
import type { Diagnostic } from '../../../shared/validate/diagnostic';
import type { StateLocation } from '../../store/stateIndex';

/** Turns diagnostics into editor markers; findings without a position sit on their state's key. */
export function toMarkers(
  model: editor.ITextModel,
  diagnostics: readonly Diagnostic[],
  states: readonly StateLocation[],
): editor.IMarkerData[] {
  return diagnostics.map((d) => {
    let startLineNumber = d.line;
    let startColumn = d.column;
    let endLineNumber = d.endLine;
    let endColumn = d.endColumn;
    if (startLineNumber === undefined && d.stateName) {
      const s = states.find((st) => st.name === d.stateName);
      if (s) {
        const p = model.getPositionAt(s.start);
        startLineNumber = p.lineNumber;
        startColumn = p.column;
      }
    }
    startLineNumber ??= 1;
    startColumn ??= 1;
    // A finding about a whole state or the whole document is marked on its first line only:
    // squiggles over fifty lines hide the text rather than point at the problem.
    const lastColumn = model.getLineMaxColumn(Math.min(startLineNumber, model.getLineCount()));
    if (
      endLineNumber === undefined ||
      endColumn === undefined ||
      endLineNumber !== startLineNumber ||
      endColumn <= startColumn
    ) {
      endLineNumber = startLineNumber;
      endColumn = Math.max(startColumn + 1, lastColumn);
    }
    return {
      severity:
        d.severity === 'ERROR'
          ? MarkerSeverity.Error
          : d.severity === 'WARNING'
            ? MarkerSeverity.Warning
            : MarkerSeverity.Info,
      message: d.message,
      code: d.code,
      source: d.source,
      startLineNumber,
      startColumn,
      endLineNumber,
      endColumn,
    };
  });
}
