import { createExecution } from '../sim/engine/execution';
import type { ExecutionResult } from '../sim/engine/types';
import { compareResult } from './compare';
import type { Scenario } from './types';

/** The outcome of one scenario. */
export interface ScenarioOutcome {
  name: string;
  passed: boolean;
  result: ExecutionResult;
  /** What differed from the expectation (empty when passed). */
  problems: string[];
}

/** Runs a scenario in the simulator and compares the result with its expectation. */
export async function runScenario(scenario: Scenario): Promise<ScenarioOutcome> {
  const execution = createExecution(scenario.definition, {
    input: scenario.input,
    mocks: scenario.mocks,
    context: scenario.context,
    workflowType: scenario.workflowType,
    recordStates: false,
  });
  const result = await execution.runToCompletion();
  const problems = compareResult(scenario.expected, result);
  return { name: scenario.name, passed: problems.length === 0, result, problems };
}
