import { useDocument } from '../store/documentStore';
import { openPath } from '../features/files/fileCommands';
import { editsInFlight } from '../features/canvas/editClient';
import { historyStepsInFlight } from '../store/historySteps';

/** What end-to-end tests and benchmarks read from the page (read-only views, plus Open). */
export interface AutomationHook {
  /** The document's text, exactly. */
  text(): string;
  /**
   * The revision of the text and of the newest analysis (equal when the views have caught up),
   * and how many changes are still on their way: canvas edits in the edit worker, and undo/redo
   * steps asked for but not yet taken.
   */
  revisions(): { text: number; analysis: number; good: number; pendingEdits: number };
  /** Opens a file through the host, as the Recent menu does. */
  open(path: string): Promise<void>;
}

declare global {
  interface Window {
    __ASL_STUDIO__?: AutomationHook;
  }
}

/** Publishes the automation hook on `window`. */
export function installAutomationHook(): void {
  window.__ASL_STUDIO__ = {
    text: () => useDocument.getState().text,
    revisions: () => {
      const s = useDocument.getState();
      return {
        text: s.revision,
        analysis: s.analysis?.revision ?? -1,
        good: s.goodRevision,
        pendingEdits: editsInFlight() + historyStepsInFlight(),
      };
    },
    open: (path) => openPath(path),
  };
}
