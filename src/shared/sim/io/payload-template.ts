import { StatesError, isStatesError } from '../errors';
import { PathNotFoundError } from '../jsonpath/errors';
import { evaluatePath } from '../jsonpath/evaluate';
import { parseJsonPath } from '../jsonpath/parse';
import { setOwn } from '../jsonpath/json-object';
import { payloadPathError } from '../jsonpath/causes';
import { evaluateIntrinsic } from '../intrinsics/evaluate';
import { looksLikeIntrinsic } from '../intrinsics/functions';
import { parseIntrinsic } from '../intrinsics/parse';
import { seededRandom, type RandomSource } from '../random/random';

/**
 * A compiled Parameters/ResultSelector/ItemSelector/Assign template: the state input, the context
 * object (for `$$`), the variables (for `$name`) and the random source of States.UUID/MathRandom.
 */
export type PayloadTemplateFn = (
  input: unknown,
  context?: unknown,
  variables?: Readonly<Record<string, unknown>>,
  random?: RandomSource,
) => unknown;

/** Options fixed when a template is compiled. */
export interface PayloadTemplateOptions {
  /** The random source used when a call passes none (default: a fixed-seed generator, so runs repeat). */
  random?: RandomSource;
}

type Node = (
  input: unknown,
  context: unknown,
  variables: Readonly<Record<string, unknown>> | undefined,
  random: RandomSource,
) => unknown;

/**
 * Compiles a payload template once: keys ending in `.$` take a JSONPath (`$.x`, `$$.Execution.Id`,
 * `$var.a`) or an intrinsic call and lose the suffix; other values are copied as they are (shared,
 * since payloads are never mutated); objects and arrays recurse. A `.$` value that is not a valid
 * path or call throws StatesError (States.Runtime) here, naming the field.
 */
export function compilePayloadTemplate(
  template: unknown,
  options: PayloadTemplateOptions = {},
): PayloadTemplateFn {
  const defaultRandom = options.random ?? seededRandom(0);
  const node = compileNode(template);
  return (input, context, variables, random) =>
    node(input, context, variables, random ?? defaultRandom);
}

function compileNode(template: unknown): Node {
  if (!hasDynamicKeys(template)) return () => template;
  if (Array.isArray(template)) {
    const items = template.map(compileNode);
    return (input, context, variables, random) =>
      items.map((item) => item(input, context, variables, random));
  }
  const entries = Object.entries(template as Record<string, unknown>).map(
    ([key, value]): [string, Node] =>
      key.endsWith('.$')
        ? [key.slice(0, -2), compileDynamic(key, value)]
        : [key, compileNode(value)],
  );
  return (input, context, variables, random) => {
    const out: Record<string, unknown> = {};
    for (const [key, evaluate] of entries)
      setOwn(out, key, evaluate(input, context, variables, random));
    return out;
  };
}

function compileDynamic(field: string, value: unknown): Node {
  if (typeof value !== 'string') {
    throw new StatesError(
      'States.Runtime',
      `The value for the field '${field}' must be a STRING that contains a JSONPath or an intrinsic function, but was ${JSON.stringify(value)}`,
    );
  }
  if (looksLikeIntrinsic(value)) {
    const call = parseOrFail(field, value, parseIntrinsic);
    return (input, context, variables, random) =>
      evaluateIntrinsic(call, input, context, random, variables);
  }
  const path = parseOrFail(field, value, parseJsonPath);
  const source = path.root.kind;
  return (input, context, variables) => {
    try {
      return evaluatePath(path, input, context, variables);
    } catch (error) {
      if (error instanceof PathNotFoundError) {
        throw payloadPathError(value, field, source === 'context' ? context : input);
      }
      throw error;
    }
  };
}

function parseOrFail<T>(field: string, text: string, parse: (text: string) => T): T {
  try {
    return parse(text);
  } catch (error) {
    if (isStatesError(error)) throw error;
    throw new StatesError(
      'States.Runtime',
      `The value for the field '${field}' must be a valid JSONPath or intrinsic function: ${(error as Error).message}`,
    );
  }
}

// Sub-trees without any `.$` key are constants: returned as they are, never rebuilt.
function hasDynamicKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasDynamicKeys);
  if (typeof value !== 'object' || value === null) return false;
  for (const [key, child] of Object.entries(value))
    if (key.endsWith('.$') || hasDynamicKeys(child)) return true;
  return false;
}
