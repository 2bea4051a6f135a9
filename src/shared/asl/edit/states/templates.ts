import type { JsonObject, QueryLanguage, StateType } from '../../types';

/** Retries the Lambda errors AWS recommends retrying, with backoff and jitter. */
const LAMBDA_RETRY: JsonObject = {
  ErrorEquals: [
    'Lambda.ServiceException',
    'Lambda.AWSLambdaException',
    'Lambda.SdkClientException',
    'Lambda.TooManyRequestsException',
  ],
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
};

const FUNCTION_ARN = 'arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME';

/**
 * A sensible starting state of each type, written for the machine's query language. Transitions
 * are left to the operation that places it (`End: true` until then); Choice rules get their
 * targets when linked; nested state names are made unique when the state is added.
 */
export function newStateTemplate(
  type: StateType,
  queryLanguage: QueryLanguage = 'JSONPath',
): JsonObject {
  const jsonata = queryLanguage === 'JSONata';
  switch (type) {
    case 'Pass':
      return { Type: 'Pass', End: true };
    case 'Task':
      return jsonata
        ? {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Arguments: { FunctionName: FUNCTION_ARN, Payload: '{% $states.input %}' },
            Output: '{% $states.result.Payload %}',
            Retry: [LAMBDA_RETRY],
            End: true,
          }
        : {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: FUNCTION_ARN, 'Payload.$': '$' },
            OutputPath: '$.Payload',
            Retry: [LAMBDA_RETRY],
            End: true,
          };
    case 'Choice':
      return {
        Type: 'Choice',
        Choices: [
          jsonata
            ? { Condition: '{% $states.input.value > 0 %}' }
            : { Variable: '$.value', NumericGreaterThan: 0 },
        ],
      };
    case 'Wait':
      return { Type: 'Wait', Seconds: 5, End: true };
    case 'Succeed':
      return { Type: 'Succeed' };
    case 'Fail':
      return { Type: 'Fail', Error: 'Failed', Cause: 'Describe why the execution failed' };
    case 'Parallel':
      return {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'Branch step', States: { 'Branch step': { Type: 'Pass', End: true } } },
        ],
        End: true,
      };
    case 'Map':
      return {
        Type: 'Map',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'Process item',
          States: { 'Process item': { Type: 'Pass', End: true } },
        },
        MaxConcurrency: 10,
        End: true,
      };
  }
}
