import type { State, StateMachine } from '../../asl/types';
import { compileChoice } from '../states/Choice';
import { compileFail } from '../states/Fail';
import { compileMap } from '../states/Map';
import { compileParallel } from '../states/Parallel';
import { compilePass } from '../states/Pass';
import { compileSucceed } from '../states/Succeed';
import { compileTask } from '../states/Task';
import { compileWait } from '../states/Wait';
import {
  DefinitionError,
  type CompileEnv,
  type CompiledMachine,
  type CompiledState,
} from './compiled';

type StateCompiler = (name: string, def: never, env: CompileEnv) => CompiledState;

const COMPILERS: Record<string, StateCompiler> = {
  Pass: compilePass,
  Task: compileTask,
  Choice: compileChoice,
  Wait: compileWait,
  Succeed: compileSucceed,
  Fail: compileFail,
  Parallel: compileParallel,
  Map: compileMap,
};

/**
 * Compiles a state machine (or a Parallel branch / Map processor) once: every path, template
 * and expression is parsed here, so running a state does no parsing. Throws DefinitionError with a
 * JSON pointer for what cannot run at all (no StartAt, a Next to a missing state…).
 */
export function compileMachine(
  machine: unknown,
  pointer = '',
  inherited: 'JSONPath' | 'JSONata' = 'JSONPath',
): CompiledMachine {
  if (machine === null || typeof machine !== 'object' || Array.isArray(machine)) {
    throw new DefinitionError('A state machine must be a JSON object', pointer);
  }
  const def = machine as Partial<StateMachine>;
  const language =
    def.QueryLanguage === 'JSONata' || def.QueryLanguage === 'JSONPath'
      ? def.QueryLanguage
      : inherited;
  if (typeof def.StartAt !== 'string')
    throw new DefinitionError('"StartAt" must name a state', pointer);
  if (def.States === null || typeof def.States !== 'object' || Array.isArray(def.States)) {
    throw new DefinitionError('"States" must be an object of states', pointer);
  }
  const states = new Map<string, CompiledState>();
  let assigns = false;
  for (const [name, raw] of Object.entries(def.States)) {
    const statePointer = `${pointer}/States/${escapePointer(name)}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new DefinitionError(`State '${name}' must be an object`, statePointer);
    }
    const state = raw as State;
    const compiler = COMPILERS[state.Type];
    if (!compiler)
      throw new DefinitionError(
        `State '${name}' has an unknown Type ${JSON.stringify(state.Type)}`,
        statePointer,
      );
    const stateLanguage =
      state.QueryLanguage === 'JSONata' || state.QueryLanguage === 'JSONPath'
        ? state.QueryLanguage
        : language;
    const env: CompileEnv = {
      queryLanguage: stateLanguage,
      pointer: statePointer,
      compileMachine: (nested, nestedPointer) =>
        compileMachine(nested, nestedPointer, stateLanguage),
    };
    states.set(name, compiler(name, state as never, env));
    if (JSON.stringify(state).includes('"Assign"')) assigns = true;
  }
  if (!states.has(def.StartAt))
    throw new DefinitionError(`"StartAt" names '${def.StartAt}', which is not a state`, pointer);
  for (const [name, state] of states) {
    const next = (state.definition as { Next?: unknown }).Next;
    if (typeof next === 'string' && states.has(next))
      state.staticNext = { name: next, state: states.get(next)! };
    for (const target of transitionsOf(state.definition)) {
      if (!states.has(target)) {
        throw new DefinitionError(
          `State '${name}' goes to '${target}', which is not a state here`,
          `${pointer}/States/${escapePointer(name)}`,
        );
      }
    }
  }
  return { startAt: def.StartAt, states, assigns };
}

function transitionsOf(state: State): string[] {
  const out: string[] = [];
  const s = state as unknown as Record<string, unknown>;
  if (typeof s.Next === 'string') out.push(s.Next);
  if (typeof s.Default === 'string') out.push(s.Default);
  for (const list of [s.Choices, s.Catch]) {
    if (Array.isArray(list))
      for (const rule of list) if (typeof rule?.Next === 'string') out.push(rule.Next);
  }
  return out;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
