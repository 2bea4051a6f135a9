import jsonata from 'jsonata';
import { StatesError } from '../errors';
import { registerAwsFunctions, type JsonataRuntime } from './aws-functions';

/** What `$states` holds while an expression runs. */
export interface StatesBinding {
  input: unknown;
  context: unknown;
  result?: unknown;
  errorOutput?: unknown;
}

/** A JSONata expression compiled once; evaluation needs the state's data and variables. */
export interface CompiledJsonata {
  /** The text inside `{% %}`, trimmed, as AWS quotes it in errors. */
  readonly text: string;
  /** The field it sits in (`Output/result`), as AWS names it in errors. */
  readonly field: string;
  /** Evaluates it; undefined results are an error (AWS: "returned nothing (undefined)"). */
  evaluate(states: StatesBinding, variables: Record<string, unknown>): Promise<unknown>;
}

let currentRuntime: JsonataRuntime = { random: Math.random };

/** Sets the random source the AWS functions use for the evaluations that follow. */
export function setJsonataRuntime(runtime: JsonataRuntime): void {
  currentRuntime = runtime;
}

/**
 * Compiles a `{% ... %}` string for the given field. A syntax error does not throw here: it
 * becomes a States.QueryEvaluationError when the state runs, so one bad field does not stop the
 * rest of the definition from loading.
 */
export function compileJsonata(source: string, field: string): CompiledJsonata {
  const text = source.slice(2, -2).trim();
  let expression: jsonata.Expression | undefined;
  let syntaxError: string | undefined;
  try {
    expression = jsonata(text);
    registerAwsFunctions(expression, () => currentRuntime);
  } catch (error) {
    syntaxError = describe(error);
  }
  const fail = (how: string): StatesError =>
    new StatesError(
      'States.QueryEvaluationError',
      `The JSONata expression '${text}' specified for the field '${field}' ${how}`,
    );
  return {
    text,
    field,
    async evaluate(states, variables) {
      if (!expression) throw fail(`threw an error during evaluation. ${syntaxError}`);
      let value: unknown;
      try {
        value = await expression.evaluate(states.input, { ...variables, states });
      } catch (error) {
        throw fail(`threw an error during evaluation. ${describe(error)}`);
      }
      if (value === undefined) throw fail('returned nothing (undefined).');
      return toPlainJson(value);
    },
  };
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return e.code ? `${e.code}: ${e.message}` : String(e.message ?? error);
}

/**
 * JSONata hands back sequences (arrays with extra flags) and may embed functions or undefined;
 * AWS serialises the result as JSON, so do the same, but only walk when something needs fixing.
 */
export function toPlainJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function') return undefined;
    if (typeof value === 'number' && !Number.isFinite(value)) return null;
    return value;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = toPlainJson(value[i]);
      out[i] = v === undefined ? null : v;
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = toPlainJson((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}
