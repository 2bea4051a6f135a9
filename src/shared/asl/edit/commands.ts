import type { JsonObject } from '../types';
import { EditError, type EditErrorCode } from './editError';
import { editDocument } from './primitives';
import {
  addState,
  connect,
  deleteState,
  duplicateState,
  insertStateAfter,
  insertStateAtStart,
  linkedState,
  moveState,
  renameState,
  statePointer,
  uniquifyNested,
  type Via,
} from './states';
import type { EditableDocument, TextEdit } from './textEdit';

/**
 * An edit operation as plain data, so it can be sent to a worker: the canvas describes what the
 * user did, and the (whole-document) work of turning it into text runs off the UI thread.
 */
export type EditCommand =
  | { kind: 'insertAfter'; scope: string; from: string; name: string; state: JsonObject; via: Via }
  | { kind: 'insertAtStart'; scope: string; name: string; state: JsonObject }
  | { kind: 'addState'; scope: string; name: string; state: JsonObject }
  /** A new state reached by a new last rule of a Choice. */
  | {
      kind: 'addChoiceRule';
      scope: string;
      choice: string;
      name: string;
      state: JsonObject;
      index: number;
      rule: JsonObject;
    }
  /** A new branch of a Parallel holding one new state. */
  | { kind: 'addBranch'; owner: string; index: number; name: string; state: JsonObject }
  | { kind: 'move'; scope: string; name: string; toScope: string; after?: string; via?: Via }
  | { kind: 'delete'; scope: string; name: string }
  | { kind: 'duplicate'; scope: string; name: string }
  | { kind: 'rename'; scope: string; from: string; to: string }
  | { kind: 'connect'; scope: string; from: string; via: Via; to: string };

/** What running commands gave: the new text, and the pointers of states they created by copying. */
export interface CommandsResult {
  text: string;
  /** Minimal edits against the text before, when a single command ran (else the caller diffs). */
  edits?: TextEdit[];
  /** Pointers of the copies made by `duplicate` commands, in order. */
  copies: string[];
}

/** Runs commands one after another on a document; throws the first EditError, changing nothing. */
export function runEditCommands(
  doc: EditableDocument,
  commands: readonly EditCommand[],
): CommandsResult {
  let current = doc;
  let edits: TextEdit[] | undefined;
  const copies: string[] = [];
  for (const command of commands) {
    const result = runOne(current, command, copies);
    current = { text: result.text, format: doc.format };
    edits = result.edits;
  }
  return { text: current.text, edits: commands.length === 1 ? edits : undefined, copies };
}

function runOne(
  d: EditableDocument,
  c: EditCommand,
  copies: string[],
): { text: string; edits: TextEdit[] } {
  switch (c.kind) {
    case 'insertAfter':
      return insertStateAfter(d, c.scope, c.from, c.name, c.state, c.via);
    case 'insertAtStart':
      return insertStateAtStart(d, c.scope, c.name, c.state);
    case 'addState':
      return addState(d, c.scope, c.name, c.state);
    case 'addChoiceRule':
      return editDocument(d, (s) => {
        s.set(
          statePointer(c.scope, c.name),
          uniquifyNested(s.value(), linkedState(c.state, null), new Set([c.name])),
        );
        s.insert(statePointer(c.scope, c.choice) + '/Choices', c.index, c.rule);
      });
    case 'addBranch':
      return editDocument(d, (s) => {
        const state = uniquifyNested(s.value(), linkedState(c.state, null), new Set([c.name]));
        s.insert(c.owner + '/Branches', c.index, { StartAt: c.name, States: { [c.name]: state } });
      });
    case 'move':
      return moveState(
        d,
        c.scope,
        c.name,
        c.toScope,
        c.after !== undefined ? { after: c.after, via: c.via } : {},
      );
    case 'delete':
      return deleteState(d, c.scope, c.name);
    case 'duplicate': {
      const r = duplicateState(d, c.scope, c.name);
      copies.push(statePointer(c.scope, r.name));
      return r;
    }
    case 'rename':
      return renameState(d, c.scope, c.from, c.to);
    case 'connect':
      return connect(d, c.scope, c.from, c.via, c.to);
  }
}

/** An EditError as plain data (what a worker can send back). */
export interface EditFailure {
  code: EditErrorCode | 'INTERNAL';
  message: string;
}

/** The plain-data form of anything runEditCommands threw. */
export function editFailure(e: unknown): EditFailure {
  return e instanceof EditError
    ? { code: e.code, message: e.message }
    : { code: 'INTERNAL', message: `Edit failed: ${String(e)}` };
}
