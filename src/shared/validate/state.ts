import { STATE_TYPES, type QueryLanguage, type StateType } from '../asl/types';
import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { checkFields } from './object-fields';
import { hasPlaceholder, isPlaceholder } from './placeholders';
import { STATE_FIELDS, queryLanguageField } from './state-fields';
import { STATE_RULES } from './state-rules';
import { has, isObject, typeName } from './values';

/** A transition out of a state: the target's name and where it is written. */
export interface Edge {
  target: string;
  pointer: string;
}

/** What the machine walker needs to know about a checked state. */
export interface StateSummary {
  type: StateType | undefined;
  edges: Edge[];
  /** End: true, Succeed or Fail. */
  terminal: boolean;
  /** A transition whose target is a `${Name}` placeholder: it may reach any state. */
  openEdge: boolean;
  language: QueryLanguage;
}

/** Checks one state's own fields and collects its transitions. */
export function checkState(
  state: unknown,
  name: string,
  pointer: string,
  ctx: ValidationContext,
): StateSummary {
  const summary: StateSummary = {
    type: undefined,
    edges: [],
    terminal: false,
    openEdge: false,
    language: ctx.machineLanguage,
  };
  const scope: StateScope = { stateName: name, pointer, language: ctx.machineLanguage };
  if (!isObject(state)) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `A state must be an object, not ${typeName(state)}`,
      pointer,
      name,
    );
    // Nothing is known of where it leads: do not let it cause a MISSING_END_STATE as well.
    summary.terminal = true;
    return summary;
  }
  const type = state.Type;
  if (!has(state, 'Type')) {
    ctx.report(CODES.SCHEMA_VALIDATION_FAILED, `Field 'Type' is required`, pointer, name);
    return untyped(state, summary, pointer);
  }
  if (typeof type !== 'string' || !(STATE_TYPES as readonly string[]).includes(type)) {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `The field 'Type' should have one of these values: [${STATE_TYPES.join(', ')}]`,
      at(pointer, 'Type'),
      name,
    );
    return untyped(state, summary, pointer);
  }
  summary.type = type as StateType;
  scope.language = summary.language = stateLanguage(state, scope, ctx);
  checkFields(state, pointer, STATE_FIELDS[summary.type], scope, ctx);
  STATE_RULES[summary.type](state, scope, ctx);
  collectEdges(state, summary, pointer);
  return summary;
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
  queryLanguageField(value, ptr, scope, ctx, 'QueryLanguage');
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

function collectEdges(
  state: Record<string, unknown>,
  summary: StateSummary,
  pointer: string,
): void {
  const add = (target: unknown, ptr: string): void => {
    if (typeof target !== 'string') return;
    if (isPlaceholder(target) || hasPlaceholder(target)) summary.openEdge = true;
    else summary.edges.push({ target, pointer: ptr });
  };
  add(state.Next, at(pointer, 'Next'));
  if (
    state.End === true ||
    isPlaceholder(state.End) ||
    summary.type === 'Succeed' ||
    summary.type === 'Fail'
  )
    summary.terminal = true;
  if (summary.type === 'Choice' || summary.type === undefined) {
    add(state.Default, at(pointer, 'Default'));
    if (Array.isArray(state.Choices))
      state.Choices.forEach((rule, i) => {
        if (isObject(rule)) add(rule.Next, at(at(at(pointer, 'Choices'), i), 'Next'));
      });
  }
  if (Array.isArray(state.Catch))
    state.Catch.forEach((catcher, i) => {
      if (isObject(catcher)) add(catcher.Next, at(at(at(pointer, 'Catch'), i), 'Next'));
    });
}

/**
 * A state whose Type is missing or unknown: its transitions still count, and it may well be
 * terminal (a misspelt Succeed), so its one error does not cascade into unreachable states or
 * MISSING_END_STATE.
 */
function untyped(
  state: Record<string, unknown>,
  summary: StateSummary,
  pointer: string,
): StateSummary {
  collectEdges(state, summary, pointer);
  summary.terminal = true;
  return summary;
}
