import { CODES } from './codes';
import { at, type ValidationContext } from './context';

/**
 * The states of one machine (top level, a branch or a processor) and their transitions, filled in
 * while each state is checked. Transitions are kept in flat lists and their pointers are written
 * only for a finding: a clean machine allocates next to nothing per state.
 */
export class MachineGraph {
  /** State names in document order (set once by `setNames`). */
  names: readonly string[] = NO_NAMES;
  /** Each state's pointer, by position (those added so far: `count`). */
  pointers: string[] = [];
  /** How many states were added. */
  count = 0;
  /** A state that ends the machine: End, Succeed, Fail (or one whose shape is unknown). */
  terminal = false;
  /** Names or transitions written as `${Name}`: they may be substituted by any name. */
  open = false;
  startAt: string | undefined = undefined;
  // A state whose name some other machine defined first: this machine's names are then searched.
  private foreign = false;
  // Transitions, recorded state by state: the name each goes to and where it is written
  // (EDGE_NEXT, EDGE_DEFAULT, or 2i for Choices[i].Next and 2i + 1 for Catch[i].Next); those of
  // the state at position i start at firstEdge[i].
  // Arrays sized once: most machines are small, and growing empty arrays allocates for 17.
  private to: string[] = NO_NAMES as string[];
  private where: number[] = [];
  private firstEdge: number[] = [];

  constructor(
    private readonly ctx: ValidationContext,
    readonly pointer: string,
    readonly statesPointer: string,
    /** The Parallel or Map state a nested machine belongs to. */
    readonly owner?: string,
  ) {}

  /**
   * Adds a state (names are unique within a machine), before its transitions, and registers its
   * name for the whole definition; returns the pointer where the name was defined before, if it
   * was.
   */
  addState(name: string, pointer: string): string | undefined {
    const i = this.count++;
    this.pointers[i] = pointer;
    this.firstEdge[i] = this.to.length;
    const { stateNames, namedGraphs, namedPositions } = this.ctx;
    const id = stateNames.get(name);
    if (id !== undefined) {
      this.foreign = true;
      return namedGraphs[id].pointers[namedPositions[id]];
    }
    stateNames.set(name, namedGraphs.length);
    namedGraphs.push(this);
    namedPositions.push(i);
    return undefined;
  }

  /** Records a transition of the state added last to `target`, written where `where` says. */
  addEdge(target: string, where: number): void {
    if (this.to === NO_NAMES) this.to = [];
    this.to.push(target);
    this.where.push(where);
  }

  /** The machine's state names, in the order they will be added: sizes the per-state lists. */
  setNames(names: readonly string[]): void {
    this.names = names;
    this.pointers = new Array(names.length);
    this.firstEdge = new Array(names.length);
  }

  /** The position of a state by name, or -1. */
  positionOf(name: string): number {
    const id = this.ctx.stateNames.get(name);
    if (id !== undefined && this.ctx.namedGraphs[id] === this) return this.ctx.namedPositions[id];
    if (!this.foreign) return -1;
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === name) return i;
    return -1;
  }

  /** The edges of the state at position i: from firstEdge[i] up to this. */
  private edgesEnd(i: number): number {
    return i + 1 < this.firstEdge.length ? this.firstEdge[i + 1] : this.to.length;
  }

  /** The pointer of transition `k` of the state at position `from`. */
  private edgePointer(from: number, k: number): string {
    const state = this.pointers[from];
    const where = this.where[k];
    if (where === EDGE_NEXT) return at(state, 'Next');
    if (where === EDGE_DEFAULT) return at(state, 'Default');
    return at(at(at(state, where % 2 === 0 ? 'Choices' : 'Catch'), where >> 1), 'Next');
  }

  /**
   * Transition targets, a terminal state, and reachability. As AWS does, a machine without any
   * terminal state gets MISSING_END_STATE and no unreachable-state findings (everything would be).
   */
  check(ctx: ValidationContext): void {
    const { names, to } = this;
    for (let i = 0; i < names.length; i++)
      for (let k = this.firstEdge[i]; k < this.edgesEnd(i); k++)
        if (this.positionOf(to[k]) < 0)
          ctx.report(
            CODES.MISSING_TRANSITION_TARGET,
            `Missing 'Next' target: ${to[k]}`,
            this.edgePointer(i, k),
            names[i],
          );
    if (names.length === 0) return;
    if (!this.terminal) {
      ctx.report(
        CODES.MISSING_END_STATE,
        'Workflow has no terminal state',
        this.pointer,
        this.owner,
      );
      return;
    }
    const start = this.startAt === undefined ? -1 : this.positionOf(this.startAt);
    if (this.open || start < 0) return;
    const reached: boolean[] = new Array(names.length).fill(false);
    reached[start] = true;
    const queue = [start];
    while (queue.length > 0) {
      const s = queue.pop() as number;
      for (let k = this.firstEdge[s]; k < this.edgesEnd(s); k++) {
        const t = this.positionOf(to[k]);
        if (t >= 0 && !reached[t]) {
          reached[t] = true;
          queue.push(t);
        }
      }
    }
    for (let i = 0; i < names.length; i++)
      if (!reached[i])
        ctx.report(
          CODES.MISSING_TRANSITION_TARGET,
          `State "${names[i]}" is not reachable.`,
          at(this.statesPointer, names[i]),
          names[i],
        );
  }
}

const NO_NAMES: readonly string[] = [];

/** Where a transition is written: Next, Default (Choices and Catch entries are 2i and 2i + 1). */
export const EDGE_NEXT = -1;
export const EDGE_DEFAULT = -2;
