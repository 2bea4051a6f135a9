import { defineRule } from '../define';

/** machine-timeout: a Standard state machine sets an overall TimeoutSeconds (AWS best practices). */
export const machineTimeout = defineRule(
  {
    id: 'machine-timeout',
    severity: 'INFO',
    description:
      'Standard state machines should set a top-level TimeoutSeconds so no execution runs for a year.',
    messages: {
      missing:
        'The state machine sets no TimeoutSeconds: a Standard execution that gets stuck runs for up to a year. Set the longest time a run may take.',
    },
  },
  (context) => ({
    machine(m) {
      if (
        m.pointer !== '' ||
        m.workflowType !== 'STANDARD' ||
        m.machine.TimeoutSeconds !== undefined
      )
        return;
      if (Object.keys(m.states).length === 0) return;
      context.report({
        messageId: 'missing',
        machine: m,
        pointer: m.machine.StartAt !== undefined ? '/StartAt' : '',
      });
    },
  }),
);
