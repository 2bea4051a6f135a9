import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { handlerTable, maxAttempts } from '../analysis/errors';

/** retry-states-all: retrying States.ALL also retries permanent errors; fail fast instead. */
export const retryStatesAll = defineRule(
  {
    id: 'retry-states-all',
    severity: 'WARNING',
    description:
      'Do not retry States.ALL: permanent errors (bad input, permissions, bugs) only fail again, later.',
    messages: {
      retried:
        "Retrier {index} of '{state}' retries States.ALL {attempts} time(s): permanent errors are retried too. Retry the transient errors by name and end with States.ALL and MaxAttempts 0.",
    },
  },
  (context) => {
    const handlers = handlerTable(context.outline);
    return {
      state(visit) {
        for (const r of handlers.of(visit, 'Retry')) {
          if (!r.errors.includes('States.ALL') || maxAttempts(r.entry) === 0) continue;
          context.report({
            messageId: 'retried',
            data: { state: visit.name, index: r.index, attempts: maxAttempts(r.entry) },
            pointer: childPointer(visit.pointer, 'Retry', r.index),
            state: visit,
          });
        }
      },
    };
  },
);
