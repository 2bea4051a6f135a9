import type { QueryLanguage } from '../asl/types';
import { childPointer, escapeSegment } from '../asl/pointer';
import type { LintOutline, MachineVisit, Obj, StateVisit, WorkflowType } from './types';

/** What `derive` finds for an outline, derived once per lint run and shared by the rules. */
export function memoize<T>(outline: LintOutline, derive: (outline: LintOutline) => T): T {
  const memo = outline.memo;
  if (memo.has(derive)) return memo.get(derive) as T;
  const value = derive(outline);
  memo.set(derive, value);
  return value;
}

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
      out.push({
        pointer: childPointer(pointer, key),
        machine: processor,
        workflowType: childWorkflowType(processor, workflowType),
      });
    }
  }
  return out;
}

/** A distributed Map runs its items as child executions of the type it names. */
function childWorkflowType(processor: Obj, workflowType: WorkflowType): WorkflowType {
  const config = isObj(processor.ProcessorConfig) ? processor.ProcessorConfig : {};
  return config.Mode === 'DISTRIBUTED' &&
    (config.ExecutionType === 'EXPRESS' || config.ExecutionType === 'STANDARD')
    ? config.ExecutionType
    : workflowType;
}

function languageOf(value: Obj, inherited: QueryLanguage): QueryLanguage {
  return value.QueryLanguage === 'JSONata' || value.QueryLanguage === 'JSONPath'
    ? value.QueryLanguage
    : inherited;
}

// Most states nest no machine: they share this empty list (never written to).
const NONE: MachineVisit[] = [];

/**
 * A state of the outline. Its pointer is written on first read: most states draw no finding and
 * assign no variable, so most pointers are never needed.
 */
class OutlineState implements StateVisit {
  private written: string | undefined = undefined;
  nested: MachineVisit[] = NONE;
  constructor(
    readonly name: string,
    readonly state: Obj,
    readonly type: string,
    readonly machine: MachineVisit,
    readonly queryLanguage: QueryLanguage,
    readonly workflowType: WorkflowType,
    readonly index: number,
    readonly local: number,
  ) {}
  get pointer(): string {
    if (this.written === undefined) {
      this.written = `${this.machine.pointer}/States/${escapeSegment(this.name)}`;
    }
    return this.written;
  }
}

/**
 * The states of a machine as a record of objects. The definition's own States object serves when
 * every member is a state object (the usual case), so a large machine is not copied on every run;
 * otherwise the copy leaves out what is not an object, as rules expect.
 */
function stateRecord(all: Obj, names: string[]): Record<string, Obj> {
  let clean = true;
  for (const name of names)
    if (!isObj(all[name])) {
      clean = false;
      break;
    }
  if (clean) return all as Record<string, Obj>;
  const states: Record<string, Obj> = {};
  for (const name of names) {
    const state = all[name];
    // defineProperty keeps a state named `__proto__` a member (assigning it would set the
    // record's prototype instead).
    if (isObj(state))
      Object.defineProperty(states, name, {
        value: state,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return states;
}

/**
 * Walks every state of a definition once, nested branches and processors included, into the
 * outline every rule reads. Tolerates malformed input.
 */
export function outlineDefinition(root: Obj, workflowType: WorkflowType): LintOutline {
  const outline: LintOutline = { machines: [], states: [], memo: new Map() };
  const visitMachine = (
    pointer: string,
    machine: Obj,
    inherited: QueryLanguage,
    type: WorkflowType,
    owner: StateVisit | undefined,
    depth: number,
  ): MachineVisit | undefined => {
    // Nesting deeper than any real machine is malformed input; stop rather than overflow the stack.
    if (depth > 64) return undefined;
    const all = isObj(machine.States) ? machine.States : undefined;
    // Object.keys and a lookup: Object.entries is several times slower on a large States.
    const names = all ? Object.keys(all) : [];
    const states = all ? stateRecord(all, names) : {};
    const queryLanguage = languageOf(machine, inherited);
    // Sized once (and cut to the states found): growing an empty array allocates for 17.
    const visits: StateVisit[] = new Array(names.length);
    let count = 0;
    const visit: MachineVisit = {
      pointer,
      machine,
      states,
      visits,
      owner,
      queryLanguage,
      workflowType: type,
      // Every field set here, so all machine visits share one shape.
      nameIndex: undefined,
    };
    outline.machines.push(visit);
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      const state = (all as Obj)[name];
      if (!isObj(state)) continue;
      const stateVisit = new OutlineState(
        name,
        state,
        typeof state.Type === 'string' ? state.Type : '',
        visit,
        languageOf(state, queryLanguage),
        type,
        outline.states.length,
        count,
      );
      outline.states.push(stateVisit);
      visits[count++] = stateVisit;
      if (state.Type !== 'Parallel' && state.Type !== 'Map') continue;
      // As nestedMachines finds them, without building its list.
      const nest = (at: string, nested: Obj, nestedType: WorkflowType): void => {
        const inner = visitMachine(
          at,
          nested,
          stateVisit.queryLanguage,
          nestedType,
          stateVisit,
          depth + 1,
        );
        if (!inner) return;
        if (stateVisit.nested === NONE) stateVisit.nested = [inner];
        else stateVisit.nested.push(inner);
      };
      if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        const branches: unknown[] = state.Branches;
        for (let i = 0; i < branches.length; i++) {
          const branch = branches[i];
          if (isObj(branch)) nest(`${stateVisit.pointer}/Branches/${i}`, branch, type);
        }
      } else if (state.Type === 'Map')
        for (const key of ['ItemProcessor', 'Iterator']) {
          const processor = state[key];
          if (isObj(processor))
            nest(`${stateVisit.pointer}/${key}`, processor, childWorkflowType(processor, type));
        }
    }
    if (count < visits.length) visits.length = count;
    return visit;
  };
  visitMachine('', root, 'JSONPath', workflowType, undefined, 0);
  return outline;
}
