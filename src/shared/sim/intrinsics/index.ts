/** Intrinsic functions (States.Format, States.Hash…): parse once, evaluate against a state's data. */
export type { IntrinsicArg, IntrinsicCall, IntrinsicLiteral, IntrinsicPathArg } from './ast';
export { INTRINSIC_FUNCTIONS, looksLikeIntrinsic, type IntrinsicArity } from './functions';
export { parseIntrinsic, IntrinsicSyntaxError } from './parse';
export { evaluateIntrinsic, renderCall } from './evaluate';
export { IntrinsicEvaluationError } from './failure';
export type { RandomSource } from './math';
