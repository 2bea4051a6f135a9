/// <reference lib="webworker" />
import {
  EditError,
  editFailure,
  runEditCommands,
  type CommandsResult,
  type EditCommand,
  type EditFailure,
} from '../../../shared/asl/edit';
import type { EditableDocument } from '../../../shared/asl/edit';
import { warmUpEdits } from './editWarmup';
import { applyQuickFix, QUICK_FIX_GONE, type QuickFixRequest } from '../../../shared/lint/fix/one';

function run(request: EditRequest): CommandsResult {
  if ('commands' in request) return runEditCommands(request.doc, request.commands);
  const fixed = applyQuickFix(request.doc.text, request.doc.format, request.fix);
  if (!fixed) throw new EditError('PATH_NOT_FOUND', QUICK_FIX_GONE);
  return { text: fixed.text, edits: fixed.edits, copies: [] };
}

/** A request to run canvas commands, or one lint quick fix, on one version of the text. */
export type EditRequest = { id: number; doc: EditableDocument } & (
  { commands: EditCommand[] } | { fix: QuickFixRequest }
);

/** The answer: the result, or why the commands could not apply. */
export type EditReply = { id: number } & (
  { ok: true; result: CommandsResult } | { ok: false; failure: EditFailure }
);

// An edit re-reads the whole document (tens of milliseconds for hundreds of states): off the UI
// thread, so the key or drop that asked for it returns at once.
// Compiled ahead of the first real edit; a failure here only means a slower first edit.
try {
  warmUpEdits();
} catch {
  // Nothing to report: the user's edits report their own errors.
}

self.onmessage = (event: MessageEvent<EditRequest>) => {
  const request = event.data;
  const { id } = request;
  let reply: EditReply;
  try {
    reply = { id, ok: true, result: run(request) };
  } catch (e) {
    reply = { id, ok: false, failure: editFailure(e) };
  }
  self.postMessage(reply);
};
