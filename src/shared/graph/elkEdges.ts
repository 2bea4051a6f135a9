import type { Graph, GraphEdge } from './types';

/**
 * The edges that go into ELK. Catch edges are routed by the canvas, not by ELK: hundreds of them
 * converging on one Fail state make ELK's crossing minimisation take tens of seconds. A catch
 * target reached by nothing else keeps exactly one catch edge in ELK, from its deepest source, so
 * it still sits below the states that fail into it.
 */
export function edgesForElk(graph: Graph): GraphEdge[] {
  const flow = graph.edges.filter((e) => e.kind !== 'catch');
  const reachedByFlow = new Set(flow.map((e) => e.target));
  const depth = flowDepths(graph, flow);
  const anchor = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    if (e.kind !== 'catch' || reachedByFlow.has(e.target) || e.source === e.target) continue;
    const best = anchor.get(e.target);
    if (!best || (depth.get(e.source) ?? 0) > (depth.get(best.source) ?? 0))
      anchor.set(e.target, e);
  }
  const anchors = new Set(anchor.values());
  return graph.edges.filter((e) => e.kind !== 'catch' || anchors.has(e));
}

/** Breadth-first depth of every node along flow edges, from the nodes nothing leads to. */
function flowDepths(graph: Graph, flow: GraphEdge[]): Map<string, number> {
  const out = new Map<string, GraphEdge[]>();
  const indegree = new Map<string, number>();
  for (const e of flow) {
    (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e);
    indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  }
  const depth = new Map<string, number>();
  const queue: string[] = [];
  for (const n of graph.nodes) {
    if (n.kind !== 'group' && !indegree.get(n.id)) {
      depth.set(n.id, 0);
      queue.push(n.id);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const d = depth.get(queue[i])! + 1;
    for (const e of out.get(queue[i]) ?? []) {
      if (depth.has(e.target)) continue;
      depth.set(e.target, d);
      queue.push(e.target);
    }
  }
  return depth;
}
