/**
 * Edit operations: every canvas, inspector and quick-fix change to a definition goes through here
 * and comes back as an EditResult (new text, minimal TextEdits against the old text, new value).
 *
 * - Primitives (`setValue`, `removeValue`, `insertArrayItem`, `renameKey`) and `editDocument`,
 *   which runs several changes on one EditSession; `chainEdits` joins whole operations into one
 *   change (one undo step).
 * - State operations in ./states (insert on an edge, connect, rename with references, delete
 *   with reconnection, duplicate, move between scopes, retriers and catchers, templates).
 * - JSON keeps its formatting (jsonc-parser's modify, formatted like the document; one-line
 *   objects stay on their line); YAML keeps comments and styles (the yaml Document API, with the
 *   user's own lines kept wherever the change did not touch them).
 * - An operation that cannot apply throws an EditError (code, message naming the state, pointer)
 *   and changes nothing.
 */
export * from './textEdit';
export * from './editError';
export * from './lineDiff';
export * from './session';
export * from './primitives';
export * from './states';
export * from './commands';
