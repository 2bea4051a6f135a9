import type { LayoutScope } from './flowGraph';
import { MARKER_SIZE, NODE_HEIGHT, NODE_WIDTH } from './model';
import { ScopeLayoutCache, type ScopeLayout } from './scopeLayoutCache';

/** The part of an ELK instance the layout uses (elkjs's `layout`), passed in so tests can use it directly. */
export interface ElkLike {
  layout(graph: ElkGraph): Promise<ElkGraph>;
}

/** The subset of ELK's JSON graph this layout builds and reads. */
export interface ElkGraph {
  id: string;
  layoutOptions?: Record<string, string>;
  children?: ElkGraph[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
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

/** Positions (relative to each node's parent) and sizes of frames and containers. */
export interface LayoutResult {
  signature: string;
  positions: Record<string, { x: number; y: number }>;
  sizes: Record<string, { width: number; height: number }>;
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
/** More than this many Catch edges into one state are left out of the layout (drawn all the same). */
const CONVERGING_CATCH_LIMIT = 3;

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
      children.push({ id: n.id, width: size.width, height: size.height });
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
      },
      children,
      edges: layoutEdges(scope),
    };
    const key = cache ? ScopeLayoutCache.keyOf(graph) : '';
    let laid = cache?.get(key);
    if (!laid) {
      laid = fromElk(await elk.layout(graph));
      cache?.set(key, laid);
    }
    Object.assign(positions, laid.positions);
    return { width: Math.max(laid.width, frame ? NODE_WIDTH + 32 : 0), height: laid.height };
  };

  const root = await layoutScope('');
  sizes[''] = root;
  return { signature: input.signature, positions, sizes, elapsed: Date.now() - started };
}

function fromElk(out: ElkGraph): ScopeLayout {
  const positions: ScopeLayout['positions'] = {};
  for (const c of out.children ?? []) positions[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  return { positions, width: out.width ?? 0, height: out.height ?? 0 };
}

/**
 * The edges ELK sees. Many Catch edges converging on one state (hundreds of Tasks all caught by
 * one Fail) make ELK's crossing minimisation take tens of seconds; past a few, they are left out
 * and the target is placed by its other edges. Self-loops tell the layout nothing.
 */
function layoutEdges(scope: LayoutScope): ElkGraph['edges'] {
  const catchesInto = new Map<string, number>();
  for (const e of scope.edges)
    if (e.kind === 'catch') catchesInto.set(e.target, (catchesInto.get(e.target) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: NonNullable<ElkGraph['edges']> = [];
  for (const e of scope.edges) {
    if (e.source === e.target) continue;
    if (e.kind === 'catch' && (catchesInto.get(e.target) ?? 0) > CONVERGING_CATCH_LIMIT) {
      const n = (seen.get(e.target) ?? 0) + 1;
      seen.set(e.target, n);
      if (n > 1) continue;
    }
    out.push({ id: e.id, sources: [e.source], targets: [e.target] });
  }
  return out;
}
