import type { QueryLanguage } from '../../asl/types';

/** The Lambda service errors AWS recommends retrying ("Handle Lambda service exceptions"). */
export const LAMBDA_TRANSIENT_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];

/**
 * The model Retry block (issue 4): retry timeouts a little, transient errors with jittered backoff,
 * and fail fast on everything else. A Lambda task retries the Lambda service errors; any other
 * task retries States.TaskFailed (narrow it to the service's throttling errors where known).
 */
export function modelRetry(isLambda: boolean): Record<string, unknown>[] {
  return [
    { ErrorEquals: ['States.Timeout'], IntervalSeconds: 5, MaxAttempts: 2, BackoffRate: 2 },
    {
      ErrorEquals: isLambda ? LAMBDA_TRANSIENT_ERRORS : ['States.TaskFailed'],
      IntervalSeconds: 1,
      MaxAttempts: 5,
      BackoffRate: 2,
      JitterStrategy: 'FULL',
    },
    { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
  ];
}

/** A JSONata Catch Output that keeps the state's input and adds the error under `error`. */
export const JSONATA_KEEP_INPUT = "{% $merge([$states.input, {'error': $states.errorOutput}]) %}";

/** A catcher of every error that keeps the input (ResultPath `$.error`, or the JSONata Output). */
export function keepInputCatcher(language: QueryLanguage, next: string): Record<string, unknown> {
  return language === 'JSONata'
    ? { ErrorEquals: ['States.ALL'], Output: JSONATA_KEEP_INPUT, Next: next }
    : { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: next };
}

/** A Fail state that re-raises the error a catcher stored under `error`. */
export function failWithCaughtError(
  machineLanguage: QueryLanguage,
  comment: string,
): Record<string, unknown> {
  return machineLanguage === 'JSONata'
    ? {
        Type: 'Fail',
        Comment: comment,
        Error: '{% $states.input.error.Error %}',
        Cause: '{% $states.input.error.Cause %}',
      }
    : { Type: 'Fail', Comment: comment, ErrorPath: '$.error.Error', CausePath: '$.error.Cause' };
}
