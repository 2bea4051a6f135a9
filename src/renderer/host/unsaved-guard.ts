import type { Host } from '../../shared/host';

/** The parts of `window` the guard needs (passed in so it is testable without a DOM). */
export interface UnloadScope {
  addEventListener(type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void;
}

/**
 * The browser's counterpart of the desktop app's "unsaved changes" prompt on close: wraps a
 * host so that, while the UI reports unsaved work through appSetDocumentState, closing or
 * reloading the tab asks first. (A backup exists either way; this is the courtesy of asking.)
 */
export function guardUnsavedWork(host: Host, scope: UnloadScope): Host {
  let dirty = false;
  scope.addEventListener('beforeunload', (event) => {
    if (!dirty) return;
    event.preventDefault();
    // Older Chromium versions only prompt when returnValue is set.
    event.returnValue = '';
  });
  return {
    ...host,
    appSetDocumentState: (payload) => {
      dirty = payload.dirty;
      return host.appSetDocumentState(payload);
    },
  };
}
