import { getHost } from '../../host';
import { useDocument } from '../../store/documentStore';
import { useFileUi } from './fileUiStore';
import { discardBackup, restoreBackup } from './backups';
import { loadOpenedFile, messageOf, saveOverwriting } from './fileCommands';

/** Prompts about files: unsaved work to restore, a file changed on disk, a refused save. */
export function FileBanners() {
  const restorable = useFileUi((s) => s.restorable);
  const diskChange = useFileUi((s) => s.diskChange);
  const notify = useDocument((s) => s.notify);
  const backup = restorable[0];
  const dismiss = () => useFileUi.getState().setDiskChange(undefined);
  const reload = async () => {
    if (!diskChange) return;
    try {
      loadOpenedFile(await getHost().fileOpen({ path: diskChange.path }));
      dismiss();
    } catch (e) {
      notify('error', messageOf(e));
    }
  };
  return (
    <>
      {backup && (
        <div className="banner" role="alertdialog" aria-label="Restore unsaved changes">
          <span>
            Unsaved changes to <b>{backup.name}</b> from {new Date(backup.savedAt).toLocaleString()}{' '}
            were found.
          </span>
          <button type="button" className="primary" onClick={() => void restoreBackup(backup.id)}>
            Restore
          </button>
          <button type="button" onClick={() => void discardBackup(backup.id)}>
            Discard
          </button>
        </div>
      )}
      {diskChange && (
        <div className="banner warning" role="alertdialog" aria-label="File changed on disk">
          <span>
            {diskChange.kind === 'deleted'
              ? `${diskChange.path} was deleted on disk.`
              : diskChange.kind === 'save-conflict'
                ? `${diskChange.path} changed on disk since you opened it; saving would overwrite those changes.`
                : `${diskChange.path} changed on disk.`}
          </span>
          {diskChange.kind !== 'deleted' && (
            <button type="button" onClick={() => void reload()}>
              Reload from disk
            </button>
          )}
          {diskChange.kind === 'save-conflict' && (
            <button type="button" className="danger" onClick={() => void saveOverwriting()}>
              Overwrite
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              const doc = useDocument.getState();
              // The person chose their version knowingly: adopt the disk stamp so saving is allowed.
              if (diskChange.kind === 'changed' && diskChange.stamp)
                doc.markSaved(doc.savedText, { ...doc.file, stamp: diskChange.stamp });
              dismiss();
            }}
          >
            Keep mine
          </button>
        </div>
      )}
    </>
  );
}
