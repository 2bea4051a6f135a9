/** How many arguments each intrinsic function takes (the validator checks calls against it). */
export interface IntrinsicArity {
  minArgs: number;
  /** Infinity for variadic functions (States.Format, States.Array). */
  maxArgs: number;
}

/** Every intrinsic function AWS Step Functions has, by its full name. */
export const INTRINSIC_FUNCTIONS: Readonly<Record<string, IntrinsicArity>> = {
  'States.Format': { minArgs: 1, maxArgs: Infinity },
  'States.StringToJson': { minArgs: 1, maxArgs: 1 },
  'States.JsonToString': { minArgs: 1, maxArgs: 1 },
  'States.Array': { minArgs: 0, maxArgs: Infinity },
  'States.ArrayPartition': { minArgs: 2, maxArgs: 2 },
  'States.ArrayContains': { minArgs: 2, maxArgs: 2 },
  'States.ArrayRange': { minArgs: 3, maxArgs: 3 },
  'States.ArrayGetItem': { minArgs: 2, maxArgs: 2 },
  'States.ArrayLength': { minArgs: 1, maxArgs: 1 },
  'States.ArrayUnique': { minArgs: 1, maxArgs: 1 },
  'States.Base64Encode': { minArgs: 1, maxArgs: 1 },
  'States.Base64Decode': { minArgs: 1, maxArgs: 1 },
  'States.Hash': { minArgs: 2, maxArgs: 2 },
  'States.JsonMerge': { minArgs: 3, maxArgs: 3 },
  'States.MathRandom': { minArgs: 2, maxArgs: 3 },
  'States.MathAdd': { minArgs: 2, maxArgs: 2 },
  'States.StringSplit': { minArgs: 2, maxArgs: 2 },
  'States.UUID': { minArgs: 0, maxArgs: 0 },
};

/** True when `text` looks like an intrinsic call (what a `.$` field holds instead of a path). */
export function looksLikeIntrinsic(text: string): boolean {
  return /^\s*States\.[A-Za-z0-9]+\s*\(/.test(text);
}
