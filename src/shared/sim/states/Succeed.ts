import type { SucceedState } from '../../asl/types';
import type { CompileEnv, CompiledState } from '../engine/compiled';
import { compileFlow, NO_RESULT } from '../io/flow';

/** Succeed: ends its lane successfully; its output is its (filtered) input, or its Output. */
export function compileSucceed(name: string, def: SucceedState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  const flow = compileFlow(
    { InputPath: def.InputPath, OutputPath: def.OutputPath, Output: def.Output },
    jsonata,
  );
  return {
    name,
    type: 'Succeed',
    definition: def,
    enteredEvent: 'SucceedStateEntered',
    exitedEvent: 'SucceedStateExited',
    runSync: jsonata
      ? undefined
      : (run, input) => {
          run.next = undefined;
          return flow.finish(run, input, flow.prepare(run, input), NO_RESULT);
        },
    *run(run, input) {
      let effective = flow.prepare(run, input);
      if (effective instanceof Promise) effective = yield { kind: 'await', promise: effective };
      let output = flow.finish(run, input, effective, NO_RESULT);
      if (output instanceof Promise) output = yield { kind: 'await', promise: output };
      run.next = undefined;
      return output;
    },
  };
}
