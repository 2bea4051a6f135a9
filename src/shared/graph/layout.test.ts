import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildFlowGraph } from './flowGraph';
import { layoutFlow, type ElkGraph, type ElkLike } from './layout';
import { ScopeLayoutCache } from './scopeLayoutCache';
import { NODE_HEIGHT, NODE_WIDTH } from './types';

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
    const intoFail = seen[0].edges!.filter((e) => e.targets[0].startsWith('/States/Fail#'));
    expect(intoFail.length).toBeLessThanOrEqual(1);
    // (Edges end on ports named after their state: the filter above does find edges.)
    expect(seen[0].edges!.filter((e) => e.targets[0].startsWith('/States/T1#'))).toHaveLength(1);
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

describe('edge routes', () => {
  it('routes every edge from a port of its own around the states in between', async () => {
    const g = buildFlowGraph({
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'A' }],
          Default: 'Z',
        },
        A: { Type: 'Pass', Next: 'B' },
        B: { Type: 'Pass', Next: 'Z' },
        Z: { Type: 'Succeed' },
      },
    });
    const r = await layoutFlow(g, elk);
    const skip = r.routes['/States/C=>/States/Z#default'];
    const rule = r.routes['/States/C=>/States/A#choice0'];
    expect(skip.points.length).toBeGreaterThan(2);
    // Both leave C's bottom, at different points; each route's ends agree with its offsets.
    const c = r.positions['/States/C'];
    for (const route of [skip, rule]) {
      expect(route.points[0].y).toBe(c.y + NODE_HEIGHT);
      expect(route.points[0].x).toBe(c.x + NODE_WIDTH / 2 + route.sourceOffset);
    }
    expect(skip.points[0].x).not.toBe(rule.points[0].x);
    // The skip edge never crosses A or B.
    for (const name of ['A', 'B']) {
      const at = r.positions[`/States/${name}`];
      for (let i = 1; i < skip.points.length; i++) {
        const [p, q] = [skip.points[i - 1], skip.points[i]];
        const inside = (x: number, y: number) =>
          x > at.x && x < at.x + NODE_WIDTH && y > at.y && y < at.y + NODE_HEIGHT;
        expect(inside((p.x + q.x) / 2, (p.y + q.y) / 2)).toBe(false);
      }
    }
    // Labels get room of their own, clear of the states.
    const label = rule.label!;
    for (const at of Object.values(r.positions))
      expect(
        label.x > at.x &&
          label.x < at.x + NODE_WIDTH &&
          label.y > at.y &&
          label.y < at.y + NODE_HEIGHT,
      ).toBe(false);
  });

  it('puts routes inside a branch on the whole canvas', async () => {
    const g = buildFlowGraph({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'X',
              States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Pass', End: true } },
            },
          ],
          End: true,
        },
      },
    });
    const r = await layoutFlow(g, elk);
    const route = r.routes['/States/P/Branches/0/States/X=>/States/P/Branches/0/States/Y#next'];
    const p = r.positions['/States/P'];
    const f = r.positions['frame:/States/P/Branches/0'];
    const x = r.positions['/States/P/Branches/0/States/X'];
    expect(route.points[0]).toEqual({
      x: p.x + f.x + x.x + NODE_WIDTH / 2,
      y: p.y + f.y + x.y + NODE_HEIGHT,
    });
  });
});

describe('ScopeLayoutCache', () => {
  it('forgets the least recently used layout past its limit', () => {
    const cache = new ScopeLayoutCache(2);
    const layout = { positions: {}, routes: {}, width: 1, height: 1 };
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
