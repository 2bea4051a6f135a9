import { analyze, type Analysis } from './analysis';
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
    const { text, format, revision } = useDocument.getState();
    // JSON is parsed here as well (parseNow): the worker's value would only be cloned back, a
    // task of tens of ms at 500 states (the clone, then sharing it with the value shown).
    const request: AnalysisRequest = { text, format, revision, omitValue: format === 'json' };
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
      const s = useDocument.getState();
      const stale = queued && s.analysis !== undefined;
      const analysis = event.data as Analysis;
      // The answer can overtake this text's own parse (still waiting for its frame).
      if (
        analysis.valueOmitted &&
        s.goodRevision < analysis.revision &&
        s.revision === analysis.revision
      )
        parseNow();
      if (!stale) useDocument.getState().receiveAnalysis(analysis);
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
  // A change's parse (and so the canvas redraw it causes) runs in its own task right after the
  // next frame: the editor draws the change in that frame, the canvas follows in the frame after.
  // Both in one frame made a task of 60-90 ms at 500 states (the editor's render plus the
  // canvas's); apart, neither is a long task, at the cost of one frame of canvas latency. Keys
  // typed faster than frames are parsed once.
  let frame: number | undefined;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const parseInFrame = (): void => {
    if (frame !== undefined || afterFrame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      afterFrame = setTimeout(() => {
        afterFrame = undefined;
        parseNow();
      }, 0);
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
    if (afterFrame !== undefined) clearTimeout(afterFrame);
    if (timer) clearTimeout(timer);
    worker?.terminate();
  };
}
