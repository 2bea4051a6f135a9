/** The validator's public surface: what AWS's ValidateStateMachineDefinition would report. */
export { validateText, type ValidateTextOptions } from './validate-text';
export { validateDefinition } from './validate-definition';
export type { ValidateOptions } from './context';
export { CODES, WARNING_CODES, type ValidationCode } from './codes';
export type { Diagnostic, Severity } from './diagnostic';
