import { isObject } from '../asl/edit/deepEqual';
import { childScopes, statePointer } from '../asl/edit/states/scope';
import { transitionsOf, type Via } from '../asl/edit/states/via';
import { conditionLabel, shorten } from './conditionLabel';
import type { Graph, GraphEdge, GraphEdgeKind, GraphNode } from './types';

/** Id of the start marker. */
export const START_ID = '#start';
/** Id of the end marker. */
export const END_ID = '#end';

/** Nesting deeper than this is not drawn (a draft may be absurdly deep; the canvas must not hang). */
const MAX_DEPTH = 40;

/**
 * The canvas graph of a definition: a node per state (nested in groups for Parallel branches and
 * Map processors), start and end markers, and an edge per transition. It reads whatever it can
 * of a broken or half-typed definition and skips the rest; it never throws.
 */
export function buildGraph(definition: unknown): Graph {
  const graph: Graph = { nodes: [], edges: [] };
  if (!isObject(definition)) return graph;
  graph.nodes.push({ id: START_ID, kind: 'start', label: 'Start', scope: '' });
  graph.nodes.push({ id: END_ID, kind: 'end', label: 'End', scope: '' });
  addScope(graph, definition, '', undefined, 0);
  return graph;
}

function addScope(
  graph: Graph,
  container: Record<string, unknown>,
  scope: string,
  parent: string | undefined,
  depth: number,
): void {
  const states = container.States;
  if (!isObject(states) || depth > MAX_DEPTH) return;
  const top = scope === '';
  for (const [name, state] of Object.entries(states)) {
    const id = statePointer(scope, name);
    const stateType = isObject(state) && typeof state.Type === 'string' ? state.Type : undefined;
    const node: GraphNode = { id, kind: 'state', label: name, name, stateType, scope, parent };
    const groups = childScopes(state, id);
    if (groups.length > 0) node.container = true;
    graph.nodes.push(node);
    groups.forEach((groupId, i) => {
      const field = groupId.slice(id.length + 1).split('/')[0];
      const label =
        field === 'Branches'
          ? `Branch ${i + 1}`
          : field === 'Iterator'
            ? 'Iterator'
            : 'Item processor';
      graph.nodes.push({ id: groupId, kind: 'group', label, scope, parent: id });
      const nested =
        field === 'Branches'
          ? (state as { Branches: unknown[] }).Branches[i]
          : (state as Record<string, unknown>)[field];
      if (isObject(nested)) addScope(graph, nested, groupId, groupId, depth + 1);
    });
  }
  if (
    top &&
    typeof container.StartAt === 'string' &&
    Object.prototype.hasOwnProperty.call(states, container.StartAt)
  )
    graph.edges.push({
      id: `${START_ID}|StartAt`,
      source: START_ID,
      target: statePointer(scope, container.StartAt),
      kind: 'start',
      scope,
    });
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state)) continue;
    const id = statePointer(scope, name);
    for (const t of transitionsOf(state)) {
      if (!Object.prototype.hasOwnProperty.call(states, t.target)) continue;
      const edge: GraphEdge = {
        id: `${id}|${fieldOf(t.via)}`,
        source: id,
        target: statePointer(scope, t.target),
        kind: kindOf(t.via),
        via: t.via,
        scope,
      };
      const label = labelOf(state, t.via);
      if (label) edge.label = label;
      if (edge.kind === 'catch') edge.dashed = true;
      graph.edges.push(edge);
    }
    if (top && (state.End === true || state.Type === 'Succeed' || state.Type === 'Fail'))
      graph.edges.push({ id: `${id}|End`, source: id, target: END_ID, kind: 'end', scope });
  }
}

function fieldOf(via: Via): string {
  if (typeof via === 'string') return via;
  return 'choice' in via ? `Choices/${via.choice}` : `Catch/${via.catch}`;
}

function kindOf(via: Via): GraphEdgeKind {
  if (via === 'Next') return 'next';
  if (via === 'Default') return 'default';
  return 'choice' in via ? 'choice' : 'catch';
}

function labelOf(state: Record<string, unknown>, via: Via): string | undefined {
  if (via === 'Default') return 'Default';
  if (typeof via === 'string') return undefined;
  if ('choice' in via) return conditionLabel((state.Choices as unknown[])[via.choice]);
  const catcher = (state.Catch as unknown[])[via.catch] as Record<string, unknown>;
  const errors = Array.isArray(catcher.ErrorEquals)
    ? catcher.ErrorEquals.filter((e) => typeof e === 'string')
    : [];
  return shorten(errors.length > 0 ? errors.join(', ') : 'Catch');
}
