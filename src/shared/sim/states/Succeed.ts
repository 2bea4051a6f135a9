import type { SucceedState } from '../../asl/types';
import type { CompileEnv, CompiledState } from '../engine/compiled';
import { compileFlow, NO_RESULT, type FlowResult } from '../io/flow';

/** Succeed: ends its lane successfully; its output is its (filtered) input, or its Output. */
export function compileSucceed(name: string, def: SucceedState, env: CompileEnv): CompiledState {
  const flow = compileFlow(
    { InputPath: def.InputPath, OutputPath: def.OutputPath, Output: def.Output },
    env.queryLanguage === 'JSONata',
  );
  return {
    name,
    type: 'Succeed',
    definition: def,
    enteredEvent: 'SucceedStateEntered',
    exitedEvent: 'SucceedStateExited',
    *run(run, input) {
      let effective = flow.prepare(run, input);
      if (effective instanceof Promise) effective = yield { kind: 'await', promise: effective };
      let done = flow.finish(run, input, effective, NO_RESULT);
      if (done instanceof Promise) done = (yield { kind: 'await', promise: done }) as FlowResult;
      return { output: done.output, next: undefined };
    },
  };
}
