import { childPointer, escapeSegment } from '../asl/pointer';
import type { Diagnostic } from '../validate/diagnostic';
import type { DropTarget } from './dropTarget';
import { conditionLabel, shorten } from './conditionLabel';
import { describeCatch, describeState } from './describe';
import {
  edgeLabelWidth,
  type GroupNodeData,
  type MarkerNodeData,
  type StateNodeData,
  type TransitionEdgeData,
} from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Own names only: `"__proto__" in states` is true of every object, state or not. */
const has = (states: Obj, name: string): boolean =>
  Object.prototype.hasOwnProperty.call(states, name);

/** A placeholder under a Choice without a Default: drop a state here to make it the Default. */
export interface PlaceholderNodeData extends Record<string, unknown> {
  kind: 'placeholder';
  label: string;
  drop: DropTarget;
}

/** One node to draw, before layout. `parent` nests it (a state in a branch, a branch in a Parallel). */
export interface FlowNodeSpec {
  id: string;
  parent?: string;
  type: 'state' | 'container' | 'group' | 'marker' | 'placeholder';
  data: StateNodeData | GroupNodeData | MarkerNodeData | PlaceholderNodeData;
}

/** One edge to draw; `drop` says what dropping a state on it does. */
export interface FlowEdgeSpec {
  id: string;
  source: string;
  target: string;
  data: TransitionEdgeData & { drop?: DropTarget };
}

/** A set of nodes laid out together: the top level or one branch/processor frame. */
export interface LayoutScope {
  /** '' for the top level, else the id of the frame (group) node. */
  id: string;
  nodes: { id: string; kind: FlowNodeSpec['type'] }[];
  edges: {
    id: string;
    source: string;
    target: string;
    kind: TransitionEdgeData['kind'];
    /** The room its label needs (see edgeLabelWidth), if it has one. */
    labelWidth?: number;
  }[];
}

/** Everything the canvas draws for a definition, and what the layout needs. */
export interface FlowGraph {
  nodes: FlowNodeSpec[];
  edges: FlowEdgeSpec[];
  scopes: LayoutScope[];
  /** Frames inside each Parallel/Map container, in order. */
  containers: Record<string, string[]>;
  /** Changes exactly when the layout must be redone (nodes, nesting, edges). */
  signature: string;
}

/** Past this many Catch edges into one state, they are drawn as tags on their sources. */
export const CONVERGING_CATCH_EDGES = 4;

/** What one state (with everything nested in it) added to the graph, for reuse while it is unchanged. */
interface DrawnState {
  name: string;
  context: string;
  nodes: FlowNodeSpec[];
  edges: FlowEdgeSpec[];
  scopes: LayoutScope[];
  layoutNodes: LayoutScope['nodes'];
  layoutEdges: LayoutScope['edges'];
  containers: [string, string[]][];
  needsEnd: boolean;
}

/**
 * The drawing of each state object. After a re-parse the states a keystroke did not touch are the
 * same objects (see shareUnchanged), so a keystroke redraws one state instead of hundreds.
 */
const drawnStates = new WeakMap<object, DrawnState>();

