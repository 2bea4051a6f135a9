/** Where a change to the document came from, so views do not echo their own edits. */
export type ChangeOrigin = 'code' | 'canvas' | 'inspector' | 'fix' | 'file' | 'history';

/** One entry of the undo history: a whole text state and the selection to restore with it. */
export interface HistoryEntry {
  text: string;
  selection: string[];
}

/** One undo/redo history over text states, shared by every view. */
export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** When the last entry was pushed by typing, so a burst of keystrokes undoes as one step. */
  lastTypingAt: number;
}

/** Typing within this many milliseconds of the previous keystroke joins the same undo step. */
export const TYPING_GROUP_MS = 600;
const LIMIT = 500;

/** An empty history. */
export function emptyHistory(): History {
  return { past: [], future: [], lastTypingAt: 0 };
}

/**
 * Records that the document is about to leave `before`. Code typing in quick succession is
 * grouped into one step; every other origin is its own step.
 */
export function record(
  history: History,
  before: HistoryEntry,
  origin: ChangeOrigin,
  now: number,
): History {
  if (origin === 'history') return history;
  const typing = origin === 'code';
  if (
    typing &&
    history.lastTypingAt &&
    now - history.lastTypingAt < TYPING_GROUP_MS &&
    history.past.length > 0
  ) {
    return { past: history.past, future: [], lastTypingAt: now };
  }
  const past = history.past.length >= LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(before);
  return { past, future: [], lastTypingAt: typing ? now : 0 };
}

/** Steps back: returns the entry to restore and the new history, or undefined at the start. */
export function undo(
  history: History,
  current: HistoryEntry,
): { entry: HistoryEntry; history: History } | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  return {
    entry,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, current],
      lastTypingAt: 0,
    },
  };
}

/** Steps forward again after an undo. */
export function redo(
  history: History,
  current: HistoryEntry,
): { entry: HistoryEntry; history: History } | undefined {
  const entry = history.future[history.future.length - 1];
  if (!entry) return undefined;
  return {
    entry,
    history: {
      past: [...history.past, current],
      future: history.future.slice(0, -1),
      lastTypingAt: 0,
    },
  };
}
