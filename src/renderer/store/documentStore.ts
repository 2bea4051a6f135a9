import { create } from 'zustand';
import type { TextFormat } from '../../shared/asl/parse';
import type { TextEdit } from '../../shared/asl/edit/textEdit';
import type { Diagnostic } from '../../shared/validate/diagnostic';
import type { FileStamp } from '../../shared/host';
import type { Analysis } from './analysis';
import { emptyHistory, record, undo, redo, type ChangeOrigin, type History } from './history';
import type { StateLocation } from './stateIndex';
import { shareUnchanged } from '../../shared/asl/shareUnchanged';

/** The last change made to the text: who made it and, when known, the exact edits. */
export interface LastChange {
  origin: ChangeOrigin;
  revision: number;
  /** Edits relative to the previous text; views that hold that text apply them as they are. */
  edits?: TextEdit[];
  previousText: string;
}

/** The file the document belongs to (none for a new, unsaved document). */
export interface FileInfo {
  path?: string;
  name: string;
  /** The file's stamp on disk when it was opened or saved, to notice changes made elsewhere. */
  stamp?: FileStamp | null;
}

/** The one open document and everything derived from it. */
export interface DocumentState {
  text: string;
  format: TextFormat;
  file: FileInfo;
  /** The text as it was last saved or opened: the document is dirty when `text` differs. */
  savedText: string;
  revision: number;
  lastChange: LastChange;
  /** The newest analysis that has arrived (may lag `revision` while typing). */
  analysis?: Analysis;
  /** The last definition that parsed: broken text keeps the canvas on this. */
  goodValue: unknown;
  /** The revision `goodValue` was parsed from. */
  goodRevision: number;
  goodStates: StateLocation[];
  diagnostics: Diagnostic[];
  /** Selected states, by JSON pointer. */
  selection: string[];
  selectionOrigin: ChangeOrigin;
  history: History;
  /** A message for the status bar (edit refused, file saved…). */
  notice?: { kind: 'info' | 'error'; text: string; at: number };

  setText(text: string, origin: ChangeOrigin, edits?: TextEdit[], selection?: string[]): void;
  load(text: string, format: TextFormat, file: FileInfo, savedText?: string): void;
  receiveAnalysis(analysis: Analysis): void;
  /** A quickly parsed value for a revision (before its full analysis): the canvas need not wait. */
  receiveValue(revision: number, value: unknown): void;
  select(pointers: string[], origin: ChangeOrigin): void;
  markSaved(text: string, file: FileInfo): void;
  undo(): void;
  redo(): void;
  notify(kind: 'info' | 'error', text: string): void;
}

/** The blank document a new window starts with. */
export const BLANK_DEFINITION = `{
  "Comment": "A new state machine",
  "StartAt": "Start",
  "States": {
    "Start": {
      "Type": "Pass",
      "End": true
    }
  }
}
`;

/** The store every view reads and writes; see DESIGN.md "One document, many views". */
export const useDocument = create<DocumentState>((set, get) => ({
  text: BLANK_DEFINITION,
  format: 'json',
  file: { name: 'untitled.asl.json' },
  savedText: BLANK_DEFINITION,
  revision: 0,
  lastChange: { origin: 'file', revision: 0, previousText: '' },
  goodValue: undefined,
  goodRevision: -1,
  goodStates: [],
  diagnostics: [],
  selection: [],
  selectionOrigin: 'file',
  history: emptyHistory(),

  setText(text, origin, edits, selection) {
    const s = get();
    if (text === s.text) return;
    const history = record(s.history, { text: s.text, selection: s.selection }, origin, Date.now());
    const revision = s.revision + 1;
    set({
      text,
      revision,
      history,
      lastChange: { origin, revision, edits, previousText: s.text },
      ...(selection ? { selection, selectionOrigin: origin } : {}),
    });
  },

  load(text, format, file, savedText = text) {
    const revision = get().revision + 1;
    set({
      text,
      format,
      file,
      savedText,
      revision,
      lastChange: { origin: 'file', revision, previousText: get().text },
      history: emptyHistory(),
      selection: [],
      selectionOrigin: 'file',
      goodValue: undefined,
      goodRevision: -1,
      goodStates: [],
      diagnostics: [],
      analysis: undefined,
    });
  },

  receiveValue(revision, value) {
    const s = get();
    if (revision <= s.goodRevision) return;
    set({ goodValue: shareUnchanged(s.goodValue, value), goodRevision: revision });
  },

  receiveAnalysis(analysis) {
    const s = get();
    if (s.analysis && analysis.revision < s.analysis.revision) return;
    // The worker leaves out a JSON value the main thread parses itself (cloning it costs more).
    // Its revision's own value is normally here already; when not (an answer for text already
    // replaced), the text was usable all the same, so the canvas keeps the value it shows.
    const ownValue = s.goodRevision === analysis.revision;
    if (analysis.value === undefined && analysis.valueOmitted && s.goodValue !== undefined) {
      if (!ownValue) {
        set({ analysis: { ...analysis, value: s.goodValue }, diagnostics: analysis.diagnostics });
        return;
      }
      analysis = { ...analysis, value: s.goodValue };
    }
    // A value cloned from the worker shares the parts that did not change with the one shown.
    if (analysis.value !== undefined && analysis.value !== s.goodValue)
      analysis = { ...analysis, value: shareUnchanged(s.goodValue, analysis.value) };
    const good = analysis.value !== undefined;
    const names = new Set(analysis.states.map((st) => st.pointer));
    set({
      analysis,
      diagnostics: analysis.diagnostics,
      ...(good
        ? {
            ...(analysis.revision > s.goodRevision || s.goodValue !== analysis.value
              ? { goodValue: analysis.value, goodRevision: analysis.revision }
              : {}),
            goodStates: analysis.states,
            selection: s.selection.filter((p) => names.has(p)),
          }
        : {}),
    });
  },

  select(pointers, origin) {
    const s = get();
    if (pointers.length === s.selection.length && pointers.every((p, i) => p === s.selection[i]))
      return;
    set({ selection: pointers, selectionOrigin: origin });
  },

  markSaved(text, file) {
    set({ savedText: text, file });
  },

  undo() {
    const s = get();
    const step = undo(s.history, { text: s.text, selection: s.selection });
    if (!step) return;
    applyStep(set, get, step.entry.text, step.entry.selection, step.history);
  },

  redo() {
    const s = get();
    const step = redo(s.history, { text: s.text, selection: s.selection });
    if (!step) return;
    applyStep(set, get, step.entry.text, step.entry.selection, step.history);
  },

  notify(kind, text) {
    set({ notice: { kind, text, at: Date.now() } });
  },
}));

function applyStep(
  set: (partial: Partial<DocumentState>) => void,
  get: () => DocumentState,
  text: string,
  selection: string[],
  history: History,
): void {
  const s = get();
  const revision = s.revision + 1;
  set({
    text,
    history,
    revision,
    selection,
    selectionOrigin: 'history',
    lastChange: { origin: 'history', revision, previousText: s.text },
  });
}

/** True when the document has changes not yet saved. */
export function isDirty(s: Pick<DocumentState, 'text' | 'savedText'>): boolean {
  return s.text !== s.savedText;
}