/** Builds the canvas graph of a definition: states, frames for branches/processors, markers, edges. */
export function buildFlowGraph(
  definition: unknown,
  diagnostics: readonly Diagnostic[] = [],
): FlowGraph {
  const counts = countFindings(diagnostics);
  const nodes: FlowNodeSpec[] = [];
  const edges: FlowEdgeSpec[] = [];
  const scopes: LayoutScope[] = [];
  const containers: Record<string, string[]> = {};
  // Every container entry made, in order, so a cached state can bring its own back.
  const containerLog: [string, string[]][] = [];
  // Finding counts are part of the nodes only when diagnostics are given: then nothing is cached.
  const useCache = diagnostics.length === 0;

  const visit = (
    machine: unknown,
    scope: string,
    frameId: string,
    parent: string | undefined,
  ): void => {
    const layout: LayoutScope = { id: frameId, nodes: [], edges: [] };
    scopes.push(layout);
    const states = isObj(machine) && isObj(machine.States) ? machine.States : {};
    const startAt =
      isObj(machine) && typeof machine.StartAt === 'string' ? machine.StartAt : undefined;
    const top = scope === '';
    const idOf = (name: string) => childPointer(scope, 'States', name);
    const addEdge = (
      source: string,
      target: string,
      data: FlowEdgeSpec['data'],
      suffix: string,
    ) => {
      const id = `${source}=>${target}#${suffix}`;
      edges.push({ id, source, target, data });
      const edge: LayoutScope['edges'][number] = { id, source, target, kind: data.kind };
      if (data.label) edge.labelWidth = edgeLabelWidth(data.label);
      layout.edges.push(edge);
    };
    /** A node laid out in this scope (frames are laid out by their container instead). */
    const addNode = (node: FlowNodeSpec): void => {
      nodes.push(node);
      layout.nodes.push({ id: node.id, kind: node.type });
    };
    const startId = `start:${scope}`;
    const endId = `end:${scope}`;
    if (top) {
      addNode({
        id: startId,
        parent,
        type: 'marker',
        data: { kind: 'marker', marker: 'start', scope },
      });
    }
    let needsEnd = false;
    const catchesInto = new Map<string, number>();
    for (const state of Object.values(states))
      if (isObj(state) && Array.isArray(state.Catch))
        for (const c of state.Catch)
          if (isObj(c) && typeof c.Next === 'string')
            catchesInto.set(c.Next, (catchesInto.get(c.Next) ?? 0) + 1);
    // What a state's drawing depends on besides the state itself: where it sits, whether it is
    // the start, and for each of its targets whether it exists and is drawn as a Catch tag.
    // Adding or removing one state then redraws only the states that lead to it.
    const scopeContext = `${scope}\u0001${parent ?? ''}`;
    const contextOf = (name: string, state: Obj): string => {
      let key = `${scopeContext}\u0001${name === startAt ? 1 : 0}`;
      const mark = (t: unknown): void => {
        if (typeof t !== 'string') return;
        key += has(states, t) ? '1' : '0';
        if ((catchesInto.get(t) ?? 0) > CONVERGING_CATCH_EDGES) key += 'c';
      };
      mark(state.Next);
      mark(state.Default);
      if (Array.isArray(state.Choices)) for (const r of state.Choices) if (isObj(r)) mark(r.Next);
      if (Array.isArray(state.Catch)) for (const c of state.Catch) if (isObj(c)) mark(c.Next);
      return key;
    };
    for (const [name, state] of Object.entries(states)) {
      const context = useCache && isObj(state) ? contextOf(name, state) : '';
      const cached = useCache && isObj(state) ? drawnStates.get(state) : undefined;
      if (cached && cached.name === name && cached.context === context) {
        nodes.push(...cached.nodes);
        edges.push(...cached.edges);
        scopes.push(...cached.scopes);
        layout.nodes.push(...cached.layoutNodes);
        layout.edges.push(...cached.layoutEdges);
        for (const [k, v] of cached.containers) containers[k] = v;
        if (cached.needsEnd) needsEnd = true;
        continue;
      }
      const hadEnd: boolean = needsEnd;
      const mark: Record<string, number> = {
        nodes: nodes.length,
        edges: edges.length,
        scopes: scopes.length,
        layoutNodes: layout.nodes.length,
        layoutEdges: layout.edges.length,
        containers: containerLog.length,
      };
      needsEnd = false;
      drawState(name, state);
      if (useCache && isObj(state))
        drawnStates.set(state, {
          name,
          context,
          nodes: nodes.slice(mark.nodes),
          edges: edges.slice(mark.edges),
          scopes: scopes.slice(mark.scopes),
          layoutNodes: layout.nodes.slice(mark.layoutNodes),
          layoutEdges: layout.edges.slice(mark.layoutEdges),
          containers: containerLog.slice(mark.containers),
          needsEnd,
        });
      needsEnd = needsEnd || hadEnd;
    }
    function drawState(name: string, state: unknown): void {
      const id = idOf(name);
      const type = isObj(state) && typeof state.Type === 'string' ? state.Type : '?';
      const isContainer =
        type === 'Parallel' ||
        (type === 'Map' && isObj(state) && (isObj(state.ItemProcessor) || isObj(state.Iterator)));
      const c = counts.get(id) ?? { errors: 0, warnings: 0 };
      const ends = isObj(state) && (state.End === true || type === 'Succeed' || type === 'Fail');
      const stateData: StateNodeData = {
        kind: 'state',
        name,
        type,
        pointer: id,
        scope,
        detail: describeState(state),
        isStart: name === startAt,
        isEnd: !!ends,
        errors: c.errors,
        warnings: c.warnings,
      };
      addNode({ id, parent, type: isContainer ? 'container' : 'state', data: stateData });
      if (!isObj(state)) return;

      if (isContainer) {
        const frames: string[] = [];
        const nested: [unknown, string, string][] = [];
        if (type === 'Parallel' && Array.isArray(state.Branches)) {
          state.Branches.forEach((b, i) =>
            nested.push([b, childPointer(id, 'Branches', i), `Branch ${i + 1}`]),
          );
        } else if (isObj(state.ItemProcessor))
          nested.push([state.ItemProcessor, childPointer(id, 'ItemProcessor'), 'Item processor']);
        else if (isObj(state.Iterator))
          nested.push([state.Iterator, childPointer(id, 'Iterator'), 'Iterator']);
        for (const [sub, subScope, label] of nested) {
          const frameNodeId = `frame:${subScope}`;
          frames.push(frameNodeId);
          const empty = !isObj(sub) || !isObj(sub.States) || Object.keys(sub.States).length === 0;
          nodes.push({
            id: frameNodeId,
            parent: id,
            type: 'group',
            data: {
              kind: 'group',
              label,
              scope: subScope,
              ownerPointer: id,
              ownerName: name,
              ownerType: type,
              empty,
            },
          });
          visit(sub, subScope, frameNodeId, frameNodeId);
        }
        containers[id] = frames;
        containerLog.push([id, frames]);
      }

      const target = (t: unknown) =>
        typeof t === 'string' && has(states, t) ? idOf(t) : undefined;
      const next = target(state.Next);
      if (next)
        addEdge(
          id,
          next,
          {
            kind: 'next',
            scope,
            from: name,
            via: 'Next',
            drop: { kind: 'edge', scope, from: name, via: 'Next' },
          },
          'next',
        );
      if (Array.isArray(state.Choices)) {
        state.Choices.forEach((rule, i) => {
          const to = isObj(rule) ? target(rule.Next) : undefined;
          if (!to) return;
          const label = shorten(conditionLabel(rule), 30);
          addEdge(
            id,
            to,
            {
              kind: 'choice',
              scope,
              from: name,
              via: { choice: i },
              label,
              drop: { kind: 'edge', scope, from: name, via: { choice: i } },
            },
            `choice${i}`,
          );
        });
      }
      if (type === 'Choice') {
        const def = target(state.Default);
        if (def)
          addEdge(
            id,
            def,
            {
              kind: 'default',
              scope,
              from: name,
              via: 'Default',
              label: 'Default',
              drop: { kind: 'edge', scope, from: name, via: 'Default' },
            },
            'default',
          );
        else if (state.Default === undefined) {
          const phId = `default-slot:${id}`;
          const drop: DropTarget = { kind: 'choice-default', scope, name };
          addNode({
            id: phId,
            parent,
            type: 'placeholder',
            data: { kind: 'placeholder', label: 'Default', drop },
          });
          addEdge(
            id,
            phId,
            { kind: 'default', scope, from: name, label: 'Default', drop },
            'default-slot',
          );
        }
      }
      if (Array.isArray(state.Catch)) {
        const tagged: string[] = [];
        state.Catch.forEach((catcher, i) => {
          const to = isObj(catcher) ? target(catcher.Next) : undefined;
          if (!to) return;
          if ((catchesInto.get(catcher.Next as string) ?? 0) > CONVERGING_CATCH_EDGES) {
            tagged.push(catcher.Next as string);
            return;
          }
          addEdge(
            id,
            to,
            {
              kind: 'catch',
              scope,
              from: name,
              via: { catch: i },
              label: shorten(describeCatch(catcher), 34),
              drop: { kind: 'edge', scope, from: name, via: { catch: i } },
            },
            `catch${i}`,
          );
        });
        if (tagged.length) stateData.catchTo = [...new Set(tagged)];
      }
      if (top && ends) {
        needsEnd = true;
        const drop: DropTarget | undefined =
          state.End === true ? { kind: 'edge', scope, from: name, via: 'Next' } : undefined;
        addEdge(id, endId, { kind: 'end', scope, from: name, drop }, 'end');
      }
    }
    if (top) {
      const first = startAt !== undefined && has(states, startAt) ? idOf(startAt) : undefined;
      if (first)
        addEdge(startId, first, { kind: 'start', scope, drop: { kind: 'start', scope } }, 'start');
      if (needsEnd || Object.keys(states).length === 0) {
        addNode({
          id: endId,
          parent,
          type: 'marker',
          data: { kind: 'marker', marker: 'end', scope },
        });
      }
    }
  };
  visit(definition, '', '', undefined);

  const signature = scopes
    .map(
      (s) =>
        `${s.id}[${s.nodes.map((n) => n.id + ':' + n.kind).join(',')}|${s.edges.map((e) => e.id + (e.labelWidth ? ':' + e.labelWidth : '')).join(',')}]`,
    )
    .join(';');
  return { nodes, edges, scopes, containers, signature };
}

/** Errors and warnings per state pointer (the innermost state of each finding's location). */
export function countFindings(
  diagnostics: readonly Diagnostic[],
): Map<string, { errors: number; warnings: number }> {
  const out = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    // The last `/States/<name>` in a location is the innermost state the finding is about.
    const pointer = innermostState(d.location);
    if (pointer === undefined) continue;
    const c = out.get(pointer) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'ERROR') c.errors++;
    else if (d.severity === 'WARNING') c.warnings++;
    out.set(pointer, c);
  }
  return out;
}

/** The prefix of a location up to its last `/States/<name>` (as /^(.*\/States\/[^/]+)/ finds it). */
function innermostState(location: string): string | undefined {
  let at = location.lastIndexOf('/States/');
  while (at >= 0) {
    const from = at + 8;
    if (from < location.length && location.charCodeAt(from) !== 47 /* / */) {
      const end = location.indexOf('/', from);
      return end < 0 ? location : location.slice(0, end);
    }
    at = at === 0 ? -1 : location.lastIndexOf('/States/', at - 1);
  }
  return undefined;
}

/** The node id of a state (its JSON pointer). */
export function stateNodeId(scope: string, name: string): string {
  return `${scope}/States/${escapeSegment(name)}`;
}
