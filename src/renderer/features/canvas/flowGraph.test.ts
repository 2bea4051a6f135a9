import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from './flowGraph';

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
