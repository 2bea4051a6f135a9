import type { LayoutScope } from './flowGraph';
import { MARKER_SIZE, NODE_HEIGHT, NODE_WIDTH, type EdgeRoute } from './types';
import { ScopeLayoutCache, type ScopeLayout } from './scopeLayoutCache';
import { edgesAndPorts, withPorts, type ElkPort } from './elkPorts';

/** The part of an ELK instance the layout uses (elkjs's `layout`), passed in so tests can use it directly. */
export interface ElkLike {
  layout(graph: ElkGraph): Promise<ElkGraph>;
}

interface ElkPoint {
  x: number;
  y: number;
}

/** The subset of ELK's JSON edge this layout builds and reads. */
export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: { text: string; width: number; height: number; x?: number; y?: number }[];
  sections?: { startPoint: ElkPoint; endPoint: ElkPoint; bendPoints?: ElkPoint[] }[];
}

/** The subset of ELK's JSON graph this layout builds and reads. */
export interface ElkGraph {
  id: string;
  layoutOptions?: Record<string, string>;
  children?: ElkGraph[];
  ports?: ElkPort[];
  edges?: ElkEdge[];
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

/** What the layout needs of a graph: its scopes, the frames in each container, its signature. */
export interface LayoutInput {
  signature: string;
  scopes: LayoutScope[];
  containers: Record<string, string[]>;
}

/**
 * Positions (relative to each node's parent) and sizes of frames and containers, and the route
 * of every edge ELK laid out (on the whole canvas).
 */
export interface LayoutResult {
  signature: string;
  positions: Record<string, { x: number; y: number }>;
  sizes: Record<string, { width: number; height: number }>;
  routes: Record<string, EdgeRoute>;
  elapsed: number;
}

/** Sizes of the fixed node kinds. */
export const SIZES = {
  state: { width: NODE_WIDTH, height: NODE_HEIGHT },
  marker: { width: 72, height: MARKER_SIZE },
  placeholder: { width: 96, height: 30 },
} as const;

/** Height of a container's header (the Parallel/Map name) above its frames. */
export const CONTAINER_HEADER = 46;
const CONTAINER_PAD = 12;
const FRAME_GAP = 16;
const FRAME_PADDING = '[top=34,left=16,bottom=16,right=16]';

/**
 * Lays out a graph top to bottom, one scope at a time from the innermost out: each branch or
 * processor is laid out alone, its frame sized to fit, and its container treated as one big node
 * by the scope around it. Edges never cross scopes in ASL, so nothing is lost by this, and ELK
 * works on small graphs instead of one hierarchical one. With a `cache`, scopes laid out before
 * (the same graph, to the character) are not sent to ELK again.
 */
export async function layoutFlow(
  input: LayoutInput,
  elk: ElkLike,
  cache?: ScopeLayoutCache,
): Promise<LayoutResult> {
  const started = Date.now();
  const scopes = new Map(input.scopes.map((s) => [s.id, s]));
  const positions: LayoutResult['positions'] = {};
  const sizes: LayoutResult['sizes'] = {};
  const routesByScope = new Map<string, ScopeLayout['routes']>();

  const layoutContainer = async (id: string): Promise<{ width: number; height: number }> => {
    let x = CONTAINER_PAD;
    let height = 0;
    for (const frame of input.containers[id] ?? []) {
      const size = await layoutScope(frame);
      positions[frame] = { x, y: CONTAINER_HEADER };
      sizes[frame] = size;
      x += size.width + FRAME_GAP;
      height = Math.max(height, size.height);
    }
    const width = Math.max(NODE_WIDTH + 2 * CONTAINER_PAD, x - FRAME_GAP + CONTAINER_PAD);
    const size = { width, height: CONTAINER_HEADER + height + CONTAINER_PAD };
    sizes[id] = size;
    return size;
  };

  const layoutScope = async (scopeId: string): Promise<{ width: number; height: number }> => {
    const scope = scopes.get(scopeId);
    const frame = scopeId !== '';
    if (!scope || scope.nodes.length === 0) return { width: NODE_WIDTH + 32, height: 96 };
    const { edges, ports } = edgesAndPorts(scope);
    const children: ElkGraph[] = [];
    for (const n of scope.nodes) {
      const size =
        n.kind === 'container'
          ? await layoutContainer(n.id)
          : n.kind === 'marker'
            ? SIZES.marker
            : n.kind === 'placeholder'
              ? SIZES.placeholder
              : SIZES.state;
      children.push(withPorts(n.id, size, ports.get(n.id)));
    }
    const graph: ElkGraph = {
      id: scopeId || 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.padding': frame ? FRAME_PADDING : '[top=24,left=24,bottom=24,right=24]',
        'elk.spacing.nodeNode': '32',
        'elk.layered.spacing.nodeNodeBetweenLayers': '44',
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
        'elk.layered.thoroughness': scope.nodes.length > 150 ? '1' : '7',
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.edgeLabels.placement': 'CENTER',
        'elk.spacing.edgeLabel': '4',
        'elk.spacing.edgeNode': '16',
        'elk.spacing.edgeEdge': '12',
        'elk.layered.spacing.edgeNodeBetweenLayers': '16',
      },
      children,
      edges,
    };
    const key = cache ? ScopeLayoutCache.keyOf(graph) : '';
    let laid = cache?.get(key);
    if (!laid) {
      laid = fromElk(await elk.layout(graph));
      cache?.set(key, laid);
    }
    Object.assign(positions, laid.positions);
    routesByScope.set(scopeId, laid.routes);
    return { width: Math.max(laid.width, frame ? NODE_WIDTH + 32 : 0), height: laid.height };
  };

