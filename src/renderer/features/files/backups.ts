import { getHost } from '../../host';
import { useDocument } from '../../store/documentStore';
import { useFileUi } from './fileUiStore';
import { messageOf } from './fileCommands';

let backupId = makeId();

function makeId(): string {
  return `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Gives the document a fresh backup slot (a new or newly opened document). */
export function newBackupId(): void {
  backupId = makeId();
}

/** Uses an existing backup's slot, so a restored document keeps overwriting that backup. */
export function adoptBackupId(id: string): void {
  backupId = id;
}

/**
 * Writes a backup of unsaved work shortly after each change, and drops it once the document is
 * saved, so a crash or a killed server loses at most the last `delayMs` of typing.
 */
export function startBackups(delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async (): Promise<void> => {
    timer = undefined;
    const doc = useDocument.getState();
    try {
      if (doc.text === doc.savedText) await getHost().backupDiscard({ id: backupId });
      else
        await getHost().backupWrite({
          id: backupId,
          path: doc.file.path ?? null,
          format: doc.format,
          text: doc.text,
          baseStamp: doc.file.stamp ?? null,
        });
    } catch (e) {
      doc.notify('error', `Backup failed: ${messageOf(e)}`);
    }
  };
  const unsubscribe = useDocument.subscribe((s, prev) => {
    if (s.text === prev.text && s.savedText === prev.savedText) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), s.text === s.savedText ? 0 : delayMs);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}

/** Looks for backups left by an earlier session and offers them. */
export async function offerRestore(): Promise<void> {
  try {
    useFileUi.getState().setRestorable(await getHost().backupList());
  } catch {
    // No backups to offer when the host cannot list them.
  }
}

/** Restores a backup: its text becomes the (unsaved) document, on top of its file when it has one. */
export async function restoreBackup(id: string): Promise<void> {
  const host = getHost();
  const b = await host.backupRead({ id });
  let savedText = '';
  let stamp = b.baseStamp;
  if (b.path) {
    try {
      const onDisk = await host.fileOpen({ path: b.path });
      savedText = onDisk.text;
      stamp = onDisk.stamp;
    } catch {
      // The file is gone: the backup is all there is, and it stays unsaved.
    }
  }
  useDocument
    .getState()
    .load(b.text, b.format, { path: b.path ?? undefined, name: b.name, stamp }, savedText);
  adoptBackupId(b.id);
  useFileUi.getState().setRestorable(useFileUi.getState().restorable.filter((x) => x.id !== id));
}

/** Forgets a backup the person does not want. */
export async function discardBackup(id: string): Promise<void> {
  await getHost().backupDiscard({ id });
  useFileUi.getState().setRestorable(useFileUi.getState().restorable.filter((x) => x.id !== id));
}
