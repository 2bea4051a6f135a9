/**
 * Stands in for Monaco's internal `internal/common/workers.js` (see electron.vite.config.ts).
 *
 * Monaco 0.57's JSON mode imports that module for one function, and the module also imports
 * every editor contribution Monaco has. Loaded lazily with the JSON mode, those contributions
 * register after the editor's services are fixed: the next editor then fails to create some of
 * them ("depends on UNKNOWN service ICodeLensCache") and runs the rest (inlay hints, colour
 * picker, semantic tokens, unicode highlighting...) on every keystroke. This module keeps the
 * function and drops the imports, so the editor has exactly the contributions monacoSetup lists.
 */
import { editor } from 'monaco-editor/editor/editor.api';

/** What Monaco's language modes pass when they start their worker. */
interface LanguageWorkerOptions {
  label?: string;
  moduleId?: string;
  createWorker?: () => Worker;
  createData?: unknown;
  // Monaco's own type for the host object is Record<string, Function>.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  host?: Record<string, Function>;
  keepIdleModels?: boolean;
}

/** Starts a language worker the way Monaco's modes expect: through MonacoEnvironment.getWorker. */
export function createWebWorker<T extends object>(
  opts: LanguageWorkerOptions,
): editor.MonacoWebWorker<T> {
  const label = opts.label ?? 'monaco-editor-worker';
  const made = window.MonacoEnvironment?.getWorker('workerMain.js', label) ?? opts.createWorker?.();
  if (!made) throw new Error(`No worker for Monaco's "${label}" language service`);
  // The first message wakes the worker's bootstrap; the second carries the mode's data.
  made.postMessage('ignore');
  made.postMessage(opts.createData);
  return editor.createWebWorker<T>({
    worker: made,
    host: opts.host,
    keepIdleModels: opts.keepIdleModels,
  });
}
