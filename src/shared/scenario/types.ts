import type { ContextOverrides } from '../sim/engine/types';
import type { MockedResponsesByState } from '../sim/mocks/mocked-responses';

/** What a test-scenario file expects of the run (DESIGN.md, "Test-scenario file"). */
export interface ScenarioExpectation {
  status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  output?: unknown;
  error?: string;
  cause?: string;
}

/** One test case: a definition (inline or from a file), an input, mocks and the expected result. */
export interface Scenario {
  name: string;
  definition: unknown;
  input: unknown;
  mocks?: MockedResponsesByState;
  context?: ContextOverrides;
  workflowType?: 'STANDARD' | 'EXPRESS';
  expected: ScenarioExpectation;
  /** Corpus extras (categories) kept for reporting. */
  categories?: string[];
}

/** A scenario file that cannot be used, with where the problem is. */
export class ScenarioError extends Error {}
