import { parseDropTarget, type DropTarget } from '../../../shared/graph/dropTarget';

/** What lies under the pointer during a drag: the drop target and the element to highlight. */
export interface DropHit {
  target: DropTarget;
  element: Element;
}

/**
 * Finds the drop target under a point. Edges are painted beneath nodes, so every element at the
 * point is considered (not only the topmost): anything specific (an edge, a state, a slot) wins
 * over a frame, and a frame over the bare canvas. Elements inside `excludeNode` (the node being
 * dragged) are ignored.
 */
export function findDropTarget(x: number, y: number, excludeNode?: string): DropHit | undefined {
  let frame: DropHit | undefined;
  for (const el of document.elementsFromPoint(x, y)) {
    if (excludeNode) {
      const node = el.closest('.react-flow__node') as HTMLElement | null;
      if (node && isInside(node, excludeNode)) continue;
    }
    const holder = el.closest('[data-drop]');
    if (!holder) continue;
    const target = parseDropTarget(holder.getAttribute('data-drop'));
    if (!target) continue;
    if (excludeNode && target.kind !== 'scope' && refersTo(target, excludeNode)) continue;
    if (target.kind !== 'scope') return { target, element: highlightOf(holder) };
    frame ??= { target, element: holder };
  }
  return frame;
}

function isInside(node: HTMLElement, id: string): boolean {
  const nodeId = node.dataset.id ?? '';
  // A dragged container carries its frames and their states along: they are its descendants by id.
  return nodeId === id || nodeId.startsWith(id + '/') || nodeId.startsWith('frame:' + id + '/');
}

function refersTo(target: DropTarget, pointer: string): boolean {
  return 'name' in target && `${target.scope}/States/${target.name}` === pointer;
}

function highlightOf(holder: Element): Element {
  return holder.closest('.react-flow__edge') ?? holder;
}
