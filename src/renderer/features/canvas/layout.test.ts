import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildFlowGraph } from './flowGraph';
import { layoutFlow, type ElkGraph, type ElkLike } from './layout';
import { ScopeLayoutCache } from './scopeLayoutCache';

const elk = new ELK() as unknown as ElkLike;

describe('layoutFlow', () => {
  it('places states top to bottom and sizes frames around their states', async () => {
    const g = buildFlowGraph({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'P' },
        P: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'X',
              States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Pass', End: true } },
            },
            { StartAt: 'Z', States: { Z: { Type: 'Pass', End: true } } },
          ],
          End: true,
        },
      },
    });
    const r = await layoutFlow(g, elk);
    const p = r.positions;
    expect(p['/States/A'].y).toBeLessThan(p['/States/P'].y);
    expect(p['/States/P/Branches/0/States/X'].y).toBeLessThan(p['/States/P/Branches/0/States/Y'].y);
    const f0 = p['frame:/States/P/Branches/0'];
    const f1 = p['frame:/States/P/Branches/1'];
    expect(f1.x).toBeGreaterThan(f0.x + r.sizes['frame:/States/P/Branches/0'].width - 1);
    expect(r.sizes['/States/P'].width).toBeGreaterThan(
      r.sizes['frame:/States/P/Branches/0'].width * 2,
    );
    expect(r.signature).toBe(g.signature);
  });

  it('keeps hundreds of converging Catch edges out of what ELK lays out', async () => {
    const States: Record<string, unknown> = {};
    const n = 300;
    for (let i = 0; i < n; i++)
      States[`T${i}`] = {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Fail' }],
        ...(i + 1 < n ? { Next: `T${i + 1}` } : { End: true }),
      };
    States.Fail = { Type: 'Fail' };
    const g = buildFlowGraph({ StartAt: 'T0', States });
    // Those edges make ELK's crossing minimisation take tens of seconds; the Fail state is placed
    // by at most one of them.
    const seen: ElkGraph[] = [];
    const r = await layoutFlow(g, { layout: (graph) => (seen.push(graph), elk.layout(graph)) });
    expect(Object.keys(r.positions)).toContain('/States/Fail');
    const intoFail = seen[0].edges!.filter((e) => e.targets[0] === '/States/Fail');
    expect(intoFail.length).toBeLessThanOrEqual(1);
  });

  it('sends only the scopes that changed to ELK again when given a cache', async () => {
    const branch = (name: string) => ({
      StartAt: `${name} 1`,
      States: {
        [`${name} 1`]: { Type: 'Pass', Next: `${name} 2` },
        [`${name} 2`]: { Type: 'Pass', End: true },
      },
    });
    const definition = (extra: boolean) => ({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: extra ? 'B' : 'P' },
        ...(extra ? { B: { Type: 'Pass', Next: 'P' } } : {}),
        P: { Type: 'Parallel', Branches: [branch('X'), branch('Y')], End: true },
      },
    });
    const sent: string[] = [];
    const counting: ElkLike = { layout: (graph) => (sent.push(graph.id), elk.layout(graph)) };
    const cache = new ScopeLayoutCache();
    const first = await layoutFlow(buildFlowGraph(definition(false)), counting, cache);
    expect(sent).toHaveLength(3);
    sent.length = 0;
    const withB = buildFlowGraph(definition(true));
    const cached = await layoutFlow(withB, counting, cache);
    // The branches are the same graphs as before; only the top level has a new state.
    expect(sent).toEqual(['root']);
    const fresh = await layoutFlow(withB, elk);
    expect(cached.positions).toEqual(fresh.positions);
    expect(cached.sizes).toEqual(fresh.sizes);
    expect(first.positions['/States/P/Branches/0/States/X 1']).toEqual(
      fresh.positions['/States/P/Branches/0/States/X 1'],
    );
  });
});

describe('ScopeLayoutCache', () => {
  it('forgets the least recently used layout past its limit', () => {
    const cache = new ScopeLayoutCache(2);
    const layout = { positions: {}, width: 1, height: 1 };
    cache.set('a', layout);
    cache.set('b', layout);
    cache.get('a');
    cache.set('c', layout);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(layout);
    expect(cache.get('c')).toBe(layout);
  });
});
