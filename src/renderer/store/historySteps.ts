import { useDocument } from './documentStore';

/*
 * Chromium draws the frame after a key press in the same task as the key's handlers. An undo run
 * inside the handler therefore adds its work (restoring a large text into Monaco, re-rendering
 * the views) to Monaco's redraw of the changed lines: one task of 60-80 ms at 500 states. Taking
 * the step in a task of its own keeps the two apart, and costs the user under a millisecond.
 */

let scheduled = 0;

function soon(step: () => void): void {
  scheduled++;
  setTimeout(() => {
    scheduled--;
    step();
  }, 0);
}

/** Undoes one step in a task of its own, after the key press or click that asked for it. */
export function undoSoon(): void {
  soon(() => useDocument.getState().undo());
}

/** Redoes one step in a task of its own, after the key press or click that asked for it. */
export function redoSoon(): void {
  soon(() => useDocument.getState().redo());
}

/** How many undo/redo steps were asked for and not taken yet. */
export function historyStepsInFlight(): number {
  return scheduled;
}
