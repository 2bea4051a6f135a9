import { getHost } from '../../host';
import { useDocument } from '../../store/documentStore';
import { useFileUi } from './fileUiStore';

/** Asks the host every `intervalMs` whether the open file changed on disk, and prompts when it did. */
export function startDiskWatch(intervalMs: number): () => void {
  if (intervalMs <= 0) return () => undefined;
  const timer = setInterval(async () => {
    const { file } = useDocument.getState();
    if (!file.path || !file.stamp || useFileUi.getState().diskChange) return;
    try {
      const r = await getHost().fileCheck({ path: file.path, stamp: file.stamp });
      if (r.status === 'changed')
        useFileUi.getState().setDiskChange({ kind: 'changed', path: file.path, stamp: r.stamp });
      if (r.status === 'deleted')
        useFileUi.getState().setDiskChange({ kind: 'deleted', path: file.path });
    } catch {
      // A failed check is retried at the next tick.
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
