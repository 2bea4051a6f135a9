import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';

/** map-max-concurrency: a Map bounds how many iterations run at once. */
export const mapMaxConcurrency = defineRule(
  {
    id: 'map-max-concurrency',
    severity: 'WARNING',
    description:
      'Map states should set MaxConcurrency so a large input cannot flood the services they call.',
    messages: {
      missing:
        "Map '{state}' sets no MaxConcurrency: it runs as many iterations at once as it can ({limit}), which can throttle the services it calls.",
      unbounded:
        "Map '{state}' sets MaxConcurrency 0, which means no limit: choose a bound the downstream services can take.",
    },
  },
  (context) => ({
    Map(visit) {
      const s = visit.state;
      if (s.MaxConcurrencyPath !== undefined) return;
      const processor = s.ItemProcessor as { ProcessorConfig?: { Mode?: unknown } } | undefined;
      const limit =
        processor?.ProcessorConfig?.Mode === 'DISTRIBUTED'
          ? 'up to 10,000 child executions'
          : 'up to 40 in parallel';
      if (s.MaxConcurrency === undefined)
        context.report({ messageId: 'missing', data: { state: visit.name, limit }, state: visit });
      else if (s.MaxConcurrency === 0)
        context.report({
          messageId: 'unbounded',
          data: { state: visit.name },
          pointer: childPointer(visit.pointer, 'MaxConcurrency'),
          state: visit,
        });
    },
  }),
);
