/**
 * Checks of intrinsic function calls (`States.Format('{}', $.x)`) in `.$` fields.
 */

/** True when a string is written as an intrinsic function call. */
export function looksLikeIntrinsic(text: string): boolean {
  return text.startsWith('States.') && text.trimEnd().endsWith(')') && text.includes('(');
}

/**
 * Why an intrinsic call is not acceptable, or undefined. Stands in until the simulator's parser
 * (src/shared/sim/intrinsics) lands with its table of names and arities; it then replaces this.
 */
export function intrinsicProblem(text: string): string | undefined {
  const match = /^States\.([A-Za-z0-9]+)\s*\(/.exec(text);
  if (!match) return `Invalid intrinsic function call '${text}'`;
  return undefined;
}
