import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from './flowGraph';
import { shareUnchanged } from '../asl/shareUnchanged';

const DEF = {
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.n', NumericGreaterThan: 1, Next: 'Work' }],
    },
    Work: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } },
        { StartAt: 'B2', States: {} },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }],
      End: true,
    },
    Oops: { Type: 'Fail', Error: 'E' },
  },
};

describe('buildFlowGraph', () => {
  const g = buildFlowGraph(DEF, [
    {
      severity: 'ERROR',
      code: 'X',
      message: '',
      location: '/States/Work/Branches/0/States/B1/End',
      source: 'validate',
    },
  ]);
  const node = (id: string) => g.nodes.find((n) => n.id === id);

  it('draws one node per state, nested in frames, with markers', () => {
    const states = g.nodes
      .filter((n) => n.type === 'state' || n.type === 'container')
      .map((n) => n.id);
    expect(states.sort()).toEqual(
      ['/States/Check', '/States/Oops', '/States/Work', '/States/Work/Branches/0/States/B1'].sort(),
    );
    expect(node('/States/Work')?.type).toBe('container');
    expect(node('frame:/States/Work/Branches/1')?.data).toMatchObject({
      kind: 'group',
      empty: true,
    });
    expect(node('/States/Work/Branches/0/States/B1')?.parent).toBe('frame:/States/Work/Branches/0');
    expect(g.containers['/States/Work']).toEqual([
      'frame:/States/Work/Branches/0',
      'frame:/States/Work/Branches/1',
    ]);
    expect(node('start:')).toBeTruthy();
    expect(node('end:')).toBeTruthy();
  });

  it('labels choice rules, offers a Default slot, dashes Catch edges', () => {
    const kinds = g.edges.map((e) => [e.data.kind, e.data.label]);
    expect(kinds).toContainEqual(['choice', '$.n > 1']);
    expect(kinds).toContainEqual(['default', 'Default']);
    expect(kinds).toContainEqual(['catch', 'Catch States.ALL']);
    expect(node('default-slot:/States/Check')?.data).toMatchObject({
      kind: 'placeholder',
      drop: { kind: 'choice-default', name: 'Check' },
    });
  });

  it('counts findings on the innermost state', () => {
    expect(node('/States/Work/Branches/0/States/B1')?.data).toMatchObject({ errors: 1 });
    expect(node('/States/Work')?.data).toMatchObject({ errors: 0 });
  });

  it('changes its signature with the structure only', () => {
    const same = buildFlowGraph({ ...DEF, Comment: 'x' });
    expect(same.signature).toBe(g.signature);
    const other = buildFlowGraph({ ...DEF, States: { ...DEF.States, Extra: { Type: 'Succeed' } } });
    expect(other.signature).not.toBe(g.signature);
  });

  it('survives junk', () => {
    expect(buildFlowGraph(undefined).nodes.map((n) => n.id)).toEqual(['start:', 'end:']);
    expect(() =>
      buildFlowGraph({ StartAt: 3, States: { A: null, B: { Type: 'Map', ItemProcessor: 'x' } } }),
    ).not.toThrow();
  });
});

describe('buildFlowGraph on a re-parsed value', () => {
  const fresh = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
  const edits: [string, (d: typeof DEF) => void][] = [
    ['a Choice rule changed', (d) => (d.States.Check.Choices[0].NumericGreaterThan = 2)],
    ['a branch state renamed', (d) => (d.States.Work.Branches[0].StartAt = 'B9')],
    ['StartAt moved', (d) => (d.StartAt = 'Work')],
    ['the Catch target removed', (d) => (d.States.Work.Catch = [])],
    ['a state added', (d) => Object.assign(d.States, { Extra: { Type: 'Succeed' } })],
  ];
  for (const [what, edit] of edits)
    it(`draws the same graph as a fresh build when ${what}`, () => {
      const before = fresh(DEF);
      buildFlowGraph(before);
      const changed = fresh(DEF) as typeof DEF;
      edit(changed);
      const after = shareUnchanged(before, changed);
      expect(buildFlowGraph(after)).toEqual(buildFlowGraph(fresh(changed)));
    });

  it('reuses the drawing of states that did not change', () => {
    const before = fresh(DEF);
    const first = buildFlowGraph(before);
    const changed = fresh(DEF) as typeof DEF;
    changed.States.Check.Choices[0].NumericGreaterThan = 5;
    const second = buildFlowGraph(shareUnchanged(before, changed));
    const byId = (g: typeof first, id: string) => g.nodes.find((n) => n.id === id);
    expect(byId(second, '/States/Work')).toBe(byId(first, '/States/Work'));
    expect(byId(second, '/States/Work/Branches/0/States/B1')).toBe(
      byId(first, '/States/Work/Branches/0/States/B1'),
    );
    expect(byId(second, '/States/Check')).not.toBe(byId(first, '/States/Check'));
  });
});

describe('buildFlowGraph after a state is added', () => {
  it('redraws only the states whose targets changed', () => {
    const before = JSON.parse(JSON.stringify(DEF)) as typeof DEF;
    const first = buildFlowGraph(before);
    const changed = JSON.parse(JSON.stringify(DEF)) as Record<string, Record<string, unknown>>;
    changed.States.Extra = { Type: 'Succeed' };
    const second = buildFlowGraph(shareUnchanged(before, changed));
    const byId = (g: typeof first, id: string) => g.nodes.find((n) => n.id === id);
    expect(byId(second, '/States/Work')).toBe(byId(first, '/States/Work'));
    expect(byId(second, '/States/Extra')).toBeDefined();
    expect(second).toEqual(buildFlowGraph(JSON.parse(JSON.stringify(changed))));
  });
});
