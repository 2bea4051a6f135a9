import { STATE_TYPES, type QueryLanguage, type StateType } from '../asl/types';
import { EDGE_DEFAULT, EDGE_NEXT, type MachineGraph } from './graph';
import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { checkFields } from './object-fields';
import { hasPlaceholder, isPlaceholder } from './placeholders';
import { STATE_FIELDS, queryLanguageField } from './state-fields';
import { STATE_RULES } from './state-rules';
import { has, isObject, typeName } from './values';

/**
 * Checks one state's own fields and records its transitions in its machine's graph (where it was
 * just added).
 */
export function checkState(
  state: unknown,
  name: string,
  pointer: string,
  ctx: ValidationContext,
  graph: MachineGraph,
): void {
  const scope: StateScope = { stateName: name, pointer, language: ctx.machineLanguage };
  if (!isObject(state)) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `A state must be an object, not ${typeName(state)}`,
      pointer,
      name,
    );
    // Nothing is known of where it leads: do not let it cause a MISSING_END_STATE as well.
    graph.terminal = true;
    return;
  }
  const type = state.Type;
  if (!has(state, 'Type')) {
    ctx.report(CODES.SCHEMA_VALIDATION_FAILED, `Field 'Type' is required`, pointer, name);
    return untyped(state, graph);
  }
  if (typeof type !== 'string' || !(STATE_TYPES as readonly string[]).includes(type)) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `The field 'Type' should have one of these values: [${STATE_TYPES.join(', ')}]`,
      at(pointer, 'Type'),
      name,
    );
    return untyped(state, graph);
  }
  scope.language = stateLanguage(state, scope, ctx);
  checkFields(state, pointer, STATE_FIELDS[type as StateType], scope, ctx);
  STATE_RULES[type as StateType](state, scope, ctx);
  collectEdges(state, type as StateType, graph);
}

/** A state's own QueryLanguage, which may not fall back to JSONPath inside a JSONata machine. */
function stateLanguage(
  state: Record<string, unknown>,
  scope: StateScope,
  ctx: ValidationContext,
): QueryLanguage {
  if (!has(state, 'QueryLanguage')) return ctx.machineLanguage;
  const value = state.QueryLanguage;
  const ptr = at(scope.pointer, 'QueryLanguage');
  queryLanguageField(value, scope.pointer, scope, ctx, 'QueryLanguage');
  if (value === 'JSONPath' && ctx.machineLanguage === 'JSONata')
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine`,
      ptr,
      scope.stateName,
    );
  // Only the exact string JSONPath means JSONPath (AWS reads any other value as JSONata).
  if (isPlaceholder(value)) return ctx.machineLanguage;
  return value === 'JSONPath' ? 'JSONPath' : 'JSONata';
}

/** A transition to a `${Name}` placeholder may reach any state; the others are recorded. */
function addTransition(graph: MachineGraph, target: unknown, where: number): void {
  if (typeof target !== 'string') return;
  if (isPlaceholder(target) || hasPlaceholder(target)) graph.open = true;
  else graph.addEdge(target, where);
}

function collectEdges(
  state: Record<string, unknown>,
  type: StateType | undefined,
  graph: MachineGraph,
): void {
  addTransition(graph, state.Next, EDGE_NEXT);
  if (state.End === true || isPlaceholder(state.End) || type === 'Succeed' || type === 'Fail')
    graph.terminal = true;
  if (type === 'Choice' || type === undefined) {
    addTransition(graph, state.Default, EDGE_DEFAULT);
    if (Array.isArray(state.Choices))
      for (let i = 0; i < state.Choices.length; i++) {
        const rule: unknown = state.Choices[i];
        if (isObject(rule)) addTransition(graph, rule.Next, 2 * i);
      }
  }
  if (Array.isArray(state.Catch))
    for (let i = 0; i < state.Catch.length; i++) {
      const catcher: unknown = state.Catch[i];
      if (isObject(catcher)) addTransition(graph, catcher.Next, 2 * i + 1);
    }
}

/**
 * A state whose Type is missing or unknown: its transitions still count, and it may well be
 * terminal (a misspelt Succeed), so its one error does not cascade into unreachable states or
 * MISSING_END_STATE.
 */
function untyped(state: Record<string, unknown>, graph: MachineGraph): void {
  collectEdges(state, undefined, graph);
  graph.terminal = true;
}
