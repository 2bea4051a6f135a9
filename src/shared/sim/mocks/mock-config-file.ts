import {
  MockError,
  compileMockedResponse,
  type MockedResponse,
  type MockedResponsesByState,
} from './mocked-responses';

/** AWS Step Functions Local's MockConfigFile. */
export interface MockConfigFile {
  StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
  MockedResponses: Record<string, MockedResponse>;
}

/** Which test case of a MockConfigFile to use (default: the first machine's first test case). */
export interface MockConfigSelection {
  stateMachine?: string;
  testCase?: string;
}

/**
 * Reads mocks: either a scenario's per-state map, or a whole MockConfigFile, in which case the
 * chosen test case's state -> MockedResponse links are resolved. Throws MockError saying what
 * is missing.
 */
export function importMockConfig(
  raw: unknown,
  selection: MockConfigSelection = {},
): MockedResponsesByState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new MockError('Mocks must be a JSON object.');
  const file = raw as Partial<MockConfigFile>;
  if (!('StateMachines' in file) && !('MockedResponses' in file)) {
    const mocks = raw as MockedResponsesByState;
    for (const [state, response] of Object.entries(mocks)) compileMockedResponse(state, response);
    return mocks;
  }
  const machines = file.StateMachines ?? {};
  const machineName = selection.stateMachine ?? Object.keys(machines)[0];
  const machine = machineName === undefined ? undefined : machines[machineName];
  if (!machine)
    throw new MockError(
      `MockConfigFile: no state machine '${machineName ?? ''}' under "StateMachines".`,
    );
  const cases = machine.TestCases ?? {};
  const caseName = selection.testCase ?? Object.keys(cases)[0];
  const testCase = caseName === undefined ? undefined : cases[caseName];
  if (!testCase)
    throw new MockError(
      `MockConfigFile: no test case '${caseName ?? ''}' in "StateMachines.${machineName}.TestCases".`,
    );
  const out: MockedResponsesByState = {};
  for (const [state, responseName] of Object.entries(testCase)) {
    const response = file.MockedResponses?.[responseName];
    if (!response) {
      throw new MockError(
        `MockConfigFile: test case '${caseName}' maps state '${state}' to '${responseName}', which is not under "MockedResponses".`,
      );
    }
    compileMockedResponse(state, response);
    out[state] = response;
  }
  return out;
}

/**
 * Writes per-state mocks as a MockConfigFile (one state machine, one test case), so the same
 * mocks run in Step Functions Local or LocalStack.
 */
export function exportMockConfig(
  mocks: MockedResponsesByState,
  stateMachine: string,
  testCase: string,
): MockConfigFile {
  const links: Record<string, string> = {};
  const responses: Record<string, MockedResponse> = {};
  for (const [state, response] of Object.entries(mocks)) {
    const responseName = `${state.replace(/[^A-Za-z0-9]/g, '')}Mock`;
    let unique = responseName;
    for (let n = 2; unique in responses; n++) unique = `${responseName}${n}`;
    links[state] = unique;
    responses[unique] = response;
  }
  return {
    StateMachines: { [stateMachine]: { TestCases: { [testCase]: links } } },
    MockedResponses: responses,
  };
}
