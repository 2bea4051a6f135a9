import ELK from 'elkjs/lib/elk.bundled.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../asl/parse';
import {
  conformanceDefinitions,
  conformanceSkipReason,
  realworldFiles,
  realworldSkipReason,
} from '../asl/edit/testCorpus';
import { buildFlowGraph, type FlowGraph } from './flowGraph';
import { layoutFlow, SIZES, type ElkLike, type LayoutResult } from './layout';

const elk = new ELK() as unknown as ElkLike;

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

/** Checks a graph's own consistency: unique node ids, and every edge between two of its nodes. */
function expectWellFormed(g: FlowGraph, what: string): void {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size, what).toBe(g.nodes.length);
  for (const e of g.edges)
    expect(ids.has(e.source) && ids.has(e.target), `${what} ${e.id}`).toBe(true);
}

const stateCount = (g: FlowGraph) =>
  g.nodes.filter((n) => n.type === 'state' || n.type === 'container').length;

/**
 * Checks a layout against its graph: every node placed, each inside its parent, and each routed
 * edge leaving its source's bottom and reaching its target's top.
 */
function expectConsistent(g: FlowGraph, l: LayoutResult, what: string): void {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const box = (id: string) => {
    const n = byId.get(id)!;
    const fixed = n.type === 'group' || n.type === 'container' ? undefined : SIZES[n.type];
    const size = l.sizes[id] ?? fixed!;
    let x = 0;
    let y = 0;
    for (let at: string | undefined = id; at !== undefined; at = byId.get(at)?.parent) {
      x += l.positions[at].x;
      y += l.positions[at].y;
    }
    return { x, y, width: size.width, height: size.height };
  };
  for (const n of g.nodes) {
    expect(l.positions[n.id], `${what} ${n.id}`).toBeDefined();
    if (!n.parent) continue;
    const [b, p] = [box(n.id), box(n.parent)];
    const inside =
      b.x >= p.x - 0.5 &&
      b.y >= p.y - 0.5 &&
      b.x + b.width <= p.x + p.width + 0.5 &&
      b.y + b.height <= p.y + p.height + 0.5;
    expect(inside, `${what} ${n.id} in ${n.parent}`).toBe(true);
  }
  for (const e of g.edges) {
    const route = l.routes[e.id];
    if (!route) continue;
    const [s, t] = [box(e.source), box(e.target)];
    const [first, last] = [route.points[0], route.points[route.points.length - 1]];
    expect(first.x, `${what} ${e.id}`).toBeCloseTo(s.x + s.width / 2 + route.sourceOffset);
    expect(first.y, `${what} ${e.id}`).toBeCloseTo(s.y + s.height);
    expect(Math.abs(route.sourceOffset) <= s.width / 2, `${what} ${e.id}`).toBe(true);
    expect(last.x, `${what} ${e.id}`).toBeCloseTo(t.x + t.width / 2 + route.targetOffset);
    expect(last.y, `${what} ${e.id}`).toBeCloseTo(t.y);
  }
}

describe('buildFlowGraph on anything', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void buildFlowGraph(v)),
      { numRuns: 500 },
    );
  });

  it('draws well-formed graphs of arbitrary state-machine-shaped values', () => {
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
            fc.array(fc.record({ Next: anything, Variable: anything }, { requiredKeys: [] })),
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
      fc.property(machine, (m) => expectWellFormed(buildFlowGraph(m), 'draft')),
      { numRuns: 200 },
    );
  });

  it('lays out any draft it draws (self-loops, cycles, empty frames, dangling names)', async () => {
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
        const g = buildFlowGraph(m);
        expectConsistent(g, await layoutFlow(g, elk), JSON.stringify(m));
      }),
      { numRuns: 40 },
    );
  });
});

const files = realworldFiles();
describe.skipIf(files.length === 0)('the canvas graph of every real-world definition', () => {
  if (files.length === 0) it.skip(realworldSkipReason, () => {});
  it('has one node per state, every edge between two nodes, and a consistent layout', async () => {
    for (const [file, text] of files) {
      const value = parseDocument(text, 'json').value;
      const g = buildFlowGraph(value);
      expect(stateCount(g), file).toBe(countStates(value));
      expectWellFormed(g, file);
      expectConsistent(g, await layoutFlow(g, elk), file);
    }
  }, 120_000);
});

const scenarios = conformanceDefinitions();
describe.skipIf(scenarios.length === 0)('the canvas graph of every conformance definition', () => {
  if (scenarios.length === 0) it.skip(conformanceSkipReason, () => {});
  it('has one node per state', () => {
    for (const [file, definition] of scenarios) {
      const g = buildFlowGraph(definition);
      expect(stateCount(g), file).toBe(countStates(definition));
      expectWellFormed(g, file);
    }
  });
});
