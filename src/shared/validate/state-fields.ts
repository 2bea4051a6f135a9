import type { StateType } from '../asl/types';
import { choicesField } from './choice-rules';
import {
  anyValue,
  assignField,
  endField,
  enumField,
  integerField,
  jsonataValueField,
  numberField,
  objectField,
  pathField,
  plainStringField,
  stringField,
  templateField,
  textField,
  type FieldSpec,
  type FieldCheck,
} from './fields';
import { itemBatcherField, itemReaderField, labelField, resultWriterField } from './map-fields';
import { checkFields, fieldTable, type FieldSpecs, type FieldTable } from './object-fields';
import { resourceField } from './resource';
import { catchField, retryField } from './retry-catch';
import { CODES } from './codes';
import { at } from './context';
import { isPlaceholder } from './placeholders';
import { looksLikeIntrinsic, intrinsicProblem } from './intrinsics';

const both = (check: FieldCheck): FieldSpec => ({ language: 'both', check });
const jsonPath = (check: FieldCheck): FieldSpec => ({ language: 'JSONPath', check });
const jsonata = (check: FieldCheck): FieldSpec => ({ language: 'JSONata', check });

const IO_PATH = pathField({ reference: false, context: true, variables: true }, true);
const RESULT_PATH = pathField({ reference: true, context: false, variables: false }, true);
const REFERENCE_PATH = pathField({ reference: true, context: true, variables: true });
const NUMBER_PATH = pathField({ reference: true, context: false, variables: true });

/** Fail's ErrorPath and CausePath: a reference path or an intrinsic function call. */
const pathOrIntrinsic: FieldCheck = (value, parent, scope, ctx, name) => {
  if (typeof value === 'string' && looksLikeIntrinsic(value) && !isPlaceholder(value)) {
    const problem = intrinsicProblem(value);
    if (problem)
      ctx.report(CODES.SCHEMA_VALIDATION_FAILED, problem, at(parent, name), scope.stateName);
  } else REFERENCE_PATH(value, parent, scope, ctx, name);
};

const CREDENTIALS = fieldTable({
  RoleArn: both(stringField),
  'RoleArn.$': jsonPath(REFERENCE_PATH),
});

const credentialsField: FieldCheck = objectField((value, parent, scope, ctx, name) =>
  checkFields(value as Record<string, unknown>, at(parent, name), CREDENTIALS, scope, ctx),
);

/** Result of a Pass state: static JSON; a `.$` key in it is a mistake AWS warns about. */
const passResultField: FieldCheck = (value, parent, scope, ctx, name) => {
  const stack: [unknown, string][] = [[value, at(parent, name)]];
  while (stack.length > 0) {
    const [node, ptr] = stack.pop() as [unknown, string];
    if (node === null || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      const childPtr = `${ptr}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key.endsWith('.$') && !Array.isArray(node))
        ctx.report(
          CODES.PASS_RESULT_IS_STATIC,
          `Field '${key}' ends with '.$', but a Pass state's Result is used as it is: paths in it are not evaluated (use Parameters)`,
          childPtr,
          scope.stateName,
        );
      stack.push([child, childPtr]);
    }
  }
};

const COMMON: FieldSpecs = {
  Type: both(anyValue),
  Comment: both(plainStringField),
  QueryLanguage: both(anyValue),
};
const TRANSITION: FieldSpecs = { Next: both(plainStringField), End: both(endField) };
const IO: FieldSpecs = { InputPath: jsonPath(IO_PATH), OutputPath: jsonPath(IO_PATH) };
const OUTPUT: FieldSpecs = { Output: jsonata(jsonataValueField) };
const ASSIGN: FieldSpecs = { Assign: both(assignField) };
const RESULT: FieldSpecs = {
  ResultPath: jsonPath(RESULT_PATH),
  ResultSelector: jsonPath(objectField(templateField)),
  Parameters: jsonPath(templateField),
};
const ERRORS: FieldSpecs = { Retry: both(retryField), Catch: both(catchField) };

