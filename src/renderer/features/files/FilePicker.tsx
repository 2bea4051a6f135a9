import { useEffect, useState } from 'react';
import type { DirectoryListing } from '../../../shared/host';
import { getHost } from '../../host';
import { useDocument } from '../../store/documentStore';
import { useFileUi } from './fileUiStore';
import { messageOf, openPath, saveAs } from './fileCommands';
import { EntryIcon } from './EntryIcon';

/** The in-app file dialog used where the host has no native one (the browser behind `serve`). */
export function FilePicker() {
  const mode = useFileUi((s) => s.picker);
  const docName = useDocument((s) => s.file.name);
  if (!mode) return null;
  return <PickerDialog key={mode} mode={mode} initialName={mode === 'save' ? docName : ''} />;
}

function PickerDialog({ mode, initialName }: { mode: 'open' | 'save'; initialName: string }) {
  const close = () => useFileUi.getState().showPicker(undefined);
  const [listing, setListing] = useState<DirectoryListing>();
  const [error, setError] = useState<string>();
  const [name, setName] = useState(initialName);

  const list = async (path?: string) => {
    try {
      setListing(await getHost().fileListDirectory(path ? { path } : {}));
      setError(undefined);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  useEffect(() => {
    getHost()
      .fileListDirectory({})
      .then(setListing, (e: unknown) => setError(messageOf(e)));
  }, []);

  const join = (dir: string, file: string) =>
    /^([a-zA-Z]:)?[\\/]/.test(file) ? file : `${dir.replace(/[\\/]$/, '')}/${file}`;
  const submit = async () => {
    if (!listing || !name.trim()) return;
    const path = join(listing.path, name.trim());
    close();
    if (mode === 'open') await openPath(path);
    else await saveAs(path);
  };

  return (
    <div className="modal-backdrop" role="presentation" onMouseDown={close}>
      <div
        className="modal file-picker"
        role="dialog"
        aria-modal="true"
        aria-label={mode === 'open' ? 'Open file' : 'Save as'}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <div className="modal-title">{mode === 'open' ? 'Open a definition' : 'Save as'}</div>
        <div className="picker-path">
          <button
            type="button"
            disabled={!listing?.parent}
            onClick={() => listing?.parent && list(listing.parent)}
            aria-label="Up one folder"
          >
            ↑
          </button>
          <span title={listing?.path}>{listing?.path ?? '…'}</span>
        </div>
        <div className="picker-body">
          <ul className="picker-places">
            {listing?.places.map((p) => (
              <li key={p.path}>
                <button type="button" className="link" onClick={() => list(p.path)}>
                  {p.label}
                </button>
              </li>
            ))}
          </ul>
          <ul className="picker-entries" aria-label="Files">
            {listing?.entries.map((e) => (
              <li key={e.path}>
                <button
                  type="button"
                  className={`entry ${e.kind} ${e.definition ? 'definition' : ''}`}
                  disabled={e.kind === 'file' && !e.definition}
                  onClick={() => (e.kind === 'directory' ? list(e.path) : setName(e.name))}
                  onDoubleClick={() => {
                    if (e.kind === 'file') {
                      close();
                      void (mode === 'open' ? openPath(e.path) : saveAs(e.path, true));
                    }
                  }}
                >
                  <EntryIcon kind={e.kind} /> {e.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
        {error && <div className="error-text">{error}</div>}
        <form
          className="picker-footer"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <input
            aria-label="File name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="name.asl.json"
            autoFocus
          />
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {mode === 'open' ? 'Open' : 'Save'}
          </button>
        </form>
      </div>
    </div>
  );
}
