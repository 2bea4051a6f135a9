import type { JsonObject } from '../../asl/types';
import { contextObject, type StateRun } from '../engine/core';
import { compileJsonataTemplate, type CompiledJsonataTemplate } from '../jsonata/template';
import type { StatesBinding } from '../jsonata/expression';
import { compileJsonPathTemplate, type TemplateFn } from './jsonpath-template';
import {
  compileResultPath,
  compileSelectPath,
  type PathSelector,
  type ResultMerger,
} from './jsonpath-io';

/** A value now or later: JSONPath processing is synchronous, JSONata evaluation is not. */
export type Maybe<T> = T | Promise<T>;

/**
 * A state's data flow, compiled once: the input side (InputPath + Parameters, or Arguments) and
 * the output side (ResultSelector, ResultPath, OutputPath, or Output; then Assign).
 */
export interface DataFlow {
  readonly jsonata: boolean;
  /** True when the state names a Parameters/Arguments field. */
  readonly hasParameters: boolean;
  /** The effective input: InputPath then Parameters (JSONPath), or Arguments (JSONata). */
  prepare(run: StateRun, input: unknown): Maybe<unknown>;
  /**
   * The output from the raw input and the result (pass `NO_RESULT` for Choice/Wait/Succeed, whose
   * output derives from the input alone). Assigns the state's variables (recorded in
   * `run.assigned`).
   */
  finish(run: StateRun, input: unknown, effective: unknown, result: unknown): Maybe<unknown>;
}

/** Marks "this state has no result" for `finish`. */
export const NO_RESULT: unique symbol = Symbol('no result');

/** Which output fields a state type has. */
export interface FlowFields {
  InputPath?: string | null;
  OutputPath?: string | null;
  Parameters?: unknown;
  ResultSelector?: unknown;
  ResultPath?: string | null;
  Arguments?: unknown;
  Output?: unknown;
  Assign?: JsonObject;
}

/** Compiles a state's data flow for its query language. `parametersField` names its Parameters. */
export function compileFlow(
  fields: FlowFields,
  jsonata: boolean,
  parametersField = 'Parameters',
): DataFlow {
  // Most states have no data-flow fields at all: they share one flow per language, which keeps a
  // large definition's compiled form small (and in the CPU cache).
  if (isPlain(fields)) {
    return jsonata ? PLAIN_JSONATA : PLAIN_JSONPATH;
  }
  return jsonata ? compileJsonataFlow(fields) : compileJsonPathFlow(fields, parametersField);
}

/** A flow without fields: the input is the effective input, the result (or input) the output. */
const PLAIN_JSONPATH: DataFlow = {
  jsonata: false,
  hasParameters: false,
  prepare: (_run, input) => input,
  finish: (_run, _input, effective, result) => (result === NO_RESULT ? effective : result),
};
const PLAIN_JSONATA: DataFlow = { ...PLAIN_JSONPATH, jsonata: true };

const FLOW_FIELDS = [
  'InputPath',
  'OutputPath',
  'Parameters',
  'ResultSelector',
  'ResultPath',
  'Arguments',
  'Output',
  'Assign',
] as const;

function isPlain(fields: FlowFields): boolean {
  for (const key of FLOW_FIELDS) if (fields[key] !== undefined) return false;
  return true;
}

function compileJsonPathFlow(fields: FlowFields, parametersField: string): DataFlow {
  const inputPath: PathSelector = compileSelectPath(fields.InputPath);
  const parameters: TemplateFn | undefined =
    fields.Parameters !== undefined
      ? compileJsonPathTemplate(fields.Parameters, parametersField)
      : undefined;
  const resultSelector: TemplateFn | undefined =
    fields.ResultSelector !== undefined
      ? compileJsonPathTemplate(fields.ResultSelector, 'ResultSelector')
      : undefined;
  const resultPath: ResultMerger = compileResultPath(fields.ResultPath);
  const outputPath: PathSelector = compileSelectPath(fields.OutputPath);
  const assign: TemplateFn | undefined = fields.Assign
    ? compileJsonPathTemplate(fields.Assign, 'Assign')
    : undefined;
  return {
    jsonata: false,
    hasParameters: parameters !== undefined,
    prepare(run, input) {
      const effective = inputPath(input, run);
      return parameters ? parameters(effective, run) : effective;
    },
    finish(run, input, effective, result) {
      let output: unknown;
      let assignFrom: unknown;
      if (result === NO_RESULT) {
        assignFrom = effective;
        output = outputPath(effective, run);
      } else {
        const selected = resultSelector ? resultSelector(result, run) : result;
        assignFrom = selected;
        output = outputPath(resultPath(input, selected), run);
      }
      if (!assign) return output;
      applyAssignment(run, assign(assignFrom, run) as Record<string, unknown>);
      return output;
    },
  };
}

function compileJsonataFlow(fields: FlowFields): DataFlow {
  const args: CompiledJsonataTemplate | undefined =
    fields.Arguments !== undefined
      ? compileJsonataTemplate(fields.Arguments, 'Arguments')
      : undefined;
  const output: CompiledJsonataTemplate | undefined =
    fields.Output !== undefined ? compileJsonataTemplate(fields.Output, 'Output') : undefined;
  const assign: CompiledJsonataTemplate | undefined = fields.Assign
    ? compileJsonataTemplate(fields.Assign, 'Assign')
    : undefined;
  return {
    jsonata: true,
    hasParameters: args !== undefined,
    prepare(run, input) {
      if (!args) return input;
      if (args.isConstant) return args.constant;
      return args.evaluate(statesBinding(run, input), run.lane.vars);
    },
    finish(run, input, _effective, result) {
      if (!output && !assign) return result === NO_RESULT ? input : result;
      return finishJsonata(run, input, result, output, assign);
    },
  };
}

async function finishJsonata(
  run: StateRun,
  input: unknown,
  result: unknown,
  output: CompiledJsonataTemplate | undefined,
  assign: CompiledJsonataTemplate | undefined,
): Promise<unknown> {
  const states = statesBinding(run, input);
  if (result !== NO_RESULT) states.result = result;
  const vars = run.lane.vars;
  // Assign and Output both read the variables as they were when the state started.
  const assigned = assign
    ? ((await assign.evaluate(states, vars)) as Record<string, unknown>)
    : undefined;
  const out = output ? await output.evaluate(states, vars) : result === NO_RESULT ? input : result;
  if (assigned) applyAssignment(run, assigned);
  return out;
}

/** `$states` for a JSONata evaluation in this state. */
export function statesBinding(run: StateRun, input: unknown): StatesBinding {
  return { input, context: contextObject(run) };
}

/** Writes assigned variables into the state's lane (after its output has been computed). */
export function applyAssignment(run: StateRun, assigned: Record<string, unknown>): void {
  run.assigned = assigned;
  const vars = run.lane.vars;
  for (const key of Object.keys(assigned)) vars[key] = assigned[key];
}
