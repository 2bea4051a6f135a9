import type { MapState } from '../../asl/types';
import { isJsonataExpression } from '../../asl/types';
import { contextObject, type StateRun } from '../engine/core';
import { StatesError } from '../errors';
import { compileJsonataTemplate } from '../jsonata/template';
import { evaluatePath } from '../jsonpath';
import { statesBinding, type Maybe } from '../io/flow';
import { tryParse } from '../io/jsonpath-io';

/** Where a Map's items come from (ItemsPath / Items), before any ItemReader. */
export type ItemsSource = (run: StateRun, effective: unknown, input: unknown) => Maybe<unknown[]>;

/** Compiles ItemsPath (JSONPath) or Items (JSONata); by default the effective input is the array. */
export function compileItemsSource(def: MapState, jsonata: boolean): ItemsSource {
  if (jsonata && def.Items !== undefined) {
    const template = compileJsonataTemplate(def.Items, 'Items');
    const text = isJsonataExpression(def.Items)
      ? def.Items.slice(2, -2).trim()
      : JSON.stringify(def.Items);
    return async (run, _effective, input) => {
      const value = template.isConstant
        ? template.constant
        : await template.evaluate(statesBinding(run, input), run.lane.vars);
      if (!Array.isArray(value)) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${text}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(value)}' for value: ${JSON.stringify(value)}`,
        );
      }
      return value;
    };
  }
  if (!jsonata && typeof def.ItemsPath === 'string' && def.ItemsPath !== '$') {
    const ast = tryParse(def.ItemsPath);
    const path = def.ItemsPath;
    return (run, effective) => {
      if (ast instanceof StatesError) throw ast;
      const value = evaluatePath(ast, effective, contextObject(run), run.lane.vars);
      if (!Array.isArray(value)) {
        throw new StatesError(
          'States.Runtime',
          `Invalid path '${path}': The ItemsPath must reference a JSON array, but it referenced: ${JSON.stringify(value)}`,
        );
      }
      return value;
    };
  }
  return (_run, effective) => {
    if (!Array.isArray(effective)) {
      throw new StatesError(
        jsonata ? 'States.QueryEvaluationError' : 'States.Runtime',
        `Map state input must be an array but was: ${JSON.stringify(effective)}`,
      );
    }
    return effective;
  };
}

/** The JSON type name AWS uses in messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
