import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isStatesError } from '../errors';
import { seededRandom as seeded } from '../random/random';
import { evaluatePath, setAtReferencePath } from '../jsonpath';
import { compilePayloadTemplate } from './payload-template';

describe('compilePayloadTemplate', () => {
  it('resolves .$ keys from the input, the context object and variables; copies the rest', () => {
    const template = {
      'a.$': '$.x',
      'id.$': '$$.Execution.Id',
      'v.$': '$myVar.inner[0]',
      constant: { nested: [1, 'two'] },
      list: [{ 'y.$': '$.y' }, 3],
    };
    const run = compilePayloadTemplate(template);
    expect(
      run({ x: 1, y: 2 }, { Execution: { Id: 'e-1' } }, { myVar: { inner: ['first'] } }),
    ).toEqual({
      a: 1,
      id: 'e-1',
      v: 'first',
      constant: { nested: [1, 'two'] },
      list: [{ y: 2 }, 3],
    });
  });

  it('shares constant sub-trees instead of copying them', () => {
    const constant = { big: [1, 2, 3] };
    const run = compilePayloadTemplate({ constant, 'x.$': '$' });
    expect((run({}) as { constant: unknown }).constant).toBe(constant);
    expect(compilePayloadTemplate(constant)({})).toBe(constant);
  });

  it('evaluates intrinsic calls, with the random source passed in', () => {
    const run = compilePayloadTemplate({
      'greeting.$': "States.Format('Hi {}', $.name)",
      'id.$': 'States.UUID()',
    });
    const first = run({ name: 'Ann' }, undefined, undefined, seeded(3)) as {
      greeting: string;
      id: string;
    };
    expect(first.greeting).toBe('Hi Ann');
    expect((run({ name: 'Ann' }, undefined, undefined, seeded(3)) as { id: string }).id).toBe(
      first.id,
    );
  });

  it('gives indefinite paths as lists', () => {
    expect(
      compilePayloadTemplate({ 'all.$': '$.items[*].n' })({ items: [{ n: 1 }, { n: 2 }] }),
    ).toEqual({ all: [1, 2] });
  });

  it("fails with AWS's States.Runtime text when a path names nothing", () => {
    const run = compilePayloadTemplate({ 'a.$': '$.x' });
    try {
      run({ y: 1 });
      expect.fail('should throw');
    } catch (error) {
      expect(isStatesError(error) && error.error).toBe('States.Runtime');
      expect(isStatesError(error) && error.cause).toBe(
        `The JSONPath '$.x' specified for the field 'a.$' could not be found in the input '{"y":1}'`,
      );
    }
  });

  it('rejects a .$ value that is no path or call when compiled, naming the field', () => {
    expect(() => compilePayloadTemplate({ 'a.$': 5 })).toThrow(/'a\.\$'/);
    expect(() => compilePayloadTemplate({ 'a.$': 'nope' })).toThrow(/'a\.\$'/);
    expect(() => compilePayloadTemplate({ 'a.$': 'States.Nope()' })).toThrow(/'a\.\$'/);
  });
});

// The conformance corpus holds executions recorded against AWS; the ones whose definition is one
// Pass state exercise exactly this layer (InputPath, Parameters, ResultPath, OutputPath).
const corpus = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'conformance');

interface Scenario {
  definition?: {
    StartAt: string;
    States: Record<string, Record<string, unknown>>;
    QueryLanguage?: string;
  };
  input?: unknown;
  expected: { status: string; output?: unknown; error?: string; cause?: string };
}

function onePassState(scenario: Scenario): Record<string, unknown> | undefined {
  const states = scenario.definition?.States;
  if (!states || scenario.definition?.QueryLanguage) return undefined;
  const all = Object.values(states);
  if (all.length !== 1 || all[0].Type !== 'Pass' || all[0].QueryLanguage || all[0].Assign)
    return undefined;
  return all[0];
}

function runPass(state: Record<string, unknown>, input: unknown): unknown {
  const context = { Execution: { Input: input } };
  const select = (value: unknown, p: unknown) =>
    p === undefined ? value : p === null ? {} : evaluatePath(p as string, value, context);
  const effective = select(input, state.InputPath);
  const result =
    state.Result !== undefined
      ? state.Result
      : state.Parameters !== undefined
        ? compilePayloadTemplate(state.Parameters)(effective, context)
        : effective;
  const merged =
    state.ResultPath === undefined
      ? result
      : state.ResultPath === null
        ? input
        : setAtReferencePath(input, state.ResultPath as string, result);
  return select(merged, state.OutputPath);
}

describe.skipIf(!existsSync(corpus))('conformance corpus: one-Pass-state executions', () => {
  const cases = existsSync(corpus)
    ? readdirSync(corpus)
        .filter((name) => name.endsWith('.json'))
        .map((name) => ({
          name,
          scenario: JSON.parse(readFileSync(path.join(corpus, name), 'utf8')) as Scenario,
        }))
        .filter(
          ({ scenario }) =>
            onePassState(scenario) &&
            !JSON.stringify(scenario.definition).includes('States.UUID') &&
            // The 256 KiB payload limit is the engine's check, not this layer's.
            scenario.expected.error !== 'States.DataLimitExceeded',
        )
    : [];

  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases.map((c) => [c.name, c.scenario] as const))('%s', (_name, scenario) => {
    const state = onePassState(scenario)!;
    let outcome: Record<string, unknown>;
    try {
      outcome = { status: 'SUCCEEDED', output: runPass(state, scenario.input ?? {}) };
    } catch (error) {
      if (!isStatesError(error)) throw error;
      outcome = { status: 'FAILED', error: error.error, cause: error.cause };
    }
    const expected = scenario.expected;
    expect(outcome.status).toBe(expected.status);
    if (expected.status === 'SUCCEEDED')
      expect(JSON.parse(JSON.stringify(outcome.output))).toEqual(expected.output);
    else {
      expect(outcome.error).toBe(expected.error);
      if (expected.cause) expect(String(expected.cause)).toContain(String(outcome.cause));
    }
  });
});
