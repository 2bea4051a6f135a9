import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { hasField, resourceInfo, waitsForWorker } from '../analysis/resource';
import { sessionEdits } from '../fix/session';

/**
 * task-timeout: a Task sets TimeoutSeconds (callbacks and activities are callback-timeout's). The
 * fix picks a timeout no shorter than the work can legitimately take: a Lambda function's own
 * maximum (900 s), a day for .sync jobs, five minutes for single API calls.
 */
export const taskTimeout = defineRule(
  {
    id: 'task-timeout',
    severity: 'WARNING',
    description: 'Task states should set TimeoutSeconds so a stuck call cannot hold the execution.',
    messages: {
      missing:
        "Task '{state}' has no TimeoutSeconds: the default is 99999999 seconds, so a hung call holds the execution for over a year.",
    },
    fixable: true,
    defaultOptions: { lambdaSeconds: 900, syncSeconds: 86400, apiSeconds: 300 },
    validateOptions: (o) =>
      ['lambdaSeconds', 'syncSeconds', 'apiSeconds'].every(
        (k) => Number.isInteger(o[k]) && (o[k] as number) > 0,
      )
        ? undefined
        : 'lambdaSeconds, syncSeconds and apiSeconds must be positive integers',
  },
  (context) => ({
    Task(visit) {
      const info = resourceInfo(visit.state.Resource);
      if (waitsForWorker(info) || hasField(visit.state, 'TimeoutSeconds')) return;
      const o = context.options as Record<string, number>;
      let seconds =
        info.pattern === 'sync' || info.pattern === 'sync:2'
          ? o.syncSeconds
          : info.kind === 'sdk' || info.kind === 'optimized' || info.kind === 'http'
            ? o.apiSeconds
            : o.lambdaSeconds;
      // Step Functions rejects a timeout that is not above the heartbeat.
      const heartbeat = visit.state.HeartbeatSeconds;
      if (typeof heartbeat === 'number' && heartbeat >= seconds) seconds = heartbeat * 2;
      context.report({
        messageId: 'missing',
        data: { state: visit.name },
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
