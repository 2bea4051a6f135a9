import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { integerField, plainStringField } from './fields';
import { MachineGraph } from './graph';
import { processorConfigField } from './map-fields';
import { checkFields, fieldTable, requireField, type FieldTable } from './object-fields';
import { hasPlaceholder, isPlaceholder } from './placeholders';
import { checkState } from './state';
import { queryLanguageField } from './state-fields';
import { has, isObject, typeName } from './values';

/** Where a machine sits: the whole definition, a Parallel branch, or a Map's processor. */
export type MachineKind = 'top' | 'branch' | 'processor';

/**
 * How deep Parallel and Map may nest. AWS does not document its limit; this one is far beyond any
 * real workflow and keeps the walk's recursion bounded.
 */
export const MAX_NESTING = 40;

/** AWS's limit on state names. */
export const MAX_STATE_NAME_LENGTH = 80;

const anyField = { language: 'both', check: () => undefined } as const;
const MACHINE_FIELDS: Record<MachineKind, FieldTable> = {
  top: fieldTable({
    Comment: { language: 'both', check: plainStringField },
    StartAt: anyField,
    States: anyField,
    Version: { language: 'both', check: plainStringField },
    TimeoutSeconds: { language: 'both', check: integerField(1, 99999999) },
    QueryLanguage: { language: 'both', check: queryLanguageField },
  }),
  branch: fieldTable({
    Comment: { language: 'both', check: plainStringField },
    StartAt: anyField,
    States: anyField,
  }),
  processor: fieldTable({
    Comment: { language: 'both', check: plainStringField },
    StartAt: anyField,
    States: anyField,
    ProcessorConfig: { language: 'both', check: processorConfigField },
  }),
};

/** Checks a state machine (or a nested one) and, through its states, everything inside it. */
export function checkMachine(
  machine: unknown,
  pointer: string,
  kind: MachineKind,
  depth: number,
  ctx: ValidationContext,
  owner?: string,
): void {
  const scope: StateScope = { stateName: owner ?? '', pointer, language: ctx.machineLanguage };
  const stateName = owner;
  if (!isObject(machine)) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `A state machine must be an object, not ${typeName(machine)}`,
      pointer,
      stateName,
    );
    return;
  }
  if (depth > MAX_NESTING) {
    ctx.report(
      CODES.TOO_DEEPLY_NESTED,
      `States are nested more than ${MAX_NESTING} levels deep`,
      pointer,
      stateName,
    );
    return;
  }
  checkFields(
    machine,
    pointer,
    MACHINE_FIELDS[kind],
    { ...scope, stateName: stateName as string },
    ctx,
  );
  // A branch or processor has no QueryLanguage of its own (checkFields refuses it): its states
  // inherit the top level's, whatever the enclosing Parallel or Map says.
  const startPointer = at(pointer, 'StartAt');
  const statesPointer = at(pointer, 'States');
  const graph = new MachineGraph(ctx, pointer, statesPointer, owner);
  if (requireField(machine, 'StartAt', pointer, scope, ctx)) {
    const start = machine.StartAt;
    if (isPlaceholder(start) || (typeof start === 'string' && hasPlaceholder(start)))
      graph.open = true;
    else if (typeof start === 'string') graph.startAt = start;
    else
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Field 'StartAt' must be a string, not ${typeName(start)}`,
        startPointer,
        stateName,
      );
  }
  if (requireField(machine, 'States', pointer, scope, ctx)) {
    const states = machine.States;
    if (!isObject(states))
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Field 'States' must be an object, not ${typeName(states)}`,
        statesPointer,
        stateName,
      );
    else {
      // One listing of the names (as for-in with an own-property test would give them): on a large,
      // dictionary-mode object each listing sorts every key.
      const names = Object.keys(states);
      graph.setNames(names);
      for (let k = 0; k < names.length; k++) {
        const name = names[k];
        const statePointer = at(statesPointer, name);
        checkName(name, statePointer, graph.addState(name, statePointer), ctx);
        if (hasPlaceholder(name)) graph.open = true;
        checkState(states[name], name, statePointer, ctx, graph);
        checkNested(states[name] as Record<string, unknown>, name, statePointer, depth, ctx);
      }
      if (graph.count === 0)
        ctx.report(
          CODES.SCHEMA_VALIDATION_FAILED,
          `Field 'States' must contain at least one state`,
          statesPointer,
          stateName,
        );
    }
  }
  if (
    graph.startAt !== undefined &&
    isObject(machine.States) &&
    !has(machine.States, graph.startAt)
  )
    ctx.report(
      CODES.MISSING_TRANSITION_TARGET,
      `Missing 'Next' target: ${graph.startAt}`,
      startPointer,
      stateName,
    );
  graph.check(ctx);
}

/**
 * Names: at most 80 characters, no control characters, unique across the whole machine (`first`
 * is where the name was defined before, if it was).
 */
function checkName(
  name: string,
  pointer: string,
  first: string | undefined,
  ctx: ValidationContext,
): void {
  if (name.length === 0)
    ctx.report(
      CODES.INVALID_STATE_NAME,
      'Invalid State name: a state name cannot be empty',
      pointer,
      name,
    );
  // A name of at most 80 UTF-16 units has at most 80 characters: count them only when longer.
  else if (name.length > MAX_STATE_NAME_LENGTH && [...name].length > MAX_STATE_NAME_LENGTH)
    ctx.report(
      CODES.INVALID_STATE_NAME,
      `Invalid State name: State '${name}' exceeds the ${MAX_STATE_NAME_LENGTH}-character limit allowed by the service`,
      pointer,
      name,
    );
  else if (hasControlCharacter(name))
    ctx.report(
      CODES.INVALID_STATE_NAME,
      `Invalid State name: State names cannot contain control characters`,
      pointer,
      name,
    );
  if (first !== undefined)
    ctx.report(
      CODES.DUPLICATE_STATE_NAME,
      `Duplicate State name: '${name}' is also defined at ${first}`,
      pointer,
      name,
    );
}

/** True when a name holds a C0 or C1 control character (U+0000–U+001F, U+007F–U+009F). */
function hasControlCharacter(name: string): boolean {
  // A loop over the code units: a regex test per state name cost more than the rest of the check.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Parallel branches and Map processors are machines of their own. */
function checkNested(
  state: Record<string, unknown>,
  name: string,
  pointer: string,
  depth: number,
  ctx: ValidationContext,
): void {
  if (!isObject(state)) return;
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    const branches = at(pointer, 'Branches');
    state.Branches.forEach((branch, i) =>
      checkMachine(branch, at(branches, i), 'branch', depth + 1, ctx, name),
    );
  } else if (state.Type === 'Map') {
    for (const key of ['ItemProcessor', 'Iterator'])
      if (has(state, key))
        checkMachine(state[key], at(pointer, key), 'processor', depth + 1, ctx, name);
  }
}
