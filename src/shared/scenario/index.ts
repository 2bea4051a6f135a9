/** Test-scenario files: load, run, compare (DESIGN.md, "Test-scenario file"). */
export { loadScenario, type ReadRelative } from './load';
export { runScenario, type ScenarioOutcome } from './run';
export { compareResult, jsonEquals } from './compare';
export { ScenarioError, type Scenario, type ScenarioExpectation } from './types';
