import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse';
import {
  conformanceDefinitions,
  realworldFiles,
  realworldSkipReason,
} from '../asl/edit/testCorpus';
import { buildGraph, END_ID, START_ID } from './buildGraph';

const MACHINE = {
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.x', NumericGreaterThan: 10, Next: 'Work' },
        { Variable: '$.status', StringEquals: 'ok', Next: 'Done' },
      ],
      Default: 'Failed',
    },
    Work: {
      Type: 'Parallel',
      Branches: [
        {
          StartAt: 'A',
          States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } },
        },
        { StartAt: 'C', States: { C: { Type: 'Pass', End: true } } },
      ],
      Catch: [{ ErrorEquals: ['States.Timeout', 'States.TaskFailed'], Next: 'Failed' }],
      Next: 'Each',
    },
    Each: {
      Type: 'Map',
      ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      End: true,
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail' },
  },
};

describe('buildGraph', () => {
  const g = buildGraph(MACHINE);
  const node = (id: string) => g.nodes.find((n) => n.id === id);
  const edge = (id: string) => g.edges.find((e) => e.id === id);

  it('has a node per state, groups for branches and processors, and start and end markers', () => {
    expect(g.nodes.filter((n) => n.kind === 'state').map((n) => n.name)).toEqual([
      'Check',
      'Work',
      'A',
      'B',
      'C',
      'Each',
      'Item',
      'Done',
      'Failed',
    ]);
    expect(node('/States/Work')).toMatchObject({ container: true, stateType: 'Parallel' });
    expect(node('/States/Work/Branches/1')).toMatchObject({
      kind: 'group',
      label: 'Branch 2',
      parent: '/States/Work',
    });
    expect(node('/States/Work/Branches/0/States/B')).toMatchObject({
      parent: '/States/Work/Branches/0',
      scope: '/States/Work/Branches/0',
    });
    expect(node('/States/Each/ItemProcessor')).toMatchObject({
      kind: 'group',
      label: 'Item processor',
    });
    expect(node(START_ID)?.kind).toBe('start');
    expect(node(END_ID)?.kind).toBe('end');
  });

  it('labels choice rules with their condition, marks the Default, dashes and labels Catch edges', () => {
    const fromCheck = g.edges.filter((e) => e.source === '/States/Check');
    expect(fromCheck.map((e) => [e.kind, e.label])).toEqual([
      ['choice', '$.x > 10'],
      ['choice', '$.status == "ok"'],
      ['default', 'Default'],
    ]);
    expect(edge('/States/Work|Catch/0')).toMatchObject({
      kind: 'catch',
      dashed: true,
      label: 'States.Timeout, States.TaskFailed',
      via: { catch: 0 },
    });
    expect(edge('/States/Check|Choices/1')?.via).toEqual({ choice: 1 });
  });

  it('draws start, Next inside branches, and End for ending states at the top level', () => {
    expect(edge('#start|StartAt')?.target).toBe('/States/Check');
    expect(edge('/States/Work/Branches/0/States/A|Next')?.target).toBe(
      '/States/Work/Branches/0/States/B',
    );
    expect(g.edges.filter((e) => e.kind === 'end').map((e) => e.source)).toEqual([
      '/States/Each',
      '/States/Done',
      '/States/Failed',
    ]);
    const ids = g.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('skips what it cannot read in a half-typed definition', () => {
    const broken = buildGraph({
      StartAt: 'Nope',
      States: {
        A: { Type: 'Pass', Next: 'Missing' },
        B: 3,
        C: { Choices: 'x', Catch: [null, { Next: 'A' }] },
      },
    });
    expect(broken.nodes.filter((n) => n.kind === 'state').map((n) => n.name)).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(broken.edges).toEqual([
      expect.objectContaining({
        source: '/States/C',
        target: '/States/A',
        kind: 'catch',
        label: 'Catch',
      }),
    ]);
    expect(buildGraph(null)).toEqual({ nodes: [], edges: [] });
    expect(buildGraph({ States: [] }).nodes).toHaveLength(2);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void buildGraph(v)),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary state-machine-shaped values', () => {
    const name = fc.constantFrom('A', 'B', 'C', 'D', '__proto__', 'constructor', '');
    const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), name);
    const { machine } = fc.letrec((tie) => ({
      machine: fc.record(
        {
          StartAt: anything,
          States: fc.oneof(fc.dictionary(name, tie('state'), { maxKeys: 5 }), anything),
        },
        { requiredKeys: [] },
      ),
      state: fc.record(
        {
          Type: fc.oneof(
            fc.constantFrom('Pass', 'Task', 'Choice', 'Parallel', 'Map', 'Fail', 'Succeed', 'Wait'),
            anything,
          ),
          Next: anything,
          End: anything,
          Default: anything,
          Choices: fc.oneof(
            fc.array(
              fc.record(
                {
                  Next: anything,
                  Variable: anything,
                  Not: anything,
                  And: anything,
                  Condition: anything,
                },
                { requiredKeys: [] },
              ),
            ),
            anything,
          ),
          Catch: fc.oneof(
            fc.array(fc.record({ Next: anything, ErrorEquals: anything }, { requiredKeys: [] })),
            anything,
          ),
          Branches: fc.oneof(fc.array(tie('machine'), { maxLength: 3 }), anything),
          ItemProcessor: fc.oneof(tie('machine'), anything),
          Iterator: fc.oneof(tie('machine'), anything),
        },
        { requiredKeys: [] },
      ),
    }));
    fc.assert(
      fc.property(machine, (m) => {
        const g = buildGraph(m);
        const ids = new Set(g.nodes.map((n) => n.id));
        for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** States in a definition, nested branches and processors included. */
function countStates(container: unknown): number {
  if (typeof container !== 'object' || container === null) return 0;
  const states = (container as { States?: unknown }).States;
  if (typeof states !== 'object' || states === null || Array.isArray(states)) return 0;
  let n = 0;
  for (const s of Object.values(states as Record<string, Record<string, unknown>>)) {
    n++;
    if (Array.isArray(s?.Branches)) for (const b of s.Branches) n += countStates(b);
    n += countStates(s?.ItemProcessor) + countStates(s?.Iterator);
  }
  return n;
}

const files = realworldFiles();
describe.skipIf(files.length === 0)('buildGraph on every real-world definition', () => {
  if (files.length === 0) it.skip(realworldSkipReason, () => {});
  it('has one node per state and every edge joins two nodes', () => {
    for (const [file, text] of files) {
      const value = parseDocument(text, 'json').value;
      const g = buildGraph(value);
      expect(g.nodes.filter((n) => n.kind === 'state').length, file).toBe(countStates(value));
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(ids.size, file).toBe(g.nodes.length);
      for (const e of g.edges)
        expect(ids.has(e.source) && ids.has(e.target), `${file} ${e.id}`).toBe(true);
    }
  });
});

const scenarios = conformanceDefinitions();
describe.skipIf(scenarios.length === 0)('buildGraph on every conformance definition', () => {
  it('has one node per state', () => {
    for (const [file, definition] of scenarios) {
      const g = buildGraph(definition);
      expect(g.nodes.filter((n) => n.kind === 'state').length, file).toBe(countStates(definition));
    }
  });
});
