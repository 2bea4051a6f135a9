import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Node,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import type { StateType } from '../../../shared/asl/types';
import { useDocument, type DocumentState } from '../../store/documentStore';
import { useDocumentTransition } from '../../store/useDocumentTransition';
import { NEW_STATE_MIME, typeInfo } from '../palette/stateTypes';
import { buildFlowGraph, countFindings, type FlowGraph } from '../../../shared/graph/flowGraph';
import type { LayoutResult } from '../../../shared/graph/layout';
import { requestLayout } from './layoutClient';
import { warmEditWorker } from './editClient';
import { FlowCache } from './toReactFlow';
import { StateNode } from './StateNode';
import { ContainerNode } from './ContainerNode';
import { GroupNode } from './GroupNode';
import { MarkerNode } from './MarkerNode';
import { PlaceholderNode } from './PlaceholderNode';
import { TransitionEdge } from './TransitionEdge';
import { findDropTarget } from './findDrop';
import {
  connectStates,
  deleteStates,
  dropNewState,
  duplicateStates,
  moveExisting,
  splitStatePointer,
} from './commands';
import { setCanvasHandle } from './canvasHandle';
import type { StateNodeData } from '../../../shared/graph/types';
import { selectDiagnostics, selectGoodValue, selectSelection } from '../../store/selectors';

const NODE_TYPES = {
  state: StateNode,
  container: ContainerNode,
  group: GroupNode,
  marker: MarkerNode,
  placeholder: PlaceholderNode,
};
const EDGE_TYPES = { transition: TransitionEdge };
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECTION_KEYS = ['Meta', 'Control', 'Shift'];
/** Past this many nodes only the visible ones are rendered. */
const VIRTUALIZE_ABOVE = 300;
/** Below this zoom a newly opened machine is shown from its top instead of fitted whole. */
const READABLE_ZOOM = 0.7;

/** The canvas: the document's states as a graph, laid out automatically, edited by drag and drop. */
export function Canvas() {
  useEffect(warmEditWorker, []);
  return (
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>
  );
}

const selectGoodRevision = (s: DocumentState) => s.goodRevision;
const isTyping = (s: DocumentState) => s.lastChange.origin === 'code';
const selectBroken = (s: DocumentState) =>
  s.analysis !== undefined && s.analysis.value === undefined;
const selectFirstSyntaxError = (s: DocumentState) =>
  s.diagnostics.find((d) => d.severity === 'ERROR' && d.source === 'syntax');

function CanvasView() {
  // Typing's value arrives in a task of its own after the editor's frame (analysisClient) and
  // redraws only the state it touched: rendered at once, the canvas follows one frame after the
  // editor. Any other change (a canvas edit, undo, a file) can move every state: rendered in a
  // transition, sliced, like the findings and layouts that follow later.
  const value = useDocumentTransition(selectGoodValue, isTyping);
  const goodRevision = useDocumentTransition(selectGoodRevision, isTyping);
  // The graph follows the value at every keystroke. Built here, one component above the one that
  // turns it into React Flow nodes, so React can yield between the two halves of the work
  // (together they make one long task for large machines).
  const graph = useMemo(() => buildFlowGraph(value), [value]);
  const [cache] = useState(() => new FlowCache());
  return <CanvasBody value={value} goodRevision={goodRevision} graph={graph} cache={cache} />;
}

