import {
  newStateTemplate,
  readScope,
  statePointer,
  uniqueStateName,
  type EditableDocument,
  type EditCommand,
  type Via,
} from '../../../shared/asl/edit';
import { runCommands } from './editClient';
import { childPointer, getAtPointer } from '../../../shared/asl/pointer';
import type { JsonObject, QueryLanguage, StateType } from '../../../shared/asl/types';
import { useDocument } from '../../store/documentStore';
import type { DropTarget } from '../../../shared/graph/dropTarget';

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

/**
 * Runs edit commands (in the edit worker) and commits the result as one canvas change (one undo
 * step). Should the text change while they run (a keystroke), they run again on the new text.
 * Resolves false, with a notice, when they cannot apply.
 */
async function commit(
  commands: EditCommand[],
  selection?: string[] | ((copies: string[]) => string[]),
): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = editable();
    if (!start) return false;
    const revision = useDocument.getState().revision;
    const outcome = await runCommands(start, commands);
    const s = useDocument.getState();
    if (s.revision !== revision) continue;
    if (!outcome.ok) {
      s.notify('error', outcome.failure.message);
      return false;
    }
    const { text, edits, copies } = outcome.result;
    s.setText(
      text,
      'canvas',
      edits,
      typeof selection === 'function' ? selection(copies) : selection,
    );
    return true;
  }
  useDocument.getState().notify('error', 'The document kept changing: the edit was not made.');
  return false;
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

/** Adds a state of `type` where it was dropped; resolves with its pointer when it worked. */
export async function dropNewState(
  type: StateType,
  target: DropTarget,
): Promise<string | undefined> {
  const value = useDocument.getState().goodValue;
  const name = uniqueStateName(value, type);
  const template = newStateTemplate(type, queryLanguage());
  const placed = placeState(target, name, template, value);
  if (!placed) return undefined;
  return (await commit([placed.command], [placed.pointer])) ? placed.pointer : undefined;
}

function placeState(
  target: DropTarget,
  name: string,
  template: JsonObject,
  value: unknown,
): { command: EditCommand; pointer: string } | undefined {
  const pointer = statePointer(target.scope, name);
  switch (target.kind) {
    case 'edge':
      return {
        command: {
          kind: 'insertAfter',
          scope: target.scope,
          from: target.from,
          name,
          state: template,
          via: target.via,
        },
        pointer,
      };
    case 'start':
      return {
        command: { kind: 'insertAtStart', scope: target.scope, name, state: template },
        pointer,
      };
    case 'choice-default':
      return {
        command: {
          kind: 'insertAfter',
          scope: target.scope,
          from: target.name,
          name,
          state: template,
          via: 'Default',
        },
        pointer,
      };
    case 'choice': {
      const choice = getAtPointer(value, statePointer(target.scope, target.name)) as
        Obj | undefined;
      const rules = Array.isArray(choice?.Choices) ? (choice.Choices as Obj[]) : [];
      const open = rules.findIndex((r) => typeof r?.Next !== 'string');
      if (open >= 0)
        return {
          command: {
            kind: 'insertAfter',
            scope: target.scope,
            from: target.name,
            name,
            state: template,
            via: { choice: open },
          },
          pointer,
        };
      return {
        command: {
          kind: 'addChoiceRule',
          scope: target.scope,
          choice: target.name,
          name,
          state: template,
          index: rules.length,
          rule: newChoiceRule(name),
        },
        pointer,
      };
    }
    case 'parallel': {
      const owner = statePointer(target.scope, target.name);
      const branches = getAtPointer(value, owner + '/Branches');
      const index = Array.isArray(branches) ? branches.length : 0;
      const scope = childPointer(owner, 'Branches', index);
      return {
        command: { kind: 'addBranch', owner, index, name, state: template },
        pointer: statePointer(scope, name),
      };
    }
    case 'scope': {
      const end = soleEnd(value, target.scope);
      if (end)
        return {
          command: {
            kind: 'insertAfter',
            scope: target.scope,
            from: end,
            name,
            state: template,
            via: 'Next',
          },
          pointer,
        };
      const view = readScopeSafe(value, target.scope);
      if (view && Object.keys(view.states).length === 0)
        return {
          command: { kind: 'insertAtStart', scope: target.scope, name, state: template },
          pointer,
        };
      return { command: { kind: 'addState', scope: target.scope, name, state: template }, pointer };
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
export function moveExisting(
  scope: string,
  name: string,
  target: DropTarget,
): Promise<boolean> | false {
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
    [{ kind: 'move', scope, name, toScope: to.scope, after: to.after, via: to.via }],
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
export function deleteStates(pointers: readonly string[]): Promise<boolean> {
  const sorted = [...pointers].sort((a, b) => b.length - a.length);
  const top = sorted.filter((p) => !sorted.some((q) => q !== p && p.startsWith(q + '/')));
  return commit(
    top.map((p): EditCommand => ({ kind: 'delete', ...splitStatePointer(p) })),
    [],
  );
}

/** Duplicates states; the copies become the selection. */
export function duplicateStates(pointers: readonly string[]): Promise<boolean> {
  return commit(
    pointers.map((p): EditCommand => ({ kind: 'duplicate', ...splitStatePointer(p) })),
    (copies) => copies,
  );
}

/** Renames a state in place; every reference follows. */
export function renameFromCanvas(
  scope: string,
  oldName: string,
  newName: string,
): Promise<boolean> {
  return commit(
    [{ kind: 'rename', scope, from: oldName, to: newName }],
    [statePointer(scope, newName)],
  );
}

/** Connects two states from a handle drag: Next, or for a Choice its open rule, else its Default. */
export function connectStates(scope: string, from: string, to: string): Promise<boolean> {
  const value = useDocument.getState().goodValue;
  const state = getAtPointer(value, statePointer(scope, from)) as Obj | undefined;
  let via: Via = 'Next';
  if (state?.Type === 'Choice') {
    const rules = Array.isArray(state.Choices) ? (state.Choices as Obj[]) : [];
    const open = rules.findIndex((r) => typeof r?.Next !== 'string');
    via = open >= 0 ? { choice: open } : 'Default';
  }
  return commit([{ kind: 'connect', scope, from, via, to }], [statePointer(scope, from)]);
}