  const root = await layoutScope('');
  sizes[''] = root;

  // Routes come out of ELK relative to their scope; React Flow draws edges on the whole canvas.
  const routes: LayoutResult['routes'] = {};
  const place = (scopeId: string, origin: ElkPoint): void => {
    for (const [id, route] of Object.entries(routesByScope.get(scopeId) ?? {}))
      routes[id] = shiftRoute(route, origin);
    for (const n of scopes.get(scopeId)?.nodes ?? []) {
      if (n.kind !== 'container') continue;
      const at = positions[n.id] ?? { x: 0, y: 0 };
      const abs = { x: origin.x + at.x, y: origin.y + at.y };
      for (const frame of input.containers[n.id] ?? []) {
        const f = positions[frame] ?? { x: 0, y: 0 };
        place(frame, { x: abs.x + f.x, y: abs.y + f.y });
      }
    }
  };
  place('', { x: 0, y: 0 });
  return { signature: input.signature, positions, sizes, routes, elapsed: Date.now() - started };
}

function fromElk(out: ElkGraph): ScopeLayout {
  const positions: ScopeLayout['positions'] = {};
  // The middle of each port's node: a route's ends are kept as offsets from it.
  const middleOf = new Map<string, number>();
  for (const c of out.children ?? []) {
    positions[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
    for (const p of c.ports ?? []) middleOf.set(p.id, (c.x ?? 0) + (c.width ?? 0) / 2);
  }
  const routes: ScopeLayout['routes'] = {};
  for (const e of out.edges ?? []) {
    const section = e.sections?.[0];
    if (!section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(
      (p) => ({ x: p.x, y: p.y }),
    );
    const route: EdgeRoute = {
      points,
      sourceOffset: section.startPoint.x - (middleOf.get(e.sources[0]) ?? section.startPoint.x),
      targetOffset: section.endPoint.x - (middleOf.get(e.targets[0]) ?? section.endPoint.x),
    };
    const box = e.labels?.[0];
    if (box?.x !== undefined && box.y !== undefined)
      route.label = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    routes[e.id] = route;
  }
  return { positions, routes, width: out.width ?? 0, height: out.height ?? 0 };
}

function shiftRoute(route: EdgeRoute, by: ElkPoint): EdgeRoute {
  const shift = (p: ElkPoint) => ({ x: p.x + by.x, y: p.y + by.y });
  const out: EdgeRoute = { ...route, points: route.points.map(shift) };
  if (route.label) out.label = shift(route.label);
  return out;
}
