import type { DocumentState } from './documentStore';

// Module-level, so their identity is stable: `useDocumentTransition` re-subscribes when it changes.

/** The states of the last text that parsed. */
export const selectGoodStates = (s: DocumentState) => s.goodStates;
/** The value of the last text that parsed. */
export const selectGoodValue = (s: DocumentState) => s.goodValue;
/** Every validation and lint finding of the last analysis. */
export const selectDiagnostics = (s: DocumentState) => s.diagnostics;
/** The pointers of the selected states. */
export const selectSelection = (s: DocumentState) => s.selection;
