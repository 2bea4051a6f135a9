/** JSONPath as Step Functions runs it (Jayway semantics): parse once, evaluate many times. */
export type {
  JsonPathAst,
  JsonPathRoot,
  JsonPathStep,
  FilterExpr,
  FilterOperand,
  FilterOperator,
} from './ast';
export { JsonPathSyntaxError, PathNotFoundError } from './errors';
export { parseJsonPath, isReferencePath, isDefinitePath } from './parse';
export { evaluatePath, tryEvaluatePath, type PathRoots } from './evaluate';
export { setAtReferencePath, unableToApply } from './set';
export { formatNormalized } from './format';
export { jsonEqual } from './json-equal';
export { invalidPathCause, payloadPathCause, payloadPathError, choicePathCause } from './causes';
