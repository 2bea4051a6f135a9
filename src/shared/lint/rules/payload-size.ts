import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { isObj } from '../walk';
import type { Obj } from '../types';

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

// One stack for every call, written by index: emptying an array (pop or length = 0) lets V8
// release its storage, and a new push would allocate it again on every call.
const boundStack: unknown[] = new Array(64).fill(undefined);

/**
 * An upper bound of the length of a value's JSON, found without writing it: Infinity once the
 * bound reaches `limit`, or at anything but plain JSON data (only JSON.stringify can size that).
 */
function jsonLengthBound(value: unknown, limit: number): number {
  const stack = boundStack;
  let bound = 0;
  let top = 0;
  stack[top++] = value;
  while (top > 0) {
    const v = stack[--top];
    stack[top] = undefined;
    // An escaped character takes at most 6 (\uXXXX); a number at most 24 (-1.7976931348623157e+308).
    if (typeof v === 'string') bound += 2 + 6 * v.length;
    else if (typeof v === 'number') bound += 24;
    else if (typeof v === 'boolean' || v === null) bound += 5;
    else if (Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype) {
      bound += 2 + v.length;
      for (let i = 0; i < v.length; i++) stack[top++] = v[i];
    } else if (
      typeof v === 'object' &&
      Object.getPrototypeOf(v) === Object.prototype &&
      typeof (v as Obj).toJSON !== 'function'
    ) {
      bound += 2;
      for (const key in v as Obj) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
        bound += 4 + 6 * key.length;
        stack[top++] = (v as Obj)[key];
      }
    } else bound = Infinity;
    if (bound >= limit) {
      // Drop what is left, so the stack holds no reference to the definition.
      while (top > 0) stack[--top] = undefined;
      return Infinity;
    }
  }
  return bound;
}

/** UTF-8 size of a value as JSON (how Step Functions measures payloads), or 0 when surely below `floor`. */
function byteSize(value: unknown, floor: number): number {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: JSON shorter than a third of the floor cannot
  // reach it. Most literals are far below, so they are not written out at all.
  if (jsonLengthBound(value, Math.ceil(floor / 3)) * 3 < floor) return 0;
  const json = JSON.stringify(value) ?? '';
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
      for (let f = 0; f < LITERAL_FIELDS.length; f++) {
        const field = LITERAL_FIELDS[f];
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
