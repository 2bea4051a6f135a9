import ELK from 'elkjs/lib/elk.bundled.js';
import fc from 'fast-check';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse';
import { realworldFiles } from '../asl/edit/testCorpus';
import { buildGraph } from './buildGraph';
import { edgesForElk } from './elkEdges';
import { createLayoutCache, layoutGraph, structureKey, type GraphLayout } from './layoutGraph';
import type { Graph } from './types';

const elk = new ELK();

const NESTED = {
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.x', NumericGreaterThan: 1, Next: 'Work' }],
      Default: 'Done',
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
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail' },
  },
};

/** Checks every node has a box, children sit inside their parents, and edges start on their source's border. */
function expectConsistent(graph: Graph, layout: GraphLayout): void {
  for (const n of graph.nodes) {
    const box = layout.nodes[n.id];
    expect(box, n.id).toBeDefined();
    expect(box.width > 0 && box.height > 0, n.id).toBe(true);
    if (n.parent) {
      const p = layout.nodes[n.parent];
      expect(
        box.absoluteX >= p.absoluteX && box.absoluteX + box.width <= p.absoluteX + p.width + 0.5,
        n.id,
      ).toBe(true);
      expect(
        box.absoluteY >= p.absoluteY && box.absoluteY + box.height <= p.absoluteY + p.height + 0.5,
        n.id,
      ).toBe(true);
    }
  }
  for (const e of edgesForElk(graph)) {
    const start = layout.edges[e.id].points?.[0];
    const s = layout.nodes[e.source];
    expect(start, e.id).toBeDefined();
    const inX = start!.x >= s.absoluteX - 1 && start!.x <= s.absoluteX + s.width + 1;
    const inY = start!.y >= s.absoluteY - 1 && start!.y <= s.absoluteY + s.height + 1;
    const onBorder =
      Math.min(
        Math.abs(start!.x - s.absoluteX),
        Math.abs(start!.x - s.absoluteX - s.width),
        Math.abs(start!.y - s.absoluteY),
        Math.abs(start!.y - s.absoluteY - s.height),
      ) < 1;
    expect(inX && inY && onBorder, e.id).toBe(true);
  }
}

describe('layoutGraph', () => {
  it('lays out top to bottom with branches side by side inside their Parallel', async () => {
    const g = buildGraph(NESTED);
    const l = await layoutGraph(g, elk);
    expectConsistent(g, l);
    const y = (id: string) => l.nodes[id].absoluteY;
    expect(
      y('#start') < y('/States/Check') &&
        y('/States/Check') < y('/States/Work') &&
        y('/States/Work') < y('/States/Done'),
    ).toBe(true);
    const b0 = l.nodes['/States/Work/Branches/0'];
    const b1 = l.nodes['/States/Work/Branches/1'];
    expect(b0.absoluteX + b0.width <= b1.absoluteX).toBe(true);
    expect(y('/States/Work/Branches/0/States/A') < y('/States/Work/Branches/0/States/B')).toBe(
      true,
    );
    expect(l.edges['/States/Check|Choices/0'].label).toBeDefined();
  });

  it('keeps catch edges out of ELK except one anchor for a handler nothing else reaches', () => {
    const g = buildGraph(NESTED);
    expect(
      edgesForElk(g)
        .filter((e) => e.kind === 'catch')
        .map((e) => e.id),
    ).toEqual(['/States/Work|Catch/0']);
    const reached = buildGraph({
      ...NESTED,
      States: { ...NESTED.States, Check: { ...NESTED.States.Check, Default: 'Failed' } },
    });
    expect(edgesForElk(reached).filter((e) => e.kind === 'catch')).toEqual([]);
  });

  it('lays out 300 Tasks all catching to one Fail state (prints the time)', async () => {
    const States: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++)
      States[`Task ${i}`] = {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Next: i < 299 ? `Task ${i + 1}` : 'Done',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      };
    States.Done = { Type: 'Succeed' };
    States.Failed = { Type: 'Fail', Error: 'E' };
    const g = buildGraph({ StartAt: 'Task 0', States });
    expect(g.edges.filter((e) => e.kind === 'catch')).toHaveLength(300);
    const started = performance.now();
    const l = await layoutGraph(g, elk);
    console.log(
      `layout of 300 Tasks catching to one Fail: ${Math.round(performance.now() - started)} ms`,
    );
    expectConsistent(g, l);
    expect(l.nodes['/States/Failed'].absoluteY).toBeGreaterThan(
      l.nodes['/States/Task 299'].absoluteY,
    );
    expect(l.edges['/States/Task 5|Catch/0']).toEqual({});
  });

  it('reuses the layout while the structure stays the same', async () => {
    const g = buildGraph(NESTED);
    const same = buildGraph({
      ...NESTED,
      Comment: 'changed',
      States: { ...NESTED.States, Done: { Type: 'Succeed', Comment: 'x' } },
    });
    expect(structureKey(same)).toBe(structureKey(g));
    const renamed = buildGraph({
      ...NESTED,
      States: { ...NESTED.States, Check: { ...NESTED.States.Check, Default: 'Failed' } },
    });
    expect(structureKey(renamed)).not.toBe(structureKey(g));
    let calls = 0;
    const counting = {
      layout: (graph: ElkNode) => (calls++, elk.layout(graph)),
    };
    const layout = createLayoutCache(counting);
    const first = await layout(g);
    expect(await layout(same)).toBe(first);
    expect(calls).toBe(1);
    await layout(renamed);
    expect(calls).toBe(2);
  });

  it('lays out any draft buildGraph reads (self-loops, cycles, empty groups, dangling names)', async () => {
    const name = fc.constantFrom('A', 'B', 'C', 'D');
    const state = fc.record(
      {
        Type: fc.constantFrom('Pass', 'Task', 'Choice', 'Parallel', 'Map', 'Fail', 'Succeed'),
        Next: name,
        End: fc.boolean(),
        Default: name,
        Choices: fc.array(
          fc.record({ Variable: fc.constant('$.x'), IsPresent: fc.boolean(), Next: name }),
          { maxLength: 3 },
        ),
        Catch: fc.array(fc.record({ ErrorEquals: fc.constant(['States.ALL']), Next: name }), {
          maxLength: 2,
        }),
        Branches: fc.array(
          fc.record({
            StartAt: name,
            States: fc.dictionary(name, fc.record({ Type: fc.constant('Pass'), Next: name }), {
              maxKeys: 3,
            }),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['Type'] },
    );
    const machine = fc.record({
      StartAt: name,
      States: fc.dictionary(name, state, { maxKeys: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(machine, async (m) => {
        const g = buildGraph(m);
        expectConsistent(g, await layoutGraph(g, elk));
      }),
      { numRuns: 40 },
    );
  });

  it('lays out every real-world definition', async () => {
    for (const [file, text] of realworldFiles()) {
      const g = buildGraph(parseDocument(text, 'json').value);
      const l = await layoutGraph(g, elk);
      expect(Object.keys(l.nodes).length, file).toBe(g.nodes.length);
      expectConsistent(g, l);
    }
  });
});
