import type { HostEvent } from '../../shared/host';

/** The parts of `document` the check needs (passed in so it is testable without a DOM). */
export interface FocusScope {
  activeElement: Element | null;
  execCommand?(command: string): boolean;
}

/**
 * The desktop menu's Undo/Redo accelerators reach the page as commands for the app's one
 * history. When the focus is in an ordinary text field (a search box, an inspector input), the
 * user means that field's own undo: run it natively and report the event as handled. The code
 * editor (Monaco) is not an ordinary field: its undo is the app's.
 */
export function handleFieldUndo(event: HostEvent, scope: FocusScope): boolean {
  if (event.type !== 'command' || (event.command !== 'edit.undo' && event.command !== 'edit.redo'))
    return false;
  const el = scope.activeElement;
  if (!el || el.closest('.monaco-editor')) return false;
  const editable =
    el.tagName === 'TEXTAREA' ||
    (el.tagName === 'INPUT' &&
      /^(text|search|url|email|number|tel|password|)$/i.test(el.getAttribute('type') ?? '')) ||
    (el as HTMLElement).isContentEditable === true;
  if (!editable || !scope.execCommand) return false;
  scope.execCommand(event.command === 'edit.undo' ? 'undo' : 'redo');
  return true;
}
