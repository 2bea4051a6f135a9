import { defineRule } from '../define';
import { resourceInfo } from '../analysis/resource';
import { modelRetry } from '../fix/blocks';
import { sessionEdits } from '../fix/session';
import { childPointer } from '../../asl/pointer';

/** task-retry: every Task state retries transient failures. */
export const taskRetry = defineRule(
  {
    id: 'task-retry',
    severity: 'WARNING',
    description:
      'Task states should retry transient failures (throttling, service errors, timeouts).',
    messages: {
      missing:
        "Task '{state}' has no Retry: a transient failure (throttling, a service error) fails the whole execution.",
    },
    fixable: true,
  },
  (context) => ({
    Task(visit) {
      const retry = visit.state.Retry;
      if (Array.isArray(retry) && retry.length > 0) return;
      const isLambda = resourceInfo(visit.state.Resource).kind === 'lambda';
      context.report({
        messageId: 'missing',
        data: { state: visit.name },
        state: visit,
        fixes: [
          {
            title: 'Add the recommended Retry block',
            edits: (doc) =>
              sessionEdits(doc, (s) =>
                s.set(childPointer(visit.pointer, 'Retry'), modelRetry(isLambda)),
              ),
          },
        ],
      });
    },
  }),
);
