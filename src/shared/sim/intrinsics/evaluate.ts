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
import { IntrinsicArgumentError, IntrinsicEvaluationError } from './failure';
import { PathNotFoundError } from '../jsonpath/errors';
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
 * the workflow variables. Failures end as AWS reports them: States.Runtime with "There was an error
 * while evaluating the intrinsic function: <call>." and then "Invalid arguments in <function>" or,
 * for a path argument that names nothing, "The JsonPath argument for the field '<path>' could not
 * be found in the input '<input>'".
 */
export function evaluateIntrinsic(
  call: IntrinsicCall | string,
  input: unknown,
  context: unknown,
  random: RandomSource,
  variables?: Readonly<Record<string, unknown>>,
): unknown {
  const ast = typeof call === 'string' ? parseIntrinsic(call) : call;
  const args: unknown[] = [];
  for (const arg of ast.args) {
    if (arg.kind === 'literal') args.push(arg.value);
    else if (arg.kind === 'call')
      args.push(evaluateIntrinsic(arg, input, context, random, variables));
    else {
      try {
        args.push(evaluatePath(arg.path, input, context, variables));
      } catch (error) {
        if (!(error instanceof PathNotFoundError)) throw error;
        throw new IntrinsicEvaluationError(
          `${prefix(ast)} The JsonPath argument for the field '${arg.path.source}' could not be found in the input '${JSON.stringify(input)}'`,
          error.cause,
        );
      }
    }
  }
  const implementation = IMPLEMENTATIONS[ast.name];
  if (!implementation) {
    throw new IntrinsicEvaluationError(
      `${prefix(ast)} Invalid arguments in ${ast.name}`,
      'no such intrinsic function',
    );
  }
  try {
    return implementation(args, ast, random);
  } catch (error) {
    if (error instanceof IntrinsicArgumentError) {
      throw new IntrinsicEvaluationError(`${prefix(ast)} ${error.awsText}`, error.detail);
    }
    // Deep equality and Java-style printing recurse; a pathologically nested payload must end as
    // a state failure, not a crash of the simulator.
    if (error instanceof RangeError) {
      throw new IntrinsicEvaluationError(
        `${prefix(ast)} Invalid arguments in ${ast.name}`,
        'an argument is nested too deeply',
      );
    }
    throw error;
  }
}

function prefix(call: IntrinsicCall): string {
  return `There was an error while evaluating the intrinsic function: ${renderCall(call)}.`;
}

/** Prints a call as written, with AWS's `, ` between arguments: `States.MathAdd($.a, 1)`. */
export function renderCall(call: IntrinsicCall): string {
  return `${call.name}(${call.args.map(renderArg).join(', ')})`;
}

function renderArg(arg: IntrinsicArg): string {
  if (arg.kind === 'call') return renderCall(arg);
  if (arg.kind === 'path') return arg.path.source;
  if (typeof arg.value === 'string') return `'${arg.raw ?? arg.value}'`;
  return arg.text ?? String(arg.value);
}
