import type { ParsedDocument } from '../../asl/parse';
import { childPointer, getAtPointer } from '../../asl/pointer';
import type { TextEdit } from '../types';
import { isObj } from '../walk';
import { sessionEdits } from './session';

/**
 * Renames a state of the machine at `machinePointer` and every reference to it there (StartAt,
 * Next, Default, Choices[].Next, Catch[].Next), keeping the state's place among its siblings.
 * Transitions cannot cross machines, so references elsewhere cannot exist.
 */
export function renameStateEdits(
  doc: ParsedDocument,
  machinePointer: string,
  oldName: string,
  newName: string,
): TextEdit[] {
  const machine = getAtPointer(doc.value, machinePointer);
  if (
    !isObj(machine) ||
    !isObj(machine.States) ||
    !(oldName in machine.States) ||
    newName in machine.States
  )
    return [];
  const states = machine.States;
  return sessionEdits(doc, (s) => {
    const statesPointer = childPointer(machinePointer, 'States');
    if (machine.StartAt === oldName) s.set(childPointer(machinePointer, 'StartAt'), newName);
    for (const [name, state] of Object.entries(states)) {
      if (!isObj(state)) continue;
      const at = childPointer(statesPointer, name);
      if (state.Next === oldName) s.set(childPointer(at, 'Next'), newName);
      if (state.Default === oldName) s.set(childPointer(at, 'Default'), newName);
      for (const list of ['Choices', 'Catch'] as const) {
        const items = state[list];
        if (!Array.isArray(items)) continue;
        items.forEach((item, i) => {
          if (isObj(item) && item.Next === oldName)
            s.set(childPointer(at, list, i, 'Next'), newName);
        });
      }
    }
    s.renameKey(childPointer(statesPointer, oldName), newName);
  });
}
