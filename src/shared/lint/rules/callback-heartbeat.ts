import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { hasField, resourceInfo, waitsForWorker } from '../analysis/resource';
import { sessionEdits } from '../fix/session';

/** callback-heartbeat: a callback or activity Task sets HeartbeatSeconds, shorter than its timeout. */
export const callbackHeartbeat = defineRule(
  {
    id: 'callback-heartbeat',
    severity: 'INFO',
    description: 'Callback and activity tasks should set HeartbeatSeconds below TimeoutSeconds.',
    messages: {
      missing:
        "Task '{state}' waits for {what} without HeartbeatSeconds: a crashed worker is only noticed when the whole timeout runs out.",
      notShorter:
        "Task '{state}' has HeartbeatSeconds {heartbeat} not below TimeoutSeconds {timeout}: the heartbeat can never fail first.",
    },
    fixable: true,
    defaultOptions: { seconds: 300 },
    validateOptions: (o) =>
      Number.isInteger(o.seconds) && (o.seconds as number) > 0
        ? undefined
        : 'seconds must be a positive integer',
  },
  (context) => ({
    Task(visit) {
      const info = resourceInfo(visit.state.Resource);
      if (!waitsForWorker(info)) return;
      const { HeartbeatSeconds: heartbeat, TimeoutSeconds: timeout } = visit.state;
      if (typeof heartbeat === 'number' && typeof timeout === 'number' && heartbeat >= timeout) {
        context.report({
          messageId: 'notShorter',
          data: { state: visit.name, heartbeat, timeout },
          pointer: childPointer(visit.pointer, 'HeartbeatSeconds'),
          state: visit,
        });
        return;
      }
      if (hasField(visit.state, 'HeartbeatSeconds')) return;
      const preferred = context.options.seconds as number;
      const seconds =
        typeof timeout === 'number' ? Math.min(preferred, Math.floor(timeout / 2)) : preferred;
      context.report({
        messageId: 'missing',
        data: {
          state: visit.name,
          what: info.pattern === 'callback' ? 'a task token' : 'an activity worker',
        },
        state: visit,
        fixes:
          seconds >= 1
            ? [
                {
                  title: `Add "HeartbeatSeconds": ${seconds}`,
                  edits: (doc) =>
                    sessionEdits(doc, (s) =>
                      s.set(childPointer(visit.pointer, 'HeartbeatSeconds'), seconds),
                    ),
                },
              ]
            : [],
      });
    },
  }),
);
