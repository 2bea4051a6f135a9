import type { ChoiceRule, ChoiceState } from '../../asl/types';
import { isJsonataExpression } from '../../asl/types';
import { DefinitionError, type CompileEnv, type CompiledState } from '../engine/compiled';
import { contextObject, type StateRun } from '../engine/core';
import { StatesError } from '../errors';
import { compileJsonata } from '../jsonata/expression';
import { compileFlow, NO_RESULT, statesBinding, type DataFlow } from '../io/flow';
import { compileSelectPath } from '../io/jsonpath-io';
import { compileChoiceRule } from '../choice';
import { toStatesError } from '../engine/state-errors';

type Test = (run: StateRun, effective: unknown, input: unknown) => boolean | Promise<boolean>;

interface Branch {
  test: Test;
  next: string;
  flow: DataFlow;
}

/**
 * Choice: the first rule that holds picks the next state (its Assign and, in JSONata, its Output
 * apply); otherwise Default with the state's own Assign/Output; with no Default the state fails
 * with States.NoChoiceMatched.
 */
export function compileChoice(name: string, def: ChoiceState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  const inputPath = jsonata ? undefined : compileSelectPath(def.InputPath);
  const rules = Array.isArray(def.Choices) ? def.Choices : [];
  if (rules.length === 0)
    throw new DefinitionError('A Choice state needs a non-empty "Choices" array', env.pointer);
  const branches: Branch[] = rules.map((rule, i) => {
    if (typeof rule.Next !== 'string')
      throw new DefinitionError('A Choice rule needs "Next"', `${env.pointer}/Choices/${i}`);
    return {
      test: jsonata ? compileCondition(rule) : compilePathRule(rule),
      next: rule.Next,
      flow: branchFlow(def, rule, jsonata),
    };
  });
  const fallback = branchFlow(def, undefined, jsonata);
  return {
    name,
    type: 'Choice',
    definition: def,
    enteredEvent: 'ChoiceStateEntered',
    exitedEvent: 'ChoiceStateExited',
    runSync: jsonata
      ? undefined
      : (run, input) => {
          const effective = inputPath ? inputPath(input, run) : input;
          let chosen: Branch | undefined;
          for (const branch of branches) {
            if (branch.test(run, effective, input)) {
              chosen = branch;
              break;
            }
          }
          run.next = nextOf(chosen);
          return (chosen ? chosen.flow : fallback).finish(run, input, effective, NO_RESULT);
        },
    *run(run, input) {
      const effective = inputPath ? inputPath(input, run) : input;
      let chosen: Branch | undefined;
      for (const branch of branches) {
        let holds = branch.test(run, effective, input);
        if (holds instanceof Promise) holds = (yield { kind: 'await', promise: holds }) as boolean;
        if (holds) {
          chosen = branch;
          break;
        }
      }
      const next = nextOf(chosen);
      let output = (chosen ? chosen.flow : fallback).finish(run, input, effective, NO_RESULT);
      if (output instanceof Promise) output = yield { kind: 'await', promise: output };
      run.next = next;
      return output;
    },
  };

  function nextOf(chosen: Branch | undefined): string {
    const next = chosen ? chosen.next : def.Default;
    if (next === undefined) {
      throw new StatesError(
        'States.NoChoiceMatched',
        `No Choice rule matched the input and the Choice state '${name}' has no Default.`,
      );
    }
    return next;
  }
}

function branchFlow(def: ChoiceState, rule: ChoiceRule | undefined, jsonata: boolean): DataFlow {
  const assign = rule?.Assign ?? (rule ? undefined : def.Assign);
  if (jsonata) return compileFlow({ Output: rule?.Output ?? def.Output, Assign: assign }, true);
  return compileFlow({ OutputPath: def.OutputPath, Assign: assign }, false);
}

function compilePathRule(rule: ChoiceRule): Test {
  let test: (
    input: unknown,
    context: unknown,
    variables: Readonly<Record<string, unknown>>,
  ) => boolean;
  try {
    test = compileChoiceRule(rule);
  } catch (error) {
    const failure = toStatesError(error);
    return () => {
      throw failure;
    };
  }
  if (!JSON.stringify(rule).includes('$$'))
    return (run, effective) => test(effective, undefined, run.lane.vars);
  return (run, effective) => test(effective, contextObject(run), run.lane.vars);
}

function compileCondition(rule: ChoiceRule): Test {
  const condition = rule.Condition;
  if (typeof condition === 'boolean') return () => condition;
  if (!isJsonataExpression(condition)) {
    return () => {
      throw new StatesError(
        'States.QueryEvaluationError',
        `The Condition field must be a JSONata expression written as '{% ... %}'.`,
      );
    };
  }
  const expression = compileJsonata(condition, 'Condition');
  return async (run, _effective, input) => {
    const value = await expression.evaluate(statesBinding(run, input), run.lane.vars);
    if (typeof value !== 'boolean') {
      throw new StatesError(
        'States.QueryEvaluationError',
        `The JSONata expression '${expression.text}' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was '${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}' for value: ${JSON.stringify(value)}`,
      );
    }
    return value;
  };
}
