import type { TaskOutcome, TaskRequest, TaskResolver } from '../engine/types';

/** One answer of a mocked task (Step Functions Local's MockConfigFile shape). */
export interface MockedAnswer {
  Return?: unknown;
  Throw?: { Error?: string; Cause?: string };
}

/** A MockedResponse: invocation index ("0") or inclusive range ("1-2") to an answer. */
export type MockedResponse = Record<string, MockedAnswer>;

/** A scenario's mocks: a Task state's name to its MockedResponse. */
export type MockedResponsesByState = Record<string, MockedResponse>;

interface CompiledMock {
  ranges: { from: number; to: number; answer: MockedAnswer }[];
}

/** A problem in a mock, with where it is, found before the run starts. */
export class MockError extends Error {}

/** Checks and indexes a MockedResponse; throws MockError naming the state and key when malformed. */
export function compileMockedResponse(stateName: string, response: unknown): CompiledMock {
  if (response === null || typeof response !== 'object' || Array.isArray(response))
    throw new MockError(
      `Mock for state '${stateName}' must be an object of invocation index -> Return|Throw.`,
    );
  const ranges: CompiledMock['ranges'] = [];
  for (const [key, answer] of Object.entries(response as Record<string, unknown>)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(key.trim());
    if (!m)
      throw new MockError(
        `Mock for state '${stateName}': key '${key}' is not an index ("0") or range ("1-2").`,
      );
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from)
      throw new MockError(`Mock for state '${stateName}': range '${key}' ends before it starts.`);
    if (
      answer === null ||
      typeof answer !== 'object' ||
      (!('Return' in answer) && !('Throw' in answer))
    )
      throw new MockError(
        `Mock for state '${stateName}', invocation '${key}': expected { "Return": … } or { "Throw": … }.`,
      );
    ranges.push({ from, to, answer: answer as MockedAnswer });
  }
  ranges.sort((a, b) => a.from - b.from);
  return { ranges };
}

/** The answer a compiled mock gives for a given invocation, if any. */
export function mockAnswerFor(mock: CompiledMock, invocation: number): MockedAnswer | undefined {
  for (const r of mock.ranges) if (invocation >= r.from && invocation <= r.to) return r.answer;
  return undefined;
}

/** Converts a mock answer to a task outcome. */
export function outcomeOf(answer: MockedAnswer): TaskOutcome {
  if (answer.Throw) {
    return {
      kind: 'failure',
      error: String(answer.Throw.Error ?? 'States.TaskFailed'),
      cause: answer.Throw.Cause,
    };
  }
  return { kind: 'success', output: answer.Return ?? null };
}

/**
 * A task resolver answering from per-state mocks. A Task with no mock, or called more often than
 * its mock covers, fails with States.TaskFailed and a message naming the state.
 */
export function mockTaskResolver(mocks: MockedResponsesByState): TaskResolver {
  const compiled = new Map<string, CompiledMock>();
  for (const [name, response] of Object.entries(mocks))
    compiled.set(name, compileMockedResponse(name, response));
  return (request: TaskRequest): TaskOutcome => {
    const mock = compiled.get(request.stateName);
    if (!mock) {
      return {
        kind: 'failure',
        error: 'States.TaskFailed',
        cause: `No mock for Task state '${request.stateName}' (resource ${request.resource}); give it a mock (a scenario's "mocks", or run --mocks).`,
      };
    }
    const answer = mockAnswerFor(mock, request.invocation);
    if (!answer) {
      return {
        kind: 'failure',
        error: 'States.TaskFailed',
        cause: `The mock for Task state '${request.stateName}' has no answer for invocation ${request.invocation}.`,
      };
    }
    return outcomeOf(answer);
  };
}