/** The fields each state type accepts, with the query language each belongs to. */
export const STATE_FIELDS: Readonly<Record<StateType, FieldTable>> = {
  Pass: fieldTable({
    ...COMMON,
    ...TRANSITION,
    ...IO,
    ...OUTPUT,
    ...ASSIGN,
    ResultPath: jsonPath(RESULT_PATH),
    Parameters: jsonPath(templateField),
    Result: jsonPath(passResultField),
  }),
  Task: fieldTable({
    ...COMMON,
    ...TRANSITION,
    ...IO,
    ...OUTPUT,
    ...ASSIGN,
    ...RESULT,
    ...ERRORS,
    Arguments: jsonata(jsonataValueField),
    Resource: both(resourceField),
    TimeoutSeconds: both(integerField(1, 99999999)),
    TimeoutSecondsPath: jsonPath(REFERENCE_PATH),
    HeartbeatSeconds: both(integerField(1, 99999999)),
    HeartbeatSecondsPath: jsonPath(REFERENCE_PATH),
    Credentials: both(credentialsField),
  }),
  Choice: fieldTable({
    ...COMMON,
    ...IO,
    ...OUTPUT,
    ...ASSIGN,
    Choices: both(choicesField),
    Default: both(plainStringField),
  }),
  Wait: fieldTable({
    ...COMMON,
    ...TRANSITION,
    ...IO,
    ...OUTPUT,
    ...ASSIGN,
    Seconds: both(integerField(0, 99999999)),
    Timestamp: both(stringField),
    SecondsPath: jsonPath(REFERENCE_PATH),
    TimestampPath: jsonPath(REFERENCE_PATH),
  }),
  Succeed: fieldTable({ ...COMMON, ...IO, ...OUTPUT }),
  Fail: fieldTable({
    ...COMMON,
    Error: both(textField),
    Cause: both(textField),
    ErrorPath: jsonPath(pathOrIntrinsic),
    CausePath: jsonPath(pathOrIntrinsic),
  }),
  Parallel: fieldTable({
    ...COMMON,
    ...TRANSITION,
    ...IO,
    ...OUTPUT,
    ...ASSIGN,
    ...RESULT,
    ...ERRORS,
    Arguments: jsonata(jsonataValueField),
    Branches: both(anyValue),
  }),
  Map: fieldTable({
    ...COMMON,
    ...TRANSITION,
    ...IO,
    ...OUTPUT,
    ...ASSIGN,
    ...RESULT,
    ...ERRORS,
    ItemProcessor: both(anyValue),
    Iterator: both(anyValue),
    ItemsPath: jsonPath(REFERENCE_PATH),
    Items: jsonata(jsonataValueField),
    ItemSelector: both(templateOrJsonata()),
    ItemReader: both(itemReaderField),
    ItemBatcher: both(itemBatcherField),
    ResultWriter: both(resultWriterField),
    MaxConcurrency: both(integerField(0)),
    MaxConcurrencyPath: jsonPath(NUMBER_PATH),
    ToleratedFailurePercentage: both(numberField(0, 100)),
    ToleratedFailurePercentagePath: jsonPath(NUMBER_PATH),
    ToleratedFailureCount: both(integerField(0)),
    ToleratedFailureCountPath: jsonPath(NUMBER_PATH),
    Label: both(labelField),
  }),
};

/** ItemSelector is valid in both languages and follows the state's. */
function templateOrJsonata(): FieldCheck {
  return (value, parent, scope, ctx, name) =>
    scope.language === 'JSONata'
      ? jsonataValueField(value, parent, scope, ctx, name)
      : templateField(value, parent, scope, ctx, name);
}

/** The QueryLanguage values. */
export const queryLanguageField: FieldCheck = enumField(['JSONPath', 'JSONata']);
