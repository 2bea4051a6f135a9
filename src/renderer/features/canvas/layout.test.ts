import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildFlowGraph } from './flowGraph';
import { layoutFlow, type ElkLike } from './layout';

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

  it('stays fast when hundreds of Catch edges converge on one Fail', async () => {
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
    const started = Date.now();
    const r = await layoutFlow(g, elk);
    expect(Object.keys(r.positions)).toContain('/States/Fail');
    // A generous bound: without the convergence rule this takes tens of seconds.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
