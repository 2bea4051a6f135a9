/// <reference lib="webworker" />
import {
  editFailure,
  runEditCommands,
  type CommandsResult,
  type EditCommand,
  type EditFailure,
} from '../../../shared/asl/edit';
import type { EditableDocument } from '../../../shared/asl/edit';

/** A request to run canvas commands on one version of the text. */
export interface EditRequest {
  id: number;
  doc: EditableDocument;
  commands: EditCommand[];
}

/** The answer: the result, or why the commands could not apply. */
export type EditReply = { id: number } & (
  { ok: true; result: CommandsResult } | { ok: false; failure: EditFailure }
);

// An edit re-reads the whole document (tens of milliseconds for hundreds of states): off the UI
// thread, so the key or drop that asked for it returns at once.
self.onmessage = (event: MessageEvent<EditRequest>) => {
  const { id, doc, commands } = event.data;
  let reply: EditReply;
  try {
    reply = { id, ok: true, result: runEditCommands(doc, commands) };
  } catch (e) {
    reply = { id, ok: false, failure: editFailure(e) };
  }
  self.postMessage(reply);
};
