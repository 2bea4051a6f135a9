import type { PassState } from '../../asl/types';
import type { CompileEnv, CompiledState } from '../engine/compiled';
import { compileFlow, NO_RESULT } from '../io/flow';
import { transitionOf } from './transition';

/**
 * Pass: its result is `Result` when given, else the effective input (after InputPath and
 * Parameters); JSONata Pass states shape their output with `Output`.
 */
export function compilePass(name: string, def: PassState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  const flow = compileFlow(def, jsonata);
  const next = transitionOf(def, env);
  const hasResult = !jsonata && 'Result' in def;
  const result = def.Result;
  return {
    name,
    type: 'Pass',
    definition: def,
    enteredEvent: 'PassStateEntered',
    exitedEvent: 'PassStateExited',
    runSync: jsonata
      ? undefined
      : (run, input) => {
          const effective = flow.prepare(run, input);
          if (run.record) run.record.parameters = effective;
          run.next = next;
          return flow.finish(run, input, effective, hasResult ? result : effective);
        },
    *run(run, input) {
      let effective = flow.prepare(run, input);
      if (effective instanceof Promise) effective = yield { kind: 'await', promise: effective };
      if (run.record) run.record.parameters = effective;
      let output = flow.finish(
        run,
        input,
        effective,
        jsonata ? NO_RESULT : hasResult ? result : effective,
      );
      if (output instanceof Promise) output = yield { kind: 'await', promise: output };
      run.next = next;
      return output;
    },
  };
}
