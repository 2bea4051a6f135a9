import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { hasField, resourceInfo, waitsForWorker } from '../analysis/resource';
import { sessionEdits } from '../fix/session';

/** callback-timeout: a Task that waits for a task token or an activity worker has a TimeoutSeconds. */
export const callbackTimeout = defineRule(
  {
    id: 'callback-timeout',
    severity: 'WARNING',
    description: 'Callback (.waitForTaskToken) and activity tasks should set TimeoutSeconds.',
    messages: {
      missing:
        "Task '{state}' waits for {what} without TimeoutSeconds: if the answer never comes the execution is stuck for up to a year.",
    },
    fixable: true,
    defaultOptions: { seconds: 3600 },
    validateOptions: (o) =>
      Number.isInteger(o.seconds) && (o.seconds as number) > 0
        ? undefined
        : 'seconds must be a positive integer',
  },
  (context) => ({
    Task(visit) {
      const info = resourceInfo(visit.state.Resource);
      if (!waitsForWorker(info) || hasField(visit.state, 'TimeoutSeconds')) return;
      const heartbeat = visit.state.HeartbeatSeconds;
      const preferred = context.options.seconds as number;
      // The timeout must exceed the heartbeat, or the heartbeat could never fire first.
      const seconds =
        typeof heartbeat === 'number' && heartbeat >= preferred ? heartbeat * 2 : preferred;
      context.report({
        messageId: 'missing',
        data: {
          state: visit.name,
          what: info.pattern === 'callback' ? 'a task token' : 'an activity worker',
        },
        state: visit,
        fixes: [
          {
            title: `Add "TimeoutSeconds": ${seconds}`,
            edits: (doc) =>
              sessionEdits(doc, (s) =>
                s.set(childPointer(visit.pointer, 'TimeoutSeconds'), seconds),
              ),
          },
        ],
      });
    },
  }),
);
