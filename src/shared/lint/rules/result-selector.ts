import { defineRule } from '../define';
import { resourceInfo } from '../analysis/resource';

/**
 * result-selector: SDK integrations, Lambda invoke and .sync jobs return large envelopes (HTTP
 * metadata, job descriptions); keeping them whole grows the payload toward its 256 KiB limit.
 */
export const resultSelector = defineRule(
  {
    id: 'result-selector',
    severity: 'INFO',
    description:
      'Trim large integration results with ResultSelector (JSONPath) or Output (JSONata).',
    messages: {
      jsonPath:
        "Task '{state}' keeps the whole {what} response in its output: pick the fields you need with ResultSelector (or discard it with ResultPath null).",
      jsonata:
        "Task '{state}' outputs the whole {what} response: pick the fields you need with Output.",
    },
  },
  (context) => ({
    Task(visit) {
      const info = resourceInfo(visit.state.Resource);
      const resource = String(visit.state.Resource ?? '');
      const isLambdaInvoke = /:states:::lambda:invoke$/.test(resource);
      const isJob = info.pattern === 'sync' || info.pattern === 'sync:2';
      if (info.kind !== 'sdk' && !isLambdaInvoke && !isJob) return;
      const what =
        info.kind === 'sdk'
          ? `${info.service}:${info.action}`
          : isLambdaInvoke
            ? 'Lambda invoke'
            : `${info.service}:${info.action} job`;
      const s = visit.state;
      if (visit.queryLanguage === 'JSONata') {
        if (s.Output === undefined)
          context.report({ messageId: 'jsonata', data: { state: visit.name, what }, state: visit });
        return;
      }
      const trimmed =
        s.ResultSelector !== undefined ||
        s.ResultPath === null ||
        (s.OutputPath !== undefined && s.OutputPath !== '$');
      if (!trimmed)
        context.report({ messageId: 'jsonPath', data: { state: visit.name, what }, state: visit });
    },
  }),
);
