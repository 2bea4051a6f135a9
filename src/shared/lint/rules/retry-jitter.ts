import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { handlerTable, maxAttempts } from '../analysis/errors';
import { sessionEdits } from '../fix/session';

/**
 * retry-jitter: retriers of transient errors spread their retries with JitterStrategy FULL.
 * A retrier of States.Timeout alone is exempt: timeouts come from slow work, not from many callers
 * hitting a shared service at once, which is what jitter is for.
 */
export const retryJitter = defineRule(
  {
    id: 'retry-jitter',
    severity: 'INFO',
    description: 'Retriers with backoff should use JitterStrategy FULL to avoid retry storms.',
    messages: {
      missing:
        'Retrier {index} of \'{state}\' ({errors}) retries in lockstep: add "JitterStrategy": "FULL" so concurrent executions do not retry at the same moment.',
    },
    fixable: true,
  },
  (context) => {
    const handlers = handlerTable(context.outline);
    return {
      state(visit) {
        for (const r of handlers.of(visit, 'Retry')) {
          if (r.entry.JitterStrategy !== undefined || maxAttempts(r.entry) === 0) continue;
          if (r.errors.length === 0 || r.errors.every((e) => e === 'States.Timeout')) continue;
          const pointer = childPointer(visit.pointer, 'Retry', r.index);
          context.report({
            messageId: 'missing',
            data: { state: visit.name, index: r.index, errors: r.errors.join(', ') },
            pointer,
            state: visit,
            fixes: [
              {
                title: 'Add JitterStrategy FULL',
                edits: (doc) =>
                  sessionEdits(doc, (s) => s.set(childPointer(pointer, 'JitterStrategy'), 'FULL')),
              },
            ],
          });
        }
      },
    };
  },
);
