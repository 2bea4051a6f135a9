/**
 * The diagnostic codes of AWS's ValidateStateMachineDefinition that this validator reproduces.
 * AWS reports unreachable states under MISSING_TRANSITION_TARGET ("State "X" is not reachable."),
 * so there is no separate code for them.
 */
export const CODES = {
  INVALID_JSON_DESCRIPTION: 'INVALID_JSON_DESCRIPTION',
  MISSING_DESCRIPTION: 'MISSING_DESCRIPTION',
  SCHEMA_VALIDATION_FAILED: 'SCHEMA_VALIDATION_FAILED',
  INVALID_RESOURCE: 'INVALID_RESOURCE',
  MISSING_END_STATE: 'MISSING_END_STATE',
  DUPLICATE_STATE_NAME: 'DUPLICATE_STATE_NAME',
  INVALID_STATE_NAME: 'INVALID_STATE_NAME',
  MISSING_TRANSITION_TARGET: 'MISSING_TRANSITION_TARGET',
  TOO_DEEPLY_NESTED: 'TOO_DEEPLY_NESTED',
  INVALID_JSONATA_EXPRESSION: 'INVALID_JSONATA_EXPRESSION',
  UNSUPPORTED_JSONATA_EXPRESSION: 'UNSUPPORTED_JSONATA_EXPRESSION',
  NO_DOLLAR: 'NO_DOLLAR',
  NO_PATH: 'NO_PATH',
  PASS_RESULT_IS_STATIC: 'PASS_RESULT_IS_STATIC',
} as const;

/** One of the codes above. */
export type ValidationCode = (typeof CODES)[keyof typeof CODES];

/** The three codes AWS reports as warnings; everything else is an error. */
export const WARNING_CODES: ReadonlySet<string> = new Set([
  CODES.NO_DOLLAR,
  CODES.NO_PATH,
  CODES.PASS_RESULT_IS_STATIC,
]);
