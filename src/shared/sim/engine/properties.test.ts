import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExecution } from './execution';

/** JSON values as AWS passes them (no -0, no undefined). */
const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

function passChain(n: number): unknown {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < n; i++)
    states[`S${i}`] =
      i === n - 1 ? { Type: 'Pass', End: true } : { Type: 'Pass', Next: `S${i + 1}` };
  return { StartAt: 'S0', States: states };
}

const STATES = ['Pass', 'Choice', 'Wait', 'Fail', 'Succeed', 'Parallel', 'Map'] as const;

/** Random small machines, loops included, from a few state shapes. */
const machine = fc
  .array(
    fc.record({
      type: fc.constantFrom(...STATES),
      next: fc.nat(5),
      alt: fc.nat(5),
      n: fc.integer({ min: -2, max: 2 }),
    }),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((specs) => {
    const name = (i: number) => `S${i % specs.length}`;
    const states: Record<string, unknown> = {};
    specs.forEach((s, i) => {
      const next = { Next: name(s.next) };
      switch (s.type) {
        case 'Pass':
          states[name(i)] = {
            Type: 'Pass',
            Parameters: { 'v.$': '$' },
            OutputPath: '$.v',
            ...next,
          };
          break;
        case 'Choice':
          states[name(i)] = {
            Type: 'Choice',
            Choices: [{ Variable: '$.k', NumericGreaterThan: s.n, Next: name(s.alt) }],
            Default: name(s.next),
          };
          break;
        case 'Wait':
          states[name(i)] = { Type: 'Wait', Seconds: Math.abs(s.n) * 100, ...next };
          break;
        case 'Fail':
          states[name(i)] = { Type: 'Fail', Error: 'E' };
          break;
        case 'Succeed':
          states[name(i)] = { Type: 'Succeed' };
          break;
        case 'Parallel':
          states[name(i)] = {
            Type: 'Parallel',
            Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }],
            OutputPath: '$[0]',
            ...next,
          };
          break;
        case 'Map':
          states[name(i)] = {
            Type: 'Map',
            ItemsPath: '$.items',
            ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
            ResultPath: '$.mapped',
            ...next,
          };
          break;
      }
    });
    return { StartAt: 'S0', TimeoutSeconds: 3600, States: states };
  });

describe('engine properties', () => {
  it('a chain of Pass states is the identity on any JSON input', async () => {
    await fc.assert(
      fc.asyncProperty(json, fc.integer({ min: 1, max: 20 }), async (input, n) => {
        const r = await createExecution(passChain(n), { input }).runToCompletion();
        expect(r).toEqual({ status: 'SUCCEEDED', output: input });
      }),
      { numRuns: 200 },
    );
  });

  it('every run ends (SUCCEEDED, FAILED or TIMED_OUT) within its budget, and nothing throws out', async () => {
    await fc.assert(
      fc.asyncProperty(machine, json, fc.integer({ min: -3, max: 3 }), async (def, extra, k) => {
        const input = { k, items: [1, 2], extra };
        const execution = createExecution(def, { input, limits: { maxTransitions: 500 } });
        const r = await execution.runToCompletion();
        expect(['SUCCEEDED', 'FAILED', 'TIMED_OUT']).toContain(r.status);
        const history = execution.history;
        expect(history.length).toBeGreaterThan(0);
        // Event ids count from 1 and every event points back to an earlier one.
        const wellFormed = history.every(
          (event, i) => event.id === i + 1 && event.previousEventId < event.id,
        );
        expect(wellFormed).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('nothing throws out of the engine for arbitrary definitions and inputs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (def, input) => {
        const r = await createExecution(def, { input }).runToCompletion();
        expect(['SUCCEEDED', 'FAILED', 'TIMED_OUT']).toContain(r.status);
      }),
      { numRuns: 300 },
    );
  });
});
