import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { handlerTable, maxAttempts, retrierFor } from '../analysis/errors';
import { resourceInfo } from '../analysis/resource';
import { LAMBDA_TRANSIENT_ERRORS } from '../fix/blocks';
import { sessionEdits } from '../fix/session';

/** lambda-retry-transient: a Lambda Task retries at least the Lambda service's transient errors. */
export const lambdaRetryTransient = defineRule(
  {
    id: 'lambda-retry-transient',
    severity: 'WARNING',
    description:
      'Lambda tasks should retry Lambda service exceptions (ServiceException, AWSLambdaException, SdkClientException, TooManyRequestsException).',
    messages: {
      missing:
        "Lambda task '{state}' does not retry Lambda's transient service errors ({errors}): an occasional 500 or throttle from Lambda fails the execution.",
    },
    fixable: true,
  },
  (context) => {
    const handlers = handlerTable(context.outline);
    return {
      Task(visit) {
        if (resourceInfo(visit.state.Resource).kind !== 'lambda') return;
        const raw = visit.state.Retry;
        const hasRetry = Array.isArray(raw) && raw.length > 0;
        // With no Retry at all task-retry reports it, and its fix includes these errors.
        if (!hasRetry && context.isEnabled('task-retry')) return;
        const retriers = handlers.of(visit, 'Retry');
        const retried = LAMBDA_TRANSIENT_ERRORS.filter((name) => {
          const r = retrierFor(retriers, name);
          return r !== undefined && maxAttempts(r.entry) > 0;
        });
        if (retried.length > 0) return;
        const retrier = {
          ErrorEquals: LAMBDA_TRANSIENT_ERRORS,
          IntervalSeconds: 1,
          MaxAttempts: 3,
          BackoffRate: 2,
          JitterStrategy: 'FULL',
        };
        context.report({
          messageId: 'missing',
          data: { state: visit.name, errors: LAMBDA_TRANSIENT_ERRORS.join(', ') },
          state: visit,
          fixes: [
            {
              title: 'Retry the Lambda service errors first',
              edits: (doc) =>
                sessionEdits(doc, (s) =>
                  Array.isArray(raw)
                    ? s.insert(childPointer(visit.pointer, 'Retry'), 0, retrier)
                    : s.set(childPointer(visit.pointer, 'Retry'), [retrier]),
                ),
            },
          ],
        });
      },
    };
  },
);
