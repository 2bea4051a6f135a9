import type {
  ElkExtendedEdge,
  ElkLayoutArguments,
  ElkNode,
  ElkPoint,
  LayoutOptions,
} from 'elkjs/lib/elk-api';
import { edgesForElk } from './elkEdges';
import { labelSize, nodeSize } from './nodeSize';
import type { Graph, GraphEdge, GraphNode } from './types';

/** The part of an ELK instance layout needs: the bundled one in tests, a worker-backed one in the app. */
export interface ElkLayouter {
  layout(graph: ElkNode, args?: ElkLayoutArguments): Promise<ElkNode>;
}

/** Where a node sits: relative to its parent node (as React Flow wants) and on the whole canvas. */
export interface NodeLayout {
  x: number;
  y: number;
  absoluteX: number;
  absoluteY: number;
  width: number;
  height: number;
}

/** How an edge is drawn: ELK's route in canvas coordinates, or none for edges the canvas routes itself. */
export interface EdgeLayout {
  points?: ElkPoint[];
  label?: ElkPoint;
}

/** A laid-out graph, with the structure key it was computed for. */
export interface GraphLayout {
  key: string;
  width: number;
  height: number;
  nodes: Record<string, NodeLayout>;
  edges: Record<string, EdgeLayout>;
}

const ROOT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

const GROUP_OPTIONS: LayoutOptions = {
  ...ROOT_OPTIONS,
  // An empty branch or processor still needs room to drop a state into.
  'elk.nodeSize.constraints': 'MINIMUM_SIZE',
  'elk.nodeSize.minimum': '(172, 96)',
  'elk.padding': '[top=36,left=16,bottom=16,right=16]',
};

/** Parallel and Map states: their branch groups side by side in one row. */
const CONTAINER_OPTIONS: LayoutOptions = {
  ...GROUP_OPTIONS,
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': '24',
};

/**
 * The structure of a graph as far as layout is concerned (nodes, their nesting and sizes, the
 * edges ELK sees and their labels). Two graphs with the same key have the same layout.
 */
export function structureKey(graph: Graph): string {
  const parts: string[] = [];
  for (const n of graph.nodes) {
    const size = n.kind === 'group' || n.container ? '' : nodeSize(n).width;
    parts.push(`${n.kind}\u0001${n.id}\u0001${n.parent ?? ''}\u0001${size}`);
  }
  parts.push('');
  for (const e of edgesForElk(graph))
    parts.push(`${e.source}\u0001${e.target}\u0001${e.label ?? ''}`);
  return parts.join('\u0002');
}

/** Lays a graph out top to bottom with ELK's layered algorithm, nested groups included. */
export async function layoutGraph(graph: Graph, elk: ElkLayouter): Promise<GraphLayout> {
  const key = structureKey(graph);
  const root: ElkNode = { id: '#root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  const elkNodes = new Map<string, ElkNode>();
  for (const n of graph.nodes) elkNodes.set(n.id, toElkNode(n));
  for (const n of graph.nodes) {
    const parent = (n.parent !== undefined && elkNodes.get(n.parent)) || root;
    (parent.children ??= []).push(elkNodes.get(n.id)!);
  }
  for (const e of edgesForElk(graph)) {
    const container = (e.scope !== '' && elkNodes.get(e.scope)) || root;
    (container.edges ??= []).push(toElkEdge(e));
  }
  const laid = await elk.layout(root);
  const result: GraphLayout = {
    key,
    width: laid.width ?? 0,
    height: laid.height ?? 0,
    nodes: {},
    edges: {},
  };
  const absolute = new Map<string, ElkPoint>([['#root', { x: 0, y: 0 }]]);
  const visit = (node: ElkNode, origin: ElkPoint): void => {
    for (const child of node.children ?? []) {
      const x = child.x ?? 0;
      const y = child.y ?? 0;
      const abs = { x: origin.x + x, y: origin.y + y };
      absolute.set(child.id, abs);
      result.nodes[child.id] = {
        x,
        y,
        absoluteX: abs.x,
        absoluteY: abs.y,
        width: child.width ?? 0,
        height: child.height ?? 0,
      };
      visit(child, abs);
    }
    for (const edge of node.edges ?? []) {
      const section = edge.sections?.[0];
      const label = edge.labels?.[0];
      const shift = (p: ElkPoint): ElkPoint => ({ x: p.x + origin.x, y: p.y + origin.y });
      const out: EdgeLayout = {};
      if (section)
        out.points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(
          shift,
        );
      if (label && label.x !== undefined && label.y !== undefined)
        out.label = shift({ x: label.x, y: label.y });
      result.edges[edge.id] = out;
    }
  };
  visit(laid, { x: 0, y: 0 });
  for (const e of graph.edges) result.edges[e.id] ??= {};
  return result;
}

/** Remembers the last layout and reuses it while the graph's structure key stays the same. */
export function createLayoutCache(elk: ElkLayouter): (graph: Graph) => Promise<GraphLayout> {
  let last: Promise<GraphLayout> | undefined;
  let lastKey: string | undefined;
  return (graph) => {
    const key = structureKey(graph);
    if (last && key === lastKey) return last;
    lastKey = key;
    last = layoutGraph(graph, elk);
    last.catch(() => {
      if (lastKey === key) lastKey = undefined;
    });
    return last;
  };
}

function toElkNode(n: GraphNode): ElkNode {
  if (n.kind === 'group')
    return { id: n.id, layoutOptions: GROUP_OPTIONS, children: [], edges: [] };
  if (n.container) return { id: n.id, layoutOptions: CONTAINER_OPTIONS, children: [], edges: [] };
  return { id: n.id, ...nodeSize(n) };
}

function toElkEdge(e: GraphEdge): ElkExtendedEdge {
  const edge: ElkExtendedEdge = { id: e.id, sources: [e.source], targets: [e.target] };
  if (e.label) edge.labels = [{ text: e.label, ...labelSize(e.label) }];
  return edge;
}
