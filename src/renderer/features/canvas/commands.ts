import {
  connect,
  deleteState,
  duplicateState,
  EditError,
  editDocument,
  insertStateAfter,
  insertStateAtStart,
  addState,
  linkedState,
  moveState,
  newStateTemplate,
  renameState,
  statePointer,
  uniqueStateName,
  uniquifyNested,
  readScope,
  type EditableDocument,
  type EditResult,
  type Via,
} from '../../../shared/asl/edit';
import { childPointer, getAtPointer } from '../../../shared/asl/pointer';
import type { JsonObject, QueryLanguage, StateType } from '../../../shared/asl/types';
import { useDocument } from '../../store/documentStore';
import type { DropTarget } from './dropTarget';

type Obj = Record<string, unknown>;

/** The document as edit operations take it, or undefined (with a notice) when its text is broken. */
function editable(): EditableDocument | undefined {
  const s = useDocument.getState();
  if (s.analysis && s.analysis.revision === s.revision && s.analysis.value === undefined) {
    const first = s.diagnostics.find((d) => d.severity === 'ERROR');
    s.notify(
      'error',
      `Fix the syntax error${first?.line ? ` at line ${first.line}` : ''} in the code to edit on the canvas.`,
    );
    return undefined;
  }
  return { text: s.text, format: s.format };
}

/** Runs edit operations in sequence and commits the result as one canvas change (one undo step). */
function commit(ops: ((doc: EditableDocument) => EditResult)[], selection?: string[]): boolean {
  const start = editable();
  if (!start) return false;
  let doc = start;
  let last: EditResult | undefined;
  try {
    for (const op of ops) {
      last = op(doc);
      doc = { text: last.text, format: doc.format };
    }
  } catch (e) {
    const s = useDocument.getState();
    s.notify('error', e instanceof EditError ? e.message : `Edit failed: ${String(e)}`);
    return false;
  }
  if (!last) return false;
  useDocument
    .getState()
    .setText(last.text, 'canvas', ops.length === 1 ? last.edits : undefined, selection);
  return true;
}

function queryLanguage(): QueryLanguage {
  const v = useDocument.getState().goodValue as Obj | undefined;
  return v?.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
}

/** A rule for a new Choice branch, in the machine's query language. */
function newChoiceRule(next: string): JsonObject {
  return queryLanguage() === 'JSONata'
    ? { Condition: '{% $states.input.value = 1 %}', Next: next }
    : { Variable: '$.value', StringEquals: 'value', Next: next };
}

/** Adds a state of `type` where it was dropped; returns its pointer when it worked. */
export function dropNewState(type: StateType, target: DropTarget): string | undefined {
  const value = useDocument.getState().goodValue;
  const name = uniqueStateName(value, type);
  const template = newStateTemplate(type, queryLanguage());
  const placed = placeState(target, name, template, value);
  if (!placed) return undefined;
  return commit([placed.op], [placed.pointer]) ? placed.pointer : undefined;
}

function placeState(
  target: DropTarget,
  name: string,
  template: JsonObject,
  value: unknown,
): { op: (doc: EditableDocument) => EditResult; pointer: string } | undefined {
  const pointer = statePointer(target.scope, name);
  switch (target.kind) {
    case 'edge':
      return {
        op: (d) => insertStateAfter(d, target.scope, target.from, name, template, target.via),
        pointer,
      };
    case 'start':
      return { op: (d) => insertStateAtStart(d, target.scope, name, template), pointer };
    case 'choice-default':
      return {
        op: (d) => insertStateAfter(d, target.scope, target.name, name, template, 'Default'),
        pointer,
      };
    case 'choice': {
      const choice = getAtPointer(value, statePointer(target.scope, target.name)) as
        Obj | undefined;
      const rules = Array.isArray(choice?.Choices) ? (choice.Choices as Obj[]) : [];
      const open = rules.findIndex((r) => typeof r?.Next !== 'string');
      if (open >= 0)
        return {
          op: (d) =>
            insertStateAfter(d, target.scope, target.name, name, template, { choice: open }),
          pointer,
        };
      return {
        op: (d) =>
          editDocument(d, (s) => {
            s.set(
              statePointer(target.scope, name),
              uniquifyNested(s.value(), linkedState(template, null), new Set([name])),
            );
            s.insert(
              statePointer(target.scope, target.name) + '/Choices',
              rules.length,
              newChoiceRule(name),
            );
          }),
        pointer,
      };
    }
    case 'parallel': {
      const owner = statePointer(target.scope, target.name);
      const branches = getAtPointer(value, owner + '/Branches');
      const index = Array.isArray(branches) ? branches.length : 0;
      const scope = childPointer(owner, 'Branches', index);
      return {
        op: (d) =>
          editDocument(d, (s) => {
            const state = uniquifyNested(s.value(), linkedState(template, null), new Set([name]));
            s.insert(owner + '/Branches', index, { StartAt: name, States: { [name]: state } });
          }),
        pointer: statePointer(scope, name),
      };
    }
    case 'scope': {
      const end = soleEnd(value, target.scope);
      if (end)
        return {
          op: (d) => insertStateAfter(d, target.scope, end, name, template, 'Next'),
          pointer,
        };
      const view = readScopeSafe(value, target.scope);
      if (view && Object.keys(view.states).length === 0)
        return { op: (d) => insertStateAtStart(d, target.scope, name, template), pointer };
      return { op: (d) => addState(d, target.scope, name, template), pointer };
    }
  }
}

