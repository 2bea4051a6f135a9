import type { Via } from '../asl/edit';

/** What the canvas draws for one state. */
export interface StateNodeData extends Record<string, unknown> {
  kind: 'state';
  name: string;
  type: string;
  /** The state's JSON pointer (also the node id). */
  pointer: string;
  /** Pointer of the States container the state lives in ('' for the top level). */
  scope: string;
  /** A short second line: the resource, the wait, the error… */
  detail?: string;
  isStart: boolean;
  isEnd: boolean;
  /**
   * Catch targets drawn as a tag on the node instead of an edge: where many Catch edges converge
   * on one state (every Task caught by one Fail), hundreds of long edges hide the flow.
   */
  catchTo?: string[];
  /** Findings on this state, so the node can show a badge. */
  errors: number;
  warnings: number;
}

/** A Parallel branch or a Map processor: a container of states. */
export interface GroupNodeData extends Record<string, unknown> {
  kind: 'group';
  label: string;
  /** Pointer of the scope (e.g. `/States/P/Branches/0`): dropping here adds to it. */
  scope: string;
  /** The owning Parallel/Map state, drawn as the group's header. */
  ownerPointer: string;
  ownerName: string;
  ownerType: string;
  empty: boolean;
}

/** The Start and End markers of a scope. */
export interface MarkerNodeData extends Record<string, unknown> {
  kind: 'marker';
  marker: 'start' | 'end';
  scope: string;
}

/** An edge between states, with the transition it stands for (so edits know what to change). */
export interface TransitionEdgeData extends Record<string, unknown> {
  kind: 'next' | 'choice' | 'default' | 'catch' | 'start' | 'end';
  scope: string;
  /** The state the transition belongs to, and which of its transitions it is. */
  from?: string;
  via?: Via;
  label?: string;
  /** ELK's route on the canvas, when the current layout has one for this edge. */
  route?: EdgeRoute;
}

/** How ELK drew an edge: its points from source to target, and the centre of its label. */
export interface EdgeRoute {
  points: { x: number; y: number }[];
  /** How far right of the middle of its node the route leaves the source (each edge has its own port). */
  sourceOffset: number;
  /** How far right of the middle of its node the route reaches the target. */
  targetOffset: number;
  label?: { x: number; y: number };
}

/** Size of a state node (the layout reserves exactly this). */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 46;
export const MARKER_SIZE = 28;
export const EDGE_LABEL_HEIGHT = 18;

/**
 * The width the layout reserves for an edge label (10.5 px monospace, as canvas.css draws it),
 * rounded up to a step so typing in a condition seldom changes the layout.
 */
export function edgeLabelWidth(text: string): number {
  const step = 24;
  const width = Math.min(text.length * 6.4 + 16, 196);
  return Math.ceil(width / step) * step;
}
