import type { Via } from '../asl/edit';

/** Where a state dragged onto the canvas lands, as the canvas understood the drop point. */
export type DropTarget =
  /** On a transition: between `from` and where it led. */
  | { kind: 'edge'; scope: string; from: string; via: Via }
  /** On the edge from a scope's Start marker: becomes the new start. */
  | { kind: 'start'; scope: string }
  /** On a Choice state: a rule without a target gets it, else a new rule. */
  | { kind: 'choice'; scope: string; name: string }
  /** On the placeholder under a Choice without a Default. */
  | { kind: 'choice-default'; scope: string; name: string }
  /** On a Parallel's frame, outside its branches: a new branch. */
  | { kind: 'parallel'; scope: string; name: string }
  /** Inside a branch or processor frame, or on the empty canvas (scope ''). */
  | { kind: 'scope'; scope: string };

/** Reads a drop target back from the `data-drop` attribute the canvas puts on its elements. */
export function parseDropTarget(raw: string | null | undefined): DropTarget | undefined {
  if (!raw) return undefined;
  try {
    const t = JSON.parse(raw) as DropTarget;
    return typeof t === 'object' &&
      t !== null &&
      typeof t.kind === 'string' &&
      typeof t.scope === 'string'
      ? t
      : undefined;
  } catch {
    return undefined;
  }
}
