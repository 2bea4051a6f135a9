import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useDocument, type DocumentState } from './documentStore';

/**
 * Reads the document store like `useDocument(selector)`, but re-renders in a transition: React
 * renders the change in slices, yielding to the browser between them, instead of in one task.
 * For the canvas, whose redraw of a 500-state machine after an edit takes tens of ms: a store
 * read through `useDocument` (useSyncExternalStore) is always rendered at once, in one task.
 * `selector` and `urgent` must be stable (defined outside the component).
 */
export function useDocumentTransition<T>(
  selector: (s: DocumentState) => T,
  urgent?: (s: DocumentState) => boolean,
): T {
  const [value, setValue] = useState(() => selector(useDocument.getState()));
  useEffect(() => {
    // Every store change calls each reader; most leave its slice as it was, and a transition
    // scheduled for nothing still costs React a pass (12 ms over six keystrokes at 500 states).
    let requested: { value: T } | undefined;
    const follow = (s: DocumentState): void => {
      const next = selector(s);
      if (requested && Object.is(requested.value, next)) return;
      requested = { value: next };
      // An urgent change (what the person is typing) renders at once, as useDocument would.
      if (urgent?.(s)) flushSync(() => setValue(() => next));
      else startTransition(() => setValue(() => next));
    };
    // The store may have moved on between this component's render and its effect.
    follow(useDocument.getState());
    return useDocument.subscribe(follow);
  }, [selector, urgent]);
  return value;
}
