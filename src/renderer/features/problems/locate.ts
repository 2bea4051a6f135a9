import type { Diagnostic } from '../../../shared/validate/diagnostic';
import type { StateLocation } from '../../store/stateIndex';

/** The state a finding belongs to: the deepest state whose pointer contains its location. */
export function stateOfDiagnostic(
  d: Diagnostic,
  states: readonly StateLocation[],
): StateLocation | undefined {
  let best: StateLocation | undefined;
  for (const s of states) {
    if (d.location === s.pointer || d.location.startsWith(s.pointer + '/')) {
      if (!best || s.pointer.length > best.pointer.length) best = s;
    }
  }
  if (!best && d.stateName) best = states.find((s) => s.name === d.stateName);
  return best;
}
