import type { Diagnostic } from '../../../shared/validate/diagnostic';
import type { StateLocation } from '../../store/stateIndex';

const indexes = new WeakMap<readonly StateLocation[], Map<string, StateLocation>>();

/** The state a finding belongs to: the deepest state whose pointer contains its location. */
export function stateOfDiagnostic(
  d: Diagnostic,
  states: readonly StateLocation[],
): StateLocation | undefined {
  let byPointer = indexes.get(states);
  if (!byPointer) {
    byPointer = new Map(states.map((s) => [s.pointer, s]));
    indexes.set(states, byPointer);
  }
  // Walk the location up one segment at a time: the first state pointer met is the deepest.
  let pointer = d.location;
  while (pointer) {
    const hit = byPointer.get(pointer);
    if (hit) return hit;
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
  return d.stateName ? states.find((s) => s.name === d.stateName) : undefined;
}
