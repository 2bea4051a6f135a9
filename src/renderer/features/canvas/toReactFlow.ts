import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { FlowGraph } from '../../../shared/graph/flowGraph';
import type { LayoutResult } from '../../../shared/graph/layout';
import { SIZES } from '../../../shared/graph/layout';
import type { EdgeRoute } from '../../../shared/graph/types';

const EDGE_COLOURS = {
  next: '#7b8794',
  start: '#7b8794',
  end: '#7b8794',
  choice: '#7c4dcc',
  default: '#7c4dcc',
  catch: '#c5221f',
} as const;

/**
 * React Flow nodes for a graph at its laid-out positions. Node objects are reused from `previous`
 * when nothing about them changed, so React Flow and the memoised node views skip them.
 */
export function toNodes(
  graph: FlowGraph,
  layout: LayoutResult | undefined,
  selection: ReadonlySet<string>,
  previous: ReadonlyMap<string, Node>,
  findings: ReadonlyMap<string, { errors: number; warnings: number }> = new Map(),
): Node[] {
  const out: Node[] = [];
  for (const graphSpec of graph.nodes) {
    // Finding counts come from the (slower) analysis: merged here so the graph needs only the value.
    const c = graphSpec.data.kind === 'state' ? findings.get(graphSpec.id) : undefined;
    const spec = c ? withFindings(graphSpec, c) : graphSpec;
    const position = layout?.positions[spec.id];
    const size = layout?.sizes[spec.id];
    const fixed =
      spec.type === 'state'
        ? SIZES.state
        : spec.type === 'marker'
          ? SIZES.marker
          : spec.type === 'placeholder'
            ? SIZES.placeholder
            : undefined;
    const width = size?.width ?? fixed?.width;
    const height = size?.height ?? fixed?.height;
    const selected = selection.has(spec.id);
    const hidden = !position;
    const prev = previous.get(spec.id);
    if (
      prev &&
      sameData(prev.data, spec.data) &&
      prev.parentId === spec.parent &&
      prev.selected === selected &&
      prev.hidden === hidden &&
      prev.width === width &&
      prev.height === height &&
      prev.position.x === position?.x &&
      prev.position.y === position?.y
    ) {
      out.push(prev);
      continue;
    }
    const isState = spec.type === 'state' || spec.type === 'container';
    const name =
      spec.data.kind === 'state'
        ? spec.data.name
        : spec.data.kind === 'group'
          ? `${spec.data.ownerName}: ${spec.data.label}`
          : undefined;
    out.push({
      id: spec.id,
      type: spec.type,
      parentId: spec.parent,
      position: position ?? { x: 0, y: 0 },
      data: spec.data,
      width,
      height,
      // The sizes are ours, not the browser's: telling React Flow spares it a measuring pass.
      measured: width !== undefined && height !== undefined ? { width, height } : undefined,
      hidden,
      selected,
      selectable: isState,
      draggable: isState,
      connectable: isState,
      focusable: isState || spec.type === 'group',
      ariaLabel: name,
      ariaRole: spec.type === 'marker' || spec.type === 'placeholder' ? 'presentation' : 'group',
      domAttributes: isState ? ({ 'data-kind': 'state' } as Node['domAttributes']) : undefined,
      zIndex: spec.type === 'group' ? 0 : undefined,
    });
  }
  return out;
}

/** A node spec with its finding counts, and the same object as last time for the same spec and counts. */
function withFindings(
  spec: FlowGraph['nodes'][number],
  c: { errors: number; warnings: number },
): FlowGraph['nodes'][number] {
  const last = merged.get(spec);
  if (last && last.errors === c.errors && last.warnings === c.warnings) return last.spec;
  const out = { ...spec, data: { ...spec.data, errors: c.errors, warnings: c.warnings } };
  merged.set(spec, { errors: c.errors, warnings: c.warnings, spec: out });
  return out;
}
/** Node specs merged with finding counts, by the graph's spec (kept while the state is unchanged). */
const merged = new WeakMap<
  object,
  { errors: number; warnings: number; spec: FlowGraph['nodes'][number] }
>();

/**
 * React Flow edges for a graph, each with its route from `layout` when it has one; unchanged
 * edges keep their object, so React Flow skips them.
 */
export function toEdges(
  graph: FlowGraph,
  previous: ReadonlyMap<string, Edge>,
  layout?: LayoutResult,
): Edge[] {
  return graph.edges.map((e): Edge => {
    const route = layout?.routes[e.id];
    const data = route ? withRoute(e.data, route) : e.data;
    const prev = previous.get(e.id);
    if (prev && sameData(prev.data, data)) return prev;
    const colour = EDGE_COLOURS[e.data.kind];
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'transition',
      data,
      selectable: false,
      focusable: false,
      ariaLabel: e.data.label ? `${e.data.label}: ${e.source} to ${e.target}` : undefined,
      markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
      zIndex: 1,
    };
  });
}

/**
 * Edge data with its route, and the same object as last time for the same data and route: at
 * each keystroke every edge passes here, and an unchanged one then costs no copy and no deep
 * comparison.
 */
function withRoute(data: FlowEdgeData, route: EdgeRoute): FlowEdgeData {
  const last = routed.get(data);
  if (last?.route === route) return last.data;
  const out = { ...data, route };
  routed.set(data, { route, data: out });
  return out;
}
type FlowEdgeData = FlowGraph['edges'][number]['data'];
/** Edge data merged with routes, by the graph's data (kept while the state is unchanged). */
const routed = new WeakMap<FlowEdgeData, { route: EdgeRoute; data: FlowEdgeData }>();

/** Equality of node/edge data: top-level fields, and small nested values (a Via, a drop target) by content. */
export function sameData(
  a: Record<string, unknown> | undefined,
  b: Record<string, unknown>,
): boolean {
  return a !== undefined && sameValue(a, b, 0);
}

function sameValue(x: unknown, y: unknown, depth: number): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || depth > 3)
    return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  // Counted in place (no key arrays): this runs for every node and edge at every keystroke.
  let count = 0;
  for (const k in b) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(a, k) || !sameValue(a[k], b[k], depth + 1))
      return false;
  }
  for (const k in a) if (Object.prototype.hasOwnProperty.call(a, k)) count--;
  return count === 0;
}

/** Remembers the last nodes and edges so unchanged ones keep their identity between renders. */
export class FlowCache {
  private lastNodes = new Map<string, Node>();
  private lastEdges = new Map<string, Edge>();
  private nodeList: Node[] = [];
  private edgeList: Edge[] = [];

  /**
   * Nodes for a graph and layout, reusing unchanged node objects, and the very same array when
   * nothing changed: React Flow then skips its update (hundreds of node selectors) entirely.
   */
  nodes(
    graph: FlowGraph,
    layout: LayoutResult | undefined,
    selection: ReadonlySet<string>,
    findings?: ReadonlyMap<string, { errors: number; warnings: number }>,
  ): Node[] {
    const list = toNodes(graph, layout, selection, this.lastNodes, findings);
    if (sameItems(list, this.nodeList)) return this.nodeList;
    this.lastNodes = new Map(list.map((n) => [n.id, n]));
    this.nodeList = list;
    return list;
  }

  /** Edges for a graph and layout, reusing unchanged edge objects (and the same array when none changed). */
  edges(graph: FlowGraph, layout?: LayoutResult): Edge[] {
    const list = toEdges(graph, this.lastEdges, layout);
    if (sameItems(list, this.edgeList)) return this.edgeList;
    this.lastEdges = new Map(list.map((e) => [e.id, e]));
    this.edgeList = list;
    return list;
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