function CanvasBody({
  value,
  goodRevision,
  graph,
  cache,
}: {
  value: unknown;
  goodRevision: number;
  graph: FlowGraph;
  cache: FlowCache;
}) {
  const diagnostics = useDocumentTransition(selectDiagnostics);
  const selection = useDocumentTransition(selectSelection);
  const broken = useDocumentTransition(selectBroken);
  const firstError = useDocumentTransition(selectFirstSyntaxError);
  const rf = useReactFlow();

  // Finding counts follow the slower analysis.
  // Each analysis brings new diagnostics, mostly with the same counts: keeping the previous map
  // then spares a pass over every node.
  const [findingsCache] = useState(() => new FindingsCache());
  const findings = useMemo(() => findingsCache.counts(diagnostics), [findingsCache, diagnostics]);
  const [layout, setLayout] = useState<LayoutResult>();
  const wanted = useRef('');
  const fitNext = useRef(true);

  // Re-layout only when the structure changed; the newest request wins.
  useEffect(() => {
    if (value === undefined || layout?.signature === graph.signature) return;
    wanted.current = graph.signature;
    requestLayout(graph)
      .then((r) => {
        if (r.signature === wanted.current) startTransition(() => setLayout(r));
      })
      .catch((e) => useDocument.getState().notify('error', `Layout failed: ${String(e)}`));
  }, [graph, layout?.signature, value]);

  // A newly loaded file is fitted into view once it has been laid out.
  useEffect(
    () =>
      useDocument.subscribe((s, prev) => {
        if (
          s.file !== prev.file ||
          (s.lastChange.origin === 'file' && s.revision !== prev.revision)
        )
          fitNext.current = true;
      }),
    [],
  );

  const selected = useMemo(() => new Set(selection), [selection]);
  // Until a new layout arrives, nodes that existed keep their place and new ones wait hidden.
  const derivedNodes = useMemo(
    () => cache.nodes(graph, layout, selected, findings),
    [cache, graph, layout, selected, findings],
  );

  // Edges follow ELK's routes; where a route no longer fits its ends, a step line stands in.
  const edges = useMemo(() => cache.edges(graph, layout), [cache, graph, layout]);

  // A drag moves nodes locally before the document changes; any new document state resets it.
  const [drag, setDrag] = useState<{ base: Node[]; nodes: Node[] }>();
  const nodes = drag && drag.base === derivedNodes ? drag.nodes : derivedNodes;

  useEffect(() => {
    if (fitNext.current && layout && layout.signature === graph.signature) {
      fitNext.current = false;
      requestAnimationFrame(async () => {
        await rf.fitView({ padding: 0.15, maxZoom: 1.1, duration: 0 });
        // A long machine fitted whole is unreadable: show its top at a legible zoom instead.
        const pane = document.querySelector('.canvas')?.getBoundingClientRect();
        if (rf.getViewport().zoom < READABLE_ZOOM && pane) {
          const width = layout.sizes['']?.width ?? 0;
          void rf.setViewport({
            x: (pane.width - width * READABLE_ZOOM) / 2,
            y: 8,
            zoom: READABLE_ZOOM,
          });
        }
      });
    }
  }, [layout, graph.signature, rf]);

  useEffect(() => {
    setCanvasHandle({
      fit: () => void rf.fitView({ padding: 0.15, maxZoom: 1.1, duration: 250 }),
      focusState: (pointer) =>
        void rf.fitView({ nodes: [{ id: pointer }], padding: 0.6, maxZoom: 1.2, duration: 250 }),
    });
    return () => setCanvasHandle(undefined);
  }, [rf]);

  // Selecting in the code or the problems panel brings the state into view.
  useEffect(
    () =>
      useDocument.subscribe((s, prev) => {
        if (
          s.selection !== prev.selection &&
          s.selectionOrigin !== 'canvas' &&
          s.selection.length === 1
        ) {
          const node = rf.getNode(s.selection[0]);
          if (!node) return;
          const abs = rf.getInternalNode(node.id)?.internals.positionAbsolute ?? node.position;
          const { x, y, zoom } = rf.getViewport();
          const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
          if (!pane) return;
          const sx = abs.x * zoom + x;
          const sy = abs.y * zoom + y;
          if (sx < 0 || sy < 0 || sx > pane.width - 100 || sy > pane.height - 40)
            void rf.setCenter(abs.x + (node.width ?? 200) / 2, abs.y + (node.height ?? 46) / 2, {
              zoom,
              duration: 200,
            });
        }
      }),
    [rf],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      // Selection is the store's; only moves (drags) apply locally.
      const local = changes.filter((c) => c.type === 'position');
      if (local.length)
        setDrag((d) => ({
          base: derivedNodes,
          nodes: applyNodeChanges(local, d && d.base === derivedNodes ? d.nodes : derivedNodes),
        }));
    },
    [derivedNodes],
  );

  const onSelectionChange = useCallback(({ nodes: picked }: OnSelectionChangeParams) => {
    const ids = picked.filter((n) => n.type === 'state' || n.type === 'container').map((n) => n.id);
    useDocument.getState().select(ids, 'canvas');
  }, []);

  const onNodeClick = useCallback((e: ReactMouseEvent, node: Node) => {
    if (node.type !== 'state' && node.type !== 'container') return;
    const s = useDocument.getState();
    if (e.shiftKey || e.metaKey || e.ctrlKey) {
      s.select(
        s.selection.includes(node.id)
          ? s.selection.filter((p) => p !== node.id)
          : [...s.selection, node.id],
        'canvas',
      );
    } else s.select([node.id], 'canvas');
  }, []);

  // Highlight of the current drop target while something is dragged.
  const highlighted = useRef<Element | null>(null);
  const highlight = useCallback((el: Element | undefined) => {
    if (highlighted.current === el) return;
    highlighted.current?.classList.remove('drop-hover');
    el?.classList.add('drop-hover');
    highlighted.current = el ?? null;
  }, []);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(NEW_STATE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    highlight(findDropTarget(e.clientX, e.clientY)?.element);
  };
  const onDrop = (e: DragEvent) => {
    const type = e.dataTransfer.getData(NEW_STATE_MIME);
    highlight(undefined);
    if (!type) return;
    e.preventDefault();
    const hit = findDropTarget(e.clientX, e.clientY);
    void dropNewState(type as StateType, hit?.target ?? { kind: 'scope', scope: '' });
  };

  // The handlers React Flow keeps in its store stay the same functions from render to render:
  // each new one is a store update that re-runs every selector of every rendered node and edge
  // (the visible-node query walks all 500 nodes of a large machine each time).
  const onNodeDrag = useCallback(
    (e: MouseEvent | TouchEvent, node: Node) =>
      highlight(findDropTarget(...clientPoint(e), node.id)?.element),
    [highlight],
  );
  const onNodeDragStop = useCallback(
    (e: MouseEvent | TouchEvent, node: Node) => {
      highlight(undefined);
      const data = node.data as StateNodeData;
      const hit = findDropTarget(...clientPoint(e), node.id);
      const moved = hit ? moveExisting(data.scope, data.name, hit.target) : false;
      // The node stays where it was dropped while the edit runs; back to its place if it failed.
      if (!moved) setDrag(undefined);
      else void moved.then((ok) => ok || setDrag(undefined));
    },
    [highlight],
  );

  const onConnect = useCallback((c: Connection) => {
    const from = splitStatePointer(c.source);
    const to = splitStatePointer(c.target);
    if (from.scope !== to.scope) {
      useDocument
        .getState()
        .notify('error', 'A transition can only lead to a state in the same branch or processor.');
      return;
    }
    void connectStates(from.scope, from.name, to.name);
  }, []);
  const onPaneClick = useCallback(() => useDocument.getState().select([], 'canvas'), []);

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).tagName === 'INPUT') return;
    const s = useDocument.getState();
    if ((e.key === 'Delete' || e.key === 'Backspace') && s.selection.length) {
      e.preventDefault();
      void deleteStates(s.selection);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd' && s.selection.length) {
      e.preventDefault();
      void duplicateStates(s.selection);
    }
  };

  return (
    <div
      className="canvas"
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragLeave={() => highlight(undefined)}
      onKeyDown={onKeyDown}
      data-revision={goodRevision}
      data-layout={
        value === undefined || layout?.signature === graph.signature ? 'ready' : 'pending'
      }
      data-state-count={
        graph.nodes.filter((n) => n.type === 'state' || n.type === 'container').length
      }
    >
      {broken && (
        <div className="canvas-banner" role="status">
          The code has a syntax error{firstError?.line ? ` at line ${firstError.line}` : ''}: the
          canvas shows the last valid version.
        </div>
      )}
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onSelectionChange={onSelectionChange}
        onNodeClick={onNodeClick}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onPaneClick={onPaneClick}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        zoomOnDoubleClick={false}
        nodeDragThreshold={4}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements={nodes.length > VIRTUALIZE_ABOVE}
        proOptions={PRO_OPTIONS}
        fitView
      >
        <Background gap={20} size={1} color="#d5dbe3" />
        <Controls showInteractive={false} position="bottom-left" />
        {nodes.length <= VIRTUALIZE_ABOVE && (
          <MiniMap
            pannable
            zoomable
            position="bottom-right"
            // Smaller than React Flow's 200×150: beside the code the canvas is narrow.
            style={MINIMAP_SIZE}
            nodeColor={(n) =>
              n.type === 'group'
                ? 'rgba(0,0,0,0.04)'
                : n.type === 'state' || n.type === 'container'
                  ? typeInfo((n.data as StateNodeData).type).colour
                  : '#c6ced8'
            }
            nodeStrokeWidth={0}
            maskColor="rgba(240, 243, 247, 0.7)"
          />
        )}
      </ReactFlow>
    </div>
  );
}

const MINIMAP_SIZE = { width: 150, height: 100 } as const;

type Findings = Map<string, { errors: number; warnings: number }>;

/** Finding counts per state, the same map as last time when no count changed. */
class FindingsCache {
  private last: Findings | undefined;

  counts(diagnostics: Parameters<typeof countFindings>[0]): Findings {
    const next = countFindings(diagnostics);
    if (this.last && sameFindings(this.last, next)) return this.last;
    this.last = next;
    return next;
  }
}

function sameFindings(a: Findings, b: Findings): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) {
    const w = a.get(k);
    if (!w || w.errors !== v.errors || w.warnings !== v.warnings) return false;
  }
  return true;
}

function clientPoint(e: MouseEvent | TouchEvent): [number, number] {
  if ('clientX' in e) return [e.clientX, e.clientY];
  const t = e.changedTouches[0];
  return [t?.clientX ?? 0, t?.clientY ?? 0];
}
