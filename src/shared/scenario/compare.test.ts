import { describe, expect, it } from 'vitest';
import { compareResult, jsonEquals } from './compare';
import { loadScenario } from './load';
import { runScenario } from './run';

describe('scenario comparison', () => {
  it('ignores key order and 1 vs 1.0', () => {
    expect(jsonEquals({ a: 1, b: [1, { c: 2 }] }, { b: [1.0, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEquals([1, 2], [2, 1])).toBe(false);
  });

  it('compares status, output, error, and cause only when given', () => {
    expect(
      compareResult({ status: 'SUCCEEDED', output: 1 }, { status: 'SUCCEEDED', output: 1 }),
    ).toEqual([]);
    expect(
      compareResult({ status: 'SUCCEEDED', output: 1 }, { status: 'SUCCEEDED', output: 2 }),
    ).toHaveLength(1);
    expect(
      compareResult(
        { status: 'FAILED', error: 'E' },
        { status: 'FAILED', error: 'E', cause: 'anything' },
      ),
    ).toEqual([]);
    expect(
      compareResult(
        { status: 'FAILED', error: 'E', cause: 'x' },
        { status: 'FAILED', error: 'E', cause: 'y' },
      ),
    ).toHaveLength(1);
    expect(compareResult({ status: 'FAILED' }, { status: 'FAILED', error: 'E' })).toHaveLength(1);
    expect(compareResult({ status: 'SUCCEEDED' }, { status: 'FAILED', error: 'E' })[0]).toContain(
      'status',
    );
  });
});

describe('scenario files', () => {
  it('loads a definitionFile through the reader and runs it with mocks', async () => {
    const text = JSON.stringify({
      name: 'charge',
      definitionFile: 'machine.json',
      input: { n: 1 },
      mocks: { T: { '0': { Return: { ok: true } } } },
      expected: { status: 'SUCCEEDED', output: { ok: true } },
    });
    const definition = JSON.stringify({
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
    });
    const scenario = await loadScenario(text, 'case.json', async (rel) => {
      expect(rel).toBe('machine.json');
      return definition;
    });
    const outcome = await runScenario(scenario);
    expect(outcome.passed).toBe(true);
  });

  it('reports broken files with a location', async () => {
    await expect(loadScenario('{"name": ', 'bad.json', async () => '')).rejects.toThrow(
      /bad\.json:1:/,
    );
    await expect(
      loadScenario('{"definition": {}, "expected": {"status": "MAYBE"}}', 'x.json', async () => ''),
    ).rejects.toThrow(/expected\.status/);
  });
});
