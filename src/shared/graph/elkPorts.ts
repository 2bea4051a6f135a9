import type { LayoutScope } from './flowGraph';
import type { ElkEdge, ElkGraph } from './layout';
import { EDGE_LABEL_HEIGHT } from './types';

/** An ELK port on the top (edges in) or bottom (edges out) side of a node. */
export interface ElkPort {
  id: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
  layoutOptions?: Record<string, string>;
}

/** More than this many Catch edges into one state are left out of the layout (drawn all the same). */
const CONVERGING_CATCH_LIMIT = 3;

const IN_SIDE = { 'elk.port.side': 'NORTH' };
const OUT_SIDE = { 'elk.port.side': 'SOUTH' };

/**
 * The edges ELK lays out for a scope, each between ports of its own: one on the bottom of its
 * source, one on the top of its target. Edges that shared a port would share their last
 * segments, and a state dropped there could land on any of them; apart, each edge can be
 * told from the others all along its length.
 */
export function edgesAndPorts(scope: LayoutScope): {
  edges: ElkEdge[];
  ports: Map<string, ElkPort[]>;
} {
  const ports = new Map<string, ElkPort[]>();
  const addPort = (node: string, side: 'in' | 'out'): string => {
    const list = ports.get(node) ?? ports.set(node, []).get(node)!;
    const id = `${node}#${side}${list.length}`;
    list.push({ id, width: 0, height: 0, layoutOptions: side === 'in' ? IN_SIDE : OUT_SIDE });
    return id;
  };
  const edges: ElkEdge[] = [];
  for (const e of laidOutEdges(scope)) {
    const edge: ElkEdge = {
      id: e.id,
      sources: [addPort(e.source, 'out')],
      targets: [addPort(e.target, 'in')],
    };
    // Only the label's size: its text may change at each keystroke without moving anything.
    // (ELK places no label without text, so it gets a stand-in.)
    if (e.labelWidth)
      edge.labels = [{ text: 'label', width: e.labelWidth, height: EDGE_LABEL_HEIGHT }];
    edges.push(edge);
  }
  return { edges, ports };
}

/** An ELK node of the given size with its ports, which keep to their sides in ELK's order. */
export function withPorts(
  id: string,
  size: { width: number; height: number },
  ports: ElkPort[] | undefined,
): ElkGraph {
  if (!ports) return { id, width: size.width, height: size.height };
  return {
    id,
    width: size.width,
    height: size.height,
    layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
    ports,
  };
}

/**
 * The edges ELK sees. Many Catch edges converging on one state (hundreds of Tasks all caught by
 * one Fail) make ELK's crossing minimisation take tens of seconds; past a few, they are left out
 * and the target is placed by its other edges. Self-loops tell the layout nothing.
 */
function laidOutEdges(scope: LayoutScope): LayoutScope['edges'] {
  const catchesInto = new Map<string, number>();
  for (const e of scope.edges)
    if (e.kind === 'catch') catchesInto.set(e.target, (catchesInto.get(e.target) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: LayoutScope['edges'] = [];
  for (const e of scope.edges) {
    if (e.source === e.target) continue;
    if (e.kind === 'catch' && (catchesInto.get(e.target) ?? 0) > CONVERGING_CATCH_LIMIT) {
      const n = (seen.get(e.target) ?? 0) + 1;
      seen.set(e.target, n);
      if (n > 1) continue;
    }
    out.push(e);
  }
  return out;
}
