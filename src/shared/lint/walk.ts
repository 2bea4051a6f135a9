import type { QueryLanguage } from '../asl/types';
import { childPointer } from '../asl/pointer';
import type { MachineVisit, Obj, StateVisit, WorkflowType } from './types';

/** True for a plain (non-array) object. */
export function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The machines nested in a state: Parallel branches, a Map's ItemProcessor (or legacy Iterator). */
export function nestedMachines(
  state: Obj,
  pointer: string,
  workflowType: WorkflowType,
): { pointer: string; machine: Obj; workflowType: WorkflowType }[] {
  const out: { pointer: string; machine: Obj; workflowType: WorkflowType }[] = [];
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, i) => {
      if (isObj(branch))
        out.push({ pointer: childPointer(pointer, 'Branches', i), machine: branch, workflowType });
    });
  }
  if (state.Type === 'Map') {
    for (const key of ['ItemProcessor', 'Iterator']) {
      const processor = state[key];
      if (!isObj(processor)) continue;
      const config = isObj(processor.ProcessorConfig) ? processor.ProcessorConfig : {};
      // A distributed Map runs its items as child executions of the type it names.
      const childType: WorkflowType =
        config.Mode === 'DISTRIBUTED' &&
        (config.ExecutionType === 'EXPRESS' || config.ExecutionType === 'STANDARD')
          ? config.ExecutionType
          : workflowType;
      out.push({
        pointer: childPointer(pointer, key),
        machine: processor,
        workflowType: childType,
      });
    }
  }
  return out;
}

function languageOf(value: Obj, inherited: QueryLanguage): QueryLanguage {
  return value.QueryLanguage === 'JSONata' || value.QueryLanguage === 'JSONPath'
    ? value.QueryLanguage
    : inherited;
}

/**
 * Walks every state of a definition, nested branches and processors included, calling `onMachine`
 * before a machine's states and `onState` for each state. Tolerates malformed input.
 */
export function walkDefinition(
  root: Obj,
  workflowType: WorkflowType,
  onMachine: (visit: MachineVisit) => void,
  onState: (visit: StateVisit) => void,
): void {
  const visitMachine = (
    pointer: string,
    machine: Obj,
    inherited: QueryLanguage,
    type: WorkflowType,
    owner: StateVisit | undefined,
    depth: number,
  ): void => {
    // Nesting deeper than any real machine is malformed input; stop rather than overflow the stack.
    if (depth > 64) return;
    const states: Record<string, Obj> = {};
    if (isObj(machine.States)) {
      // Object.keys and a lookup: Object.entries is several times slower on a large States.
      const all = machine.States;
      for (const name of Object.keys(all)) {
        const state = all[name];
        if (isObj(state)) states[name] = state;
      }
    }
    const queryLanguage = languageOf(machine, inherited);
    const visit: MachineVisit = {
      pointer,
      machine,
      states,
      owner,
      queryLanguage,
      workflowType: type,
    };
    onMachine(visit);
    for (const name of Object.keys(states)) {
      const state = states[name];
      const stateVisit: StateVisit = {
        name,
        state,
        type: typeof state.Type === 'string' ? state.Type : '',
        // Most names need no escaping; skip the regex work for them.
        pointer: /[~/]/.test(name)
          ? childPointer(pointer, 'States', name)
          : `${pointer}/States/${name}`,
        machine: visit,
        queryLanguage: languageOf(state, queryLanguage),
        workflowType: type,
      };
      onState(stateVisit);
      for (const nested of nestedMachines(state, stateVisit.pointer, type))
        visitMachine(
          nested.pointer,
          nested.machine,
          stateVisit.queryLanguage,
          nested.workflowType,
          stateVisit,
          depth + 1,
        );
    }
  };
  visitMachine('', root, 'JSONPath', workflowType, undefined, 0);
}
