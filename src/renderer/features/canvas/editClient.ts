import {
  EditError,
  editFailure,
  runEditCommands,
  type CommandsResult,
  type EditCommand,
  type EditFailure,
  type EditableDocument,
} from '../../../shared/asl/edit';
import { applyQuickFix, QUICK_FIX_GONE, type QuickFixRequest } from '../../../shared/lint/fix/one';
import type { EditReply, EditRequest } from './edit.worker';
import EditWorker from './edit.worker?worker';

type Outcome = { ok: true; result: CommandsResult } | { ok: false; failure: EditFailure };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (outcome: Outcome) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new EditWorker();
    worker.onmessage = (event: MessageEvent<EditReply>) => {
      const done = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      done?.(event.data);
    };
  } catch {
    // No workers (a test environment): the commands run on this thread instead.
    worker = null;
  }
  return worker;
}

/**
 * Starts the edit worker ahead of the first edit (loading and compiling it takes hundreds of
 * milliseconds, which the first Delete or drop would otherwise wait for).
 */
export function warmEditWorker(): void {
  const start = () => void getWorker();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 0);
}

/** How many edit requests are waiting for the worker (tests wait for none before reading the text). */
export function editsInFlight(): number {
  return waiting.size;
}

/** Runs edit commands on a document in the edit worker (or here, when there is none). */
export function runCommands(doc: EditableDocument, commands: EditCommand[]): Promise<Outcome> {
  return send({ id: 0, doc, commands }, () => runEditCommands(doc, commands));
}

/** Applies one lint quick fix in the edit worker (or here, when there is none). */
export function runQuickFix(doc: EditableDocument, fix: QuickFixRequest): Promise<Outcome> {
  return send({ id: 0, doc, fix }, () => {
    const fixed = applyQuickFix(doc.text, doc.format, fix);
    if (!fixed) throw new EditError('PATH_NOT_FOUND', QUICK_FIX_GONE);
    return { text: fixed.text, edits: fixed.edits, copies: [] };
  });
}

function send(request: EditRequest, here: () => CommandsResult): Promise<Outcome> {
  const w = getWorker();
  if (!w) {
    try {
      return Promise.resolve({ ok: true, result: here() });
    } catch (e) {
      return Promise.resolve({ ok: false, failure: editFailure(e) });
    }
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ ...request, id });
  });
}
