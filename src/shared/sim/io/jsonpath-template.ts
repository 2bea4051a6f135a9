import { contextObject, type StateRun } from '../engine/core';
import { toStatesError } from '../engine/state-errors';
import { compilePayloadTemplate, type PayloadTemplateFn } from './payload-template';

/** A JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign) ready to run. */
export type TemplateFn = (input: unknown, run: StateRun) => unknown;

/**
 * Compiles a payload template once. The context object is only built for templates that read
 * `$$`, so plain templates cost no allocation beyond their own result. A template that does not
 * compile (a `.$` value that is no path) fails the state when it runs, not the whole definition.
 */
export function compileJsonPathTemplate(template: unknown, _field: string): TemplateFn {
  let evaluate: PayloadTemplateFn;
  try {
    evaluate = compilePayloadTemplate(template);
  } catch (error) {
    const failure = toStatesError(error);
    return () => {
      throw failure;
    };
  }
  const readsContext = JSON.stringify(template).includes('$$');
  if (!readsContext)
    return (input, run) => evaluate(input, undefined, run.lane.vars, run.core.random);
  return (input, run) => evaluate(input, contextObject(run), run.lane.vars, run.core.random);
}
