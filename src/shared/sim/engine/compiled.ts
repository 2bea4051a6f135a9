import type { State, StateType } from '../../asl/types';
import type { StateRun } from './core';
import type { Interpreter } from './effects';

/** A state compiled once per definition: paths, templates and expressions are ready to run. */
export interface CompiledState {
  readonly name: string;
  readonly type: StateType;
  readonly definition: State;
  /** History event types for entering and leaving (Fail has no exit event). */
  readonly enteredEvent: string;
  readonly exitedEvent: string | undefined;
  /**
   * Runs the state on its input and returns its output, setting `run.next`; throws StatesError
   * when the state fails.
   */
  run(run: StateRun, input: unknown): Interpreter<unknown>;
  /**
   * The state named by a static `Next`, linked once after compiling so the common transition
   * needs no lookup by name.
   */
  staticNext?: { name: string; state: CompiledState };
  /** The same without a generator, for states that never wait (JSONPath Pass, Choice, Wait…). */
  runSync?: (run: StateRun, input: unknown) => unknown;
}

/** A (sub-)state machine compiled once: the top level, a Parallel branch or a Map processor. */
export interface CompiledMachine {
  readonly startAt: string;
  readonly states: ReadonlyMap<string, CompiledState>;
  /** True when some state in it (at any depth) assigns variables, so lanes need their own copy. */
  readonly assigns: boolean;
}

/** What state compilers need to know about where a state sits. */
export interface CompileEnv {
  /** The query language in force (the state's own, else the machine's). */
  readonly queryLanguage: 'JSONPath' | 'JSONata';
  /** Compiles a nested machine (Parallel branch, Map processor) with the inherited language. */
  compileMachine(machine: unknown, pointer: string): CompiledMachine;
  /** JSON pointer of the state in the definition, for error messages. */
  readonly pointer: string;
}

/** A definition the engine cannot run (a missing StartAt, a Next to no state…), with its location. */
export class DefinitionError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(`${message} (at ${pointer || '/'})`);
    this.name = 'DefinitionError';
  }
}
