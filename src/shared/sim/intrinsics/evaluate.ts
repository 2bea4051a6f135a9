import { evaluatePath } from '../jsonpath/evaluate';
import {
  arrayContains,
  arrayGetItem,
  arrayLength,
  arrayPartition,
  arrayRange,
  arrayUnique,
  statesArray,
} from './array';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { base64Decode, base64Encode } from './encoding';
import { intrinsicFailure } from './failure';
import { statesHash } from './hash';
import { jsonMerge, jsonToString, stringToJson } from './json';
import { mathAdd, mathRandom, type RandomSource } from './math';
import { parseIntrinsic } from './parse';
import { statesFormat, stringSplit } from './string';
import { statesUuid } from './uuid';

type Implementation = (args: unknown[], call: IntrinsicCall, random: RandomSource) => unknown;

const IMPLEMENTATIONS: Record<string, Implementation> = {
  'States.Format': (args, call) => {
    const template = call.args[0];
    return statesFormat(
      args,
      template.kind === 'literal' && typeof template.value === 'string' ? template.raw : undefined,
    );
  },
  'States.StringToJson': stringToJson,
  'States.JsonToString': jsonToString,
  'States.Array': statesArray,
  'States.ArrayPartition': arrayPartition,
  'States.ArrayContains': arrayContains,
  'States.ArrayRange': arrayRange,
  'States.ArrayGetItem': arrayGetItem,
  'States.ArrayLength': arrayLength,
  'States.ArrayUnique': arrayUnique,
  'States.Base64Encode': base64Encode,
  'States.Base64Decode': base64Decode,
  'States.Hash': statesHash,
  'States.JsonMerge': jsonMerge,
  'States.MathRandom': (args, _call, random) => mathRandom(args, random),
  'States.MathAdd': mathAdd,
  'States.StringSplit': stringSplit,
  'States.UUID': (_args, _call, random) => statesUuid(random),
};

/**
 * Evaluates an intrinsic call (parsed or text) against a state's input, the context object and
 * the workflow variables. Bad arguments raise States.IntrinsicFailure; a path argument that names
 * nothing raises PathNotFoundError (States.Runtime), which the payload template words for its field.
 */
export function evaluateIntrinsic(
  call: IntrinsicCall | string,
  input: unknown,
  context: unknown,
  random: RandomSource,
  variables?: Readonly<Record<string, unknown>>,
): unknown {
  const ast = typeof call === 'string' ? parseIntrinsic(call) : call;
  const args = ast.args.map((arg) => evaluateArg(arg, input, context, random, variables));
  const implementation = IMPLEMENTATIONS[ast.name];
  if (!implementation) throw intrinsicFailure(ast.name, 'is not an intrinsic function');
  try {
    return implementation(args, ast, random);
  } catch (error) {
    // Deep equality and Java-style printing recurse; a pathologically nested payload must end as
    // a state failure, not a crash of the simulator.
    if (error instanceof RangeError)
      throw intrinsicFailure(ast.name, 'an argument is nested too deeply');
    throw error;
  }
}

function evaluateArg(
  arg: IntrinsicArg,
  input: unknown,
  context: unknown,
  random: RandomSource,
  variables?: Readonly<Record<string, unknown>>,
): unknown {
  if (arg.kind === 'literal') return arg.value;
  if (arg.kind === 'path') return evaluatePath(arg.path, input, context, variables);
  return evaluateIntrinsic(arg, input, context, random, variables);
}
