/** What Monaco appends for its menus: the right-click menu's shadow-DOM host, the light bulb's menu. */
const POPUP_CLASSES = ['shadow-root-host', 'context-view'];

/**
 * Sends Monaco's menus (right-click, quick fix) out of the panel that holds the editor, into
 * `into`.
 *
 * Monaco appends them to the editor's container or its own element. Each panel is a containing
 * block (contain, will-change) inside scrolling panes, so a menu opened near a panel's edge was
 * cut off there. Monaco measures where a menu's element sits before placing it, so one appended
 * elsewhere still opens at the pointer. Returns the undo of the redirection.
 */
export function sendMenusTo(hosts: readonly HTMLElement[], into: HTMLElement): () => void {
  const undo = hosts.map((host) => {
    const append = host.appendChild;
    host.appendChild = <T extends Node>(node: T): T =>
      node instanceof HTMLElement && POPUP_CLASSES.some((c) => node.classList.contains(c))
        ? into.appendChild(node)
        : (append.call(host, node) as T);
    return () => {
      host.appendChild = append;
    };
  });
  return () => undo.forEach((u) => u());
}
