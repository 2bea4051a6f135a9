import { analyze } from './analysis';
import type { AnalysisRequest } from './analysis.worker';
import { CHECKERS } from './checkers';
import { useDocument } from './documentStore';
import AnalysisWorker from './analysis.worker?worker';

/** How long typing must pause before the text is re-analysed. */
const TYPING_DEBOUNCE_MS = 25;

/**
 * Keeps the store's analysis up to date with its text: every change is analysed in a worker
 * (debounced while typing); only the newest answer is kept. Returns a function that stops it.
 */
export function startAnalysis(): () => void {
  let worker: Worker | undefined;
  try {
    worker = new AnalysisWorker();
    worker.onmessage = (event) => useDocument.getState().receiveAnalysis(event.data);
  } catch {
    worker = undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    timer = undefined;
    const { text, format, revision } = useDocument.getState();
    const request: AnalysisRequest = { text, format, revision };
    if (worker) worker.postMessage(request);
    else useDocument.getState().receiveAnalysis(analyze(text, format, revision, CHECKERS));
  };
  run();
  const unsubscribe = useDocument.subscribe((state, prev) => {
    if (state.revision === prev.revision && state.format === prev.format) return;
    if (timer) clearTimeout(timer);
    if (state.lastChange.origin === 'code') timer = setTimeout(run, TYPING_DEBOUNCE_MS);
    else run();
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    worker?.terminate();
  };
}
