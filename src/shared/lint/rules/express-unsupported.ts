import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { resourceInfo } from '../analysis/resource';
import { isObj } from '../walk';

/** express-unsupported: Express workflows cannot wait for jobs, task tokens or activities. */
export const expressUnsupported = defineRule(
  {
    id: 'express-unsupported',
    severity: 'ERROR',
    description:
      'Express workflows do not support .sync, .waitForTaskToken, activities or Distributed Map.',
    messages: {
      pattern:
        "Task '{state}' uses {pattern}, which Express workflows do not support: use a STANDARD workflow or request-response.",
      activity: "Task '{state}' runs an activity, which Express workflows do not support.",
      distributed:
        "Map '{state}' runs in DISTRIBUTED mode, which an Express workflow cannot start: use a STANDARD parent workflow.",
    },
  },
  (context) => ({
    Task(visit) {
      if (visit.workflowType !== 'EXPRESS') return;
      const info = resourceInfo(visit.state.Resource);
      const pointer = childPointer(visit.pointer, 'Resource');
      if (info.kind === 'activity')
        context.report({
          messageId: 'activity',
          data: { state: visit.name },
          pointer,
          state: visit,
        });
      else if (info.pattern !== 'request-response') {
        const pattern = info.pattern === 'callback' ? '.waitForTaskToken' : `.${info.pattern}`;
        context.report({
          messageId: 'pattern',
          data: { state: visit.name, pattern },
          pointer,
          state: visit,
        });
      }
    },
    Map(visit) {
      if (visit.workflowType !== 'EXPRESS') return;
      const processor = isObj(visit.state.ItemProcessor) ? visit.state.ItemProcessor : undefined;
      const config =
        processor && isObj(processor.ProcessorConfig) ? processor.ProcessorConfig : undefined;
      if (config?.Mode === 'DISTRIBUTED')
        context.report({
          messageId: 'distributed',
          data: { state: visit.name },
          pointer: childPointer(visit.pointer, 'ItemProcessor', 'ProcessorConfig', 'Mode'),
          state: visit,
        });
    },
  }),
);
