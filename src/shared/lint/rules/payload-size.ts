import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { isObj } from '../walk';

const LIMIT = 262144;
const LITERAL_FIELDS = [
  'Result',
  'Parameters',
  'Arguments',
  'ItemSelector',
  'ResultSelector',
  'Output',
  'Assign',
];

const encoder = new TextEncoder();

/** UTF-8 size of a value as JSON (how Step Functions measures payloads), or 0 when surely below `floor`. */
function byteSize(value: unknown, floor: number): number {
  const json = JSON.stringify(value) ?? '';
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short JSON cannot reach the floor.
  if (json.length * 3 < floor) return 0;
  return encoder.encode(json).length;
}

/** payload-size: literal payloads and Map fan-ins that approach the 256 KiB payload limit. */
export const payloadSize = defineRule(
  {
    id: 'payload-size',
    severity: 'WARNING',
    description: 'Keep payloads well under 256 KiB: store large data in S3 and pass its ARN.',
    messages: {
      literal:
        "'{state}' writes a {size}-byte literal {field}, {percent}% of the 256 KiB payload limit: keep large data in S3 and pass its ARN.",
      fanIn:
        "Distributed Map '{state}' gathers every child execution's result into its output: with many items that exceeds 256 KiB. Add a ResultWriter (S3) or set ResultPath to null.",
    },
    defaultOptions: { warnBytes: 196608 },
    validateOptions: (o) =>
      Number.isInteger(o.warnBytes) && (o.warnBytes as number) > 0
        ? undefined
        : 'warnBytes must be a positive integer',
  },
  (context) => ({
    state(visit) {
      const warnAt = context.options.warnBytes as number;
      for (const field of LITERAL_FIELDS) {
        const value = visit.state[field];
        if (value === undefined || (typeof value !== 'object' && typeof value !== 'string'))
          continue;
        const size = byteSize(value, warnAt);
        if (size < warnAt) continue;
        context.report({
          messageId: 'literal',
          data: { state: visit.name, field, size, percent: Math.round((size / LIMIT) * 100) },
          pointer: childPointer(visit.pointer, field),
          state: visit,
        });
      }
    },
    Map(visit) {
      const processor = isObj(visit.state.ItemProcessor) ? visit.state.ItemProcessor : undefined;
      const mode =
        processor && isObj(processor.ProcessorConfig) ? processor.ProcessorConfig.Mode : undefined;
      if (
        mode !== 'DISTRIBUTED' ||
        visit.state.ResultWriter !== undefined ||
        visit.state.ResultPath === null
      )
        return;
      if (visit.queryLanguage === 'JSONata' && visit.state.Output !== undefined) return;
      context.report({ messageId: 'fanIn', data: { state: visit.name }, state: visit });
    },
  }),
);
