import { childPointer } from '../../shared/asl/pointer';
import type { SourceMap } from '../../shared/asl/parse';

/** One state of a definition (at any depth) and where its text sits. */
export interface StateLocation {
  name: string;
  type: string;
  /** JSON pointer of the state object, e.g. `/States/P/Branches/0/States/A`. */
  pointer: string;
  /** Text span from the state's key to the end of its value. */
  start: number;
  end: number;
  line: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every state in a definition, nested branches and processors included, in document order. */
export function listStates(value: unknown, sourceMap?: SourceMap): StateLocation[] {
  const out: StateLocation[] = [];
  const visitMachine = (machine: unknown, pointer: string): void => {
    if (!isObject(machine) || !isObject(machine.States)) return;
    for (const [name, state] of Object.entries(machine.States)) {
      const statePointer = childPointer(pointer, 'States', name);
      const range = sourceMap?.rangeOf(statePointer);
      const start = range ? (range.keyOffset ?? range.offset) : 0;
      out.push({
        name,
        type: isObject(state) && typeof state.Type === 'string' ? state.Type : '?',
        pointer: statePointer,
        start,
        end: range ? range.offset + range.length : 0,
        line: range?.line ?? 0,
      });
      if (!isObject(state)) continue;
      if (Array.isArray(state.Branches)) {
        state.Branches.forEach((b, i) =>
          visitMachine(b, childPointer(statePointer, 'Branches', i)),
        );
      }
      if (isObject(state.ItemProcessor))
        visitMachine(state.ItemProcessor, childPointer(statePointer, 'ItemProcessor'));
      if (isObject(state.Iterator))
        visitMachine(state.Iterator, childPointer(statePointer, 'Iterator'));
    }
  };
  visitMachine(value, '');
  return out;
}

/** The innermost state whose text contains `offset` (the cursor), if any. */
export function stateAtOffset(
  states: readonly StateLocation[],
  offset: number,
): StateLocation | undefined {
  let best: StateLocation | undefined;
  for (const s of states) {
    if (offset >= s.start && offset <= s.end && (!best || s.end - s.start < best.end - best.start))
      best = s;
  }
  return best;
}
