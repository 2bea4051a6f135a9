import { describe, expect, it } from 'vitest';
import { exportMockConfig, importMockConfig } from './mock-config-file';
import { MockError, mockTaskResolver } from './mocked-responses';

const request = (stateName: string, invocation: number) => ({
  stateName,
  statePath: stateName,
  resource: 'arn:aws:states:::lambda:invoke',
  parameters: {},
  invocation,
});

describe('mocked responses', () => {
  it('answers by invocation index and range', () => {
    const resolve = mockTaskResolver({
      T: {
        '0': { Return: 'first' },
        '1-2': { Throw: { Error: 'E', Cause: 'c' } },
        '3': { Return: 'last' },
      },
    });
    expect(resolve(request('T', 0))).toEqual({ kind: 'success', output: 'first' });
    expect(resolve(request('T', 2))).toEqual({ kind: 'failure', error: 'E', cause: 'c' });
    expect(resolve(request('T', 3))).toEqual({ kind: 'success', output: 'last' });
    expect(resolve(request('T', 4))).toMatchObject({
      kind: 'failure',
      cause: expect.stringContaining('invocation 4'),
    });
    expect(resolve(request('Other', 0))).toMatchObject({
      cause: expect.stringContaining("'Other'"),
    });
  });

  it('rejects malformed mocks with the state and key', () => {
    expect(() => mockTaskResolver({ T: { x: { Return: 1 } } })).toThrow(MockError);
    expect(() => mockTaskResolver({ T: { '2-1': { Return: 1 } } })).toThrow(
      /ends before it starts/,
    );
    expect(() => mockTaskResolver({ T: { '0': {} } })).toThrow(/Return/);
  });
});

describe('MockConfigFile', () => {
  const file = {
    StateMachines: {
      Machine: { TestCases: { HappyPath: { Charge: 'ChargeOk' }, Sad: { Charge: 'ChargeFails' } } },
    },
    MockedResponses: {
      ChargeOk: { '0': { Return: { ok: true } } },
      ChargeFails: { '0': { Throw: { Error: 'Declined', Cause: 'card' } } },
    },
  };

  it('imports a test case (the first by default)', () => {
    expect(importMockConfig(file)).toEqual({ Charge: { '0': { Return: { ok: true } } } });
    expect(importMockConfig(file, { testCase: 'Sad' })).toEqual({
      Charge: { '0': { Throw: { Error: 'Declined', Cause: 'card' } } },
    });
    expect(() => importMockConfig(file, { testCase: 'Nope' })).toThrow(/Nope/);
  });

  it('exports per-state mocks as a MockConfigFile that imports back', () => {
    const mocks = { 'Charge Card': { '0': { Return: 1 } } };
    const exported = exportMockConfig(mocks, 'Machine', 'Case');
    expect(exported.StateMachines.Machine.TestCases.Case['Charge Card']).toBe('ChargeCardMock');
    expect(importMockConfig(exported)).toEqual(mocks);
  });

  it('accepts the scenario shape directly', () => {
    expect(importMockConfig({ T: { '0': { Return: 1 } } })).toEqual({ T: { '0': { Return: 1 } } });
  });
});
