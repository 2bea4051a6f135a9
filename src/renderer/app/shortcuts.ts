import { redoSoon, undoSoon } from '../store/historySteps';
import { openFileDialog, save, saveAsDialog } from '../features/files/fileCommands';

/** True when a key event comes from a field that has its own undo (text inputs, Monaco). */
function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return (
    el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.isContentEditable ||
    !!el.closest('.monaco-editor')
  );
}

/** The application's keyboard shortcuts; returns a function that removes them. */
export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod) return;
    const key = e.key.toLowerCase();
    if (key === 's') {
      e.preventDefault();
      void (e.shiftKey ? saveAsDialog() : save());
    } else if (key === 'o') {
      e.preventDefault();
      void openFileDialog();
    } else if ((key === 'z' || key === 'y') && !inTextField(e.target)) {
      // Monaco routes its own Ctrl+Z to the shared history; here: the canvas and the rest.
      e.preventDefault();
      if (key === 'y' || e.shiftKey) redoSoon();
      else undoSoon();
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
