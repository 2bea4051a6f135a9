import type { Diagnostic } from './diagnostic';
import { validateDefinition } from './validate-definition';
import type { ValidateOptions } from './context';

/** A one-machine definition around the given states (StartAt the first one). Test helper. */
export function machine(
  states: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { StartAt: Object.keys(states)[0], States: states, ...extra };
}

/** A machine of one state with the given fields, ending there. Test helper. */
export function single(
  state: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const terminal =
    state.Type === 'Choice' || state.Type === 'Succeed' || state.Type === 'Fail' || 'Next' in state;
  return machine({ A: terminal ? state : { End: true, ...state } }, extra);
}

/** The findings of one code (or all when none is given). Test helper. */
export function findings(
  definition: unknown,
  code?: string,
  options?: ValidateOptions,
): Diagnostic[] {
  return validateDefinition(definition, options).filter(
    (d) => code === undefined || d.code === code,
  );
}
