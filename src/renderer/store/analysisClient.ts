import { analyze } from './analysis';
import type { AnalysisRequest } from './analysis.worker';
import { CHECKERS } from './checkers';
import { useDocument } from './documentStore';
import AnalysisWorker from './analysis.worker?worker';

/**
 * How long typing must pause before the text is validated and linted again. The canvas does not
 * wait for it; a check per keystroke of a large machine would only take a core from the typing.
 */
const TYPING_DEBOUNCE_MS = 150;
/** The pause never grows past this, so findings still follow within about a second. */
const MAX_TYPING_DEBOUNCE_MS = 600;

/**
 * The pause to wait for while typing: longer for a machine whose last check took long, so a large
 * definition is not re-checked between every two keys (its check takes the core the typing needs).
 */
export function typingDebounce(lastElapsedMs: number | undefined): number {
  return Math.min(MAX_TYPING_DEBOUNCE_MS, Math.max(TYPING_DEBOUNCE_MS, 2 * (lastElapsedMs ?? 0)));
}

/** JSON.parse on the UI thread, when it gives a definition-shaped value (else undefined). */
function quickParse(text: string): unknown {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the store's analysis up to date with its text. JSON text is parsed at once on the UI
 * thread (JSON.parse takes ~2 ms for 1,000 states, less than cloning the value back from a
 * worker), so the canvas follows each keystroke; validation and linting (hundreds of ms for
 * large machines) run in a worker, one request at a time, always on the newest text.
 * Returns a function that stops it.
 */
export function startAnalysis(): () => void {
  let worker: Worker | undefined;
  let busy = false;
  let queued = false;
  const send = (): void => {
    const { text, format, revision, goodRevision } = useDocument.getState();
    const request: AnalysisRequest = {
      text,
      format,
      revision,
      omitValue: goodRevision === revision,
    };
    if (!worker) {
      useDocument.getState().receiveAnalysis(analyze(text, format, revision, CHECKERS));
      return;
    }
    busy = true;
    worker.postMessage(request);
  };
  try {
    worker = new AnalysisWorker();
    worker.onmessage = (event) => {
      busy = false;
      // While typing goes on, an answer for text already replaced is dropped unless the views
      // have none at all: applying it (markers, problems, counts) would only delay the next key.
      const stale = queued && useDocument.getState().analysis !== undefined;
      if (!stale) useDocument.getState().receiveAnalysis(event.data);
      if (queued) {
        queued = false;
        send();
      }
    };
  } catch {
    worker = undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The quick part: the canvas gets the new value as soon as the text parses. */
  const parseNow = (): void => {
    const s = useDocument.getState();
    if (s.format !== 'json') return;
    const value = quickParse(s.text);
    if (value !== undefined) s.receiveValue(s.revision, value);
  };
  /** The slow part: validation and linting in the worker, on the newest text. */
  const run = (): void => {
    timer = undefined;
    if (busy) queued = true;
    else send();
  };
  parseNow();
  run();
  // A change's parse (and so the canvas redraw it causes) runs at the start of the next frame,
  // beside the editor's own rendering of it: both views change in the same frame, the task that
  // made the change (a keystroke, an edit from the canvas) stays short, and keys typed faster
  // than frames are parsed once.
  let frame: number | undefined;
  const parseInFrame = (): void => {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      parseNow();
    });
  };
  const unsubscribe = useDocument.subscribe((state, prev) => {
    if (state.revision === prev.revision && state.format === prev.format) return;
    if (state.lastChange.origin === 'file') parseNow();
    else parseInFrame();
    if (timer) clearTimeout(timer);
    if (state.lastChange.origin === 'code')
      timer = setTimeout(run, typingDebounce(state.analysis?.elapsed));
    else run();
  });
  return () => {
    unsubscribe();
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
    worker?.terminate();
  };
}
