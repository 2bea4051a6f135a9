import type { Via } from '../asl/edit/states/via';

/** What a node draws: a state, a branch or processor group, or the start and end markers. */
export type GraphNodeKind = 'state' | 'group' | 'start' | 'end';

/** One node of the canvas graph. */
export interface GraphNode {
  /** A state's JSON pointer (`/States/A`), a group's scope pointer (`/States/P/Branches/0`), or a marker id (`#start`, `#end`). */
  id: string;
  kind: GraphNodeKind;
  label: string;
  /** The state's Type as written (may be missing or unknown in a draft). */
  stateType?: string;
  /** The state's name (states only). */
  name?: string;
  /** The scope pointer of the States container the node sits in ('' at the top level). */
  scope: string;
  /** The enclosing node: a branch/processor group for its states, the Parallel/Map state for its groups. */
  parent?: string;
  /** True for Parallel and Map states, which contain groups. */
  container?: boolean;
}

/** How an edge leaves its source. */
export type GraphEdgeKind = 'start' | 'next' | 'choice' | 'default' | 'catch' | 'end';

/** One edge of the canvas graph. */
export interface GraphEdge {
  /** Stable id: source id, `|`, the field (`Next`, `Default`, `Choices/0`, `Catch/1`, `End`, `StartAt`). */
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** Short text: a choice rule's condition, `Default`, a catcher's errors. */
  label?: string;
  /** Which transition of the source state this edge is, for connect/insert operations. */
  via?: Via;
  /** Drawn dashed (Catch edges). */
  dashed?: boolean;
  scope: string;
}

/** The whole canvas graph of a definition. */
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
