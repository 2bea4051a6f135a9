import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';

/** express-duration: nothing in an Express workflow may wait or time out beyond its 5-minute limit. */
export const expressDuration = defineRule(
  {
    id: 'express-duration',
    severity: 'WARNING',
    description:
      'Express workflows run at most 5 minutes: waits and timeouts beyond that cannot complete.',
    messages: {
      wait: "Wait '{state}' waits {seconds} s, beyond the Express workflow limit of {limit} s: the execution times out first.",
      timeout:
        "'{where}' sets {field} {seconds} s, beyond the Express workflow limit of {limit} s: it can never take effect.",
    },
    defaultOptions: { limitSeconds: 300 },
  },
  (context) => {
    const limit = context.options.limitSeconds as number;
    return {
      machine(m) {
        const t = m.machine.TimeoutSeconds;
        if (m.workflowType === 'EXPRESS' && m.pointer === '' && typeof t === 'number' && t > limit)
          context.report({
            messageId: 'timeout',
            data: { where: 'the state machine', field: 'TimeoutSeconds', seconds: t, limit },
            pointer: '/TimeoutSeconds',
            machine: m,
          });
      },
      state(visit) {
        if (visit.workflowType !== 'EXPRESS') return;
        const s = visit.state;
        if (visit.type === 'Wait' && typeof s.Seconds === 'number' && s.Seconds > limit)
          context.report({
            messageId: 'wait',
            data: { state: visit.name, seconds: s.Seconds, limit },
            pointer: childPointer(visit.pointer, 'Seconds'),
            state: visit,
          });
        for (const field of ['TimeoutSeconds', 'HeartbeatSeconds']) {
          const v = s[field];
          if (visit.type === 'Task' && typeof v === 'number' && v > limit)
            context.report({
              messageId: 'timeout',
              data: { where: visit.name, field, seconds: v, limit },
              pointer: childPointer(visit.pointer, field),
              state: visit,
            });
        }
      },
    };
  },
);
