import type { GraphNode } from './types';

/** Height of a state node on the canvas. */
export const STATE_HEIGHT = 48;

/** The size a node is drawn at, before layout (groups and containers are sized by the layout). */
export function nodeSize(node: GraphNode): { width: number; height: number } {
  if (node.kind === 'start' || node.kind === 'end') return { width: 72, height: 28 };
  const chars = [...node.label].length;
  return { width: Math.max(140, Math.min(280, chars * 7.5 + 56)), height: STATE_HEIGHT };
}

/** The size of an edge label's box. */
export function labelSize(text: string): { width: number; height: number } {
  return { width: [...text].length * 6.5 + 12, height: 18 };
}