function readScopeSafe(value: unknown, scope: string) {
  try {
    return readScope(value, scope);
  } catch {
    return undefined;
  }
}

/** The one state of a scope that ends the flow with End: true (dropping below the flow appends there). */
function soleEnd(value: unknown, scope: string): string | undefined {
  const view = readScopeSafe(value, scope);
  if (!view) return undefined;
  const ends = Object.entries(view.states).filter(([, s]) => (s as Obj)?.End === true);
  return ends.length === 1 ? ends[0][0] : undefined;
}

/** Moves an existing state to where it was dropped. */
export function moveExisting(scope: string, name: string, target: DropTarget): boolean {
  let to: { scope: string; after?: string; via?: Via };
  switch (target.kind) {
    case 'edge':
      if (target.scope === scope && target.from === name) return false;
      to = { scope: target.scope, after: target.from, via: target.via };
      break;
    case 'start':
      to = { scope: target.scope };
      break;
    case 'choice-default':
      to = { scope: target.scope, after: target.name, via: 'Default' };
      break;
    case 'choice': {
      const value = useDocument.getState().goodValue;
      const choice = getAtPointer(value, statePointer(target.scope, target.name)) as
        Obj | undefined;
      const rules = Array.isArray(choice?.Choices) ? (choice.Choices as Obj[]) : [];
      const open = rules.findIndex((r) => typeof r?.Next !== 'string');
      if (open < 0) {
        useDocument
          .getState()
          .notify(
            'error',
            `Every rule of "${target.name}" has a target: drop on one of its edges instead.`,
          );
        return false;
      }
      to = { scope: target.scope, after: target.name, via: { choice: open } };
      break;
    }
    case 'parallel':
      useDocument.getState().notify('error', 'Drop inside a branch to move a state into it.');
      return false;
    case 'scope': {
      const end = soleEnd(useDocument.getState().goodValue, target.scope);
      if (end === name) return false;
      to = end ? { scope: target.scope, after: end, via: 'Next' } : { scope: target.scope };
      break;
    }
  }
  return commit(
    [
      (d) =>
        moveState(
          d,
          scope,
          name,
          to.scope,
          to.after !== undefined ? { after: to.after, via: to.via } : {},
        ),
    ],
    [statePointer(to.scope, name)],
  );
}

/** A selected state's scope and name, from its pointer. */
export function splitStatePointer(pointer: string): { scope: string; name: string } {
  const i = pointer.lastIndexOf('/States/');
  const raw = pointer.slice(i + '/States/'.length);
  return { scope: pointer.slice(0, i), name: raw.replace(/~1/g, '/').replace(/~0/g, '~') };
}

/** Deletes states (each reconnecting its neighbours), deepest first so nested pointers stay valid. */
export function deleteStates(pointers: readonly string[]): boolean {
  const sorted = [...pointers].sort((a, b) => b.length - a.length);
  const top = sorted.filter((p) => !sorted.some((q) => q !== p && p.startsWith(q + '/')));
  return commit(
    top.map((p) => {
      const { scope, name } = splitStatePointer(p);
      return (d: EditableDocument) => deleteState(d, scope, name);
    }),
    [],
  );
}

/** Duplicates states; the copies become the selection. */
export function duplicateStates(pointers: readonly string[]): boolean {
  const copies: string[] = [];
  return commit(
    pointers.map((p) => {
      const { scope, name } = splitStatePointer(p);
      return (d: EditableDocument) => {
        const r = duplicateState(d, scope, name);
        copies.push(statePointer(scope, r.name));
        return r;
      };
    }),
    copies,
  );
}

/** Renames a state in place; every reference follows. */
export function renameFromCanvas(scope: string, oldName: string, newName: string): boolean {
  return commit([(d) => renameState(d, scope, oldName, newName)], [statePointer(scope, newName)]);
}

/** Connects two states from a handle drag: Next, or for a Choice its open rule, else its Default. */
export function connectStates(scope: string, from: string, to: string): boolean {
  const value = useDocument.getState().goodValue;
  const state = getAtPointer(value, statePointer(scope, from)) as Obj | undefined;
  let via: Via = 'Next';
  if (state?.Type === 'Choice') {
    const rules = Array.isArray(state.Choices) ? (state.Choices as Obj[]) : [];
    const open = rules.findIndex((r) => typeof r?.Next !== 'string');
    via = open >= 0 ? { choice: open } : 'Default';
  }
  return commit([(d) => connect(d, scope, from, via, to)], [statePointer(scope, from)]);
}
