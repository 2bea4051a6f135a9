import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { sessionEdits } from '../fix/session';

/** sync-v2: nested executions use startExecution.sync:2, whose Output is JSON rather than a string. */
export const syncV2 = defineRule(
  {
    id: 'sync-v2',
    severity: 'WARNING',
    description: 'Start nested executions with arn:aws:states:::states:startExecution.sync:2.',
    messages: {
      legacy:
        "Task '{state}' uses startExecution.sync, whose Output is a JSON string: use .sync:2 to get the child's output as JSON (no States.StringToJson needed).",
    },
    fixable: true,
  },
  (context) => ({
    Task(visit) {
      const resource = visit.state.Resource;
      if (typeof resource !== 'string' || !/:states:startExecution\.sync$/.test(resource)) return;
      const pointer = childPointer(visit.pointer, 'Resource');
      context.report({
        messageId: 'legacy',
        data: { state: visit.name },
        pointer,
        state: visit,
        fixes: [
          {
            title: 'Use startExecution.sync:2',
            edits: (doc) => sessionEdits(doc, (s) => s.set(pointer, resource + ':2')),
          },
        ],
      });
    },
  }),
);
