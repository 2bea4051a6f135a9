import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../shared/host';
import { getHost } from '../host';
import { isDirty, useDocument } from '../store/documentStore';
import { redoSoon, undoSoon } from '../store/historySteps';
import { canvasHandle } from '../features/canvas/canvasHandle';
import {
  newDocument,
  openFileDialog,
  openPath,
  save,
  saveAsDialog,
} from '../features/files/fileCommands';
import { useFileUi } from '../features/files/fileUiStore';
import { ExportButton } from '../features/export';
import { GoToState } from './GoToState';
import { Menu } from './Menu';
import { useViewMode, type ViewMode } from './viewMode';

/** The toolbar: files, history, view, and "go to state". */
export function Toolbar() {
  const name = useDocument((s) => s.file.name);
  const path = useDocument((s) => s.file.path);
  const dirty = useDocument(isDirty);
  const canUndo = useDocument((s) => s.history.past.length > 0);
  const canRedo = useDocument((s) => s.history.future.length > 0);
  const format = useDocument((s) => s.format);
  const recent = useFileUi((s) => s.recent);
  const { mode, setMode } = useViewMode();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  useEffect(() => {
    getHost()
      .templateList()
      .then(setTemplates)
      .catch(() => setTemplates([]));
  }, []);

  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">◆</span> ASL Studio
      </div>
      <div className="tool-group">
        <Menu
          label="New"
          items={[
            { label: 'Blank state machine', onSelect: () => void newDocument() },
            ...templates.map((t) => ({
              label: t.name,
              detail: t.description,
              onSelect: () => void newDocument(t.id),
            })),
          ]}
        >
          New ▾
        </Menu>
        <button type="button" onClick={() => void openFileDialog()} title="Open (Ctrl+O)">
          Open
        </button>
        <Menu
          label="Recent files"
          empty="No recent files"
          items={recent.map((r) => ({
            label: r.name,
            detail: r.path,
            disabled: !r.exists,
            onSelect: () => void openPath(r.path),
          }))}
        >
          Recent ▾
        </Menu>
        <button type="button" onClick={() => void save()} title="Save (Ctrl+S)">
          Save
        </button>
        <button type="button" onClick={() => void saveAsDialog()} title="Save as (Ctrl+Shift+S)">
          Save As
        </button>
        <ExportButton />
      </div>
      <div className="doc-title" title={path ?? 'Not saved yet'}>
        <span className="doc-name">{name}</span>
        {dirty && (
          <span className="dirty" aria-label="Unsaved changes" title="Unsaved changes">
            ●
          </span>
        )}
        <span className="format-tag">{format.toUpperCase()}</span>
      </div>
      <div className="tool-group">
        <button type="button" onClick={undoSoon} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redoSoon} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button
          type="button"
          onClick={() => canvasHandle()?.fit()}
          title="Fit the whole state machine in view"
        >
          Fit
        </button>
      </div>
      <GoToState />
      <div className="segmented" role="group" aria-label="View mode">
        {(['design', 'split', 'code'] as ViewMode[]).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {m === 'design' ? 'Design' : m === 'code' ? 'Code' : 'Split'}
          </button>
        ))}
      </div>
    </header>
  );
}
