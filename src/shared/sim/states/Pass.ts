import type { JsonValue, PassState } from '../../asl/types';
import type { CompileEnv, CompiledState } from '../engine/compiled';
import type { StateRun } from '../engine/core';
import type { Interpreter } from '../engine/effects';
import { compileFlow, NO_RESULT, type DataFlow } from '../io/flow';
import { transitionOf } from './transition';

/**
 * Pass: its result is `Result` when given, else the effective input (after InputPath and
 * Parameters); JSONata Pass states shape their output with `Output`. A class, not closures, so
 * a definition with thousands of Pass states stays small in memory.
 */
class CompiledPass implements CompiledState {
  readonly type = 'Pass' as const;
  readonly enteredEvent = 'PassStateEntered';
  readonly exitedEvent = 'PassStateExited';
  readonly runSync: ((run: StateRun, input: unknown) => unknown) | undefined;
  staticNext: CompiledState['staticNext'] = undefined;

  constructor(
    readonly name: string,
    readonly definition: PassState,
    private readonly flow: DataFlow,
    private readonly next: string | undefined,
    private readonly hasResult: boolean,
    private readonly result: JsonValue | undefined,
  ) {
    this.runSync = flow.jsonata ? undefined : this.runJsonPath;
  }

  private runJsonPath(this: CompiledPass, run: StateRun, input: unknown): unknown {
    const effective = this.flow.prepare(run, input);
    const result = this.hasResult ? this.result : effective;
    if (run.record) {
      run.record.parameters = effective;
      run.record.result = result;
    }
    run.next = this.next;
    return this.flow.finish(run, input, effective, result);
  }

  *run(run: StateRun, input: unknown): Interpreter<unknown> {
    let effective = this.flow.prepare(run, input);
    if (effective instanceof Promise) effective = yield { kind: 'await', promise: effective };
    if (run.record) run.record.parameters = effective;
    const result = this.flow.jsonata ? NO_RESULT : this.hasResult ? this.result : effective;
    let output = this.flow.finish(run, input, effective, result);
    if (output instanceof Promise) output = yield { kind: 'await', promise: output };
    run.next = this.next;
    return output;
  }
}

/** Compiles a Pass state. */
export function compilePass(name: string, def: PassState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  return new CompiledPass(
    name,
    def,
    compileFlow(def, jsonata),
    transitionOf(def, env),
    !jsonata && 'Result' in def,
    def.Result,
  );
}
