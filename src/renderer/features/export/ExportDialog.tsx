import { useEffect } from 'react';
import type { ExportRefusal } from '../../../shared/host';
import { DiffView } from './DiffView';
import {
  closeExportDialog,
  initRepository,
  refreshPreview,
  runExport,
  runPush,
} from './exportActions';
import { exportBlocker } from './exportForm';
import { useExport } from './exportStore';
import { exportTests } from './testsProvider';
import './export.css';

function Refusal({ refusal, label }: { refusal: ExportRefusal; label: string }) {
  return (
    <div className="export-refusal" role="alert" aria-label={label} data-code={refusal.code}>
      <div>{refusal.message}</div>
      {refusal.output && <pre className="export-output">{refusal.output}</pre>}
    </div>
  );
}

/** The "Export to Git" dialog: target, diff against HEAD, branch, message, extras, Export then Push. */
export function ExportDialog() {
  const state = useExport();
  const { open, form, preview, previewRefusal, busy } = state;

  // Preview again shortly after the target or the options change (not on every keystroke).
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => void refreshPreview(), 400);
    return () => clearTimeout(timer);
  }, [open, form.repo, form.path, form.useNewBranch, form.newBranch, form.withSam, form.withTests]);

  if (!open) return null;
  const tests = exportTests();
  const blocker = exportBlocker(form, preview, previewRefusal);
  const file = preview?.files[Math.min(state.selectedFile, (preview?.files.length ?? 1) - 1)];
  const detached = preview !== undefined && preview.branch === null;

  return (
    <div className="modal-backdrop" role="presentation" onMouseDown={closeExportDialog}>
      <div
        className="modal export-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Export to Git"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && closeExportDialog()}
      >
        <div className="modal-title">Export to Git</div>
        <div className="export-fields">
          <label>
            Repository folder
            <input
              value={form.repo}
              placeholder="/path/to/your/repository"
              onChange={(e) => state.update({ repo: e.target.value })}
              spellCheck={false}
            />
          </label>
          <label>
            Path in repository
            <input
              value={form.path}
              onChange={(e) => state.update({ path: e.target.value })}
              spellCheck={false}
            />
          </label>
        </div>

        {previewRefusal && (
          <div className="export-section">
            <Refusal refusal={previewRefusal} label="Export refused" />
            {previewRefusal.code === 'not-a-repository' && (
              <button
                type="button"
                onClick={() => void initRepository()}
                disabled={busy !== undefined}
              >
                Initialise a repository here
              </button>
            )}
          </div>
        )}
        {preview?.blocked && <Refusal refusal={preview.blocked} label="Export refused" />}

        {preview && (
          <>
            <div className="export-meta">
              <span>
                Branch:{' '}
                <strong data-testid="export-branch">{preview.branch ?? 'detached HEAD'}</strong>
              </span>
              {preview.files.length > 1 && (
                <span className="export-files" role="tablist" aria-label="Files">
                  {preview.files.map((f, i) => (
                    <button
                      key={f.path}
                      type="button"
                      role="tab"
                      aria-selected={file?.path === f.path}
                      onClick={() => state.set({ selectedFile: i })}
                    >
                      {f.path.slice(f.path.lastIndexOf('/') + 1)}
                      {f.headText === f.newText ? '' : ' •'}
                    </button>
                  ))}
                </span>
              )}
            </div>
            {file && (
              <div className="export-diff-labels" aria-hidden="true">
                <span>
                  {file.headText === null ? `HEAD (no ${file.path} yet)` : `HEAD: ${file.path}`}
                </span>
                <span>To be written and committed</span>
              </div>
            )}
            {file && (
              <DiffView
                original={file.headText ?? ''}
                modified={file.newText}
                language={/\.ya?ml$/i.test(file.path) ? 'yaml' : 'json'}
              />
            )}
            <div className="export-options">
              <label className="check">
                <input
                  type="checkbox"
                  checked={form.useNewBranch}
                  disabled={detached}
                  onChange={(e) => state.update({ useNewBranch: e.target.checked })}
                />
                Commit on a new branch
              </label>
              {form.useNewBranch && (
                <input
                  aria-label="New branch name"
                  placeholder="branch-name"
                  value={form.newBranch}
                  onChange={(e) => state.update({ newBranch: e.target.value })}
                  spellCheck={false}
                />
              )}
              <label className="check">
                <input
                  type="checkbox"
                  checked={form.withSam}
                  onChange={(e) => state.update({ withSam: e.target.checked })}
                />
                SAM snippet
              </label>
              <label
                className="check"
                title={
                  tests.tests.length ? '' : 'Save test cases from the simulator to include them'
                }
              >
                <input
                  type="checkbox"
                  checked={form.withTests}
                  disabled={!tests.tests.length && tests.mocks === undefined}
                  onChange={(e) => state.update({ withTests: e.target.checked })}
                />
                Test scenarios and mocks ({tests.tests.length})
              </label>
            </div>
            <label className="export-message">
              Commit message
              <textarea
                rows={3}
                value={form.message}
                onChange={(e) => state.update({ message: e.target.value, messageEdited: true })}
              />
            </label>
          </>
        )}

        {state.exportRefusal && <Refusal refusal={state.exportRefusal} label="Export failed" />}
        {state.committed && (
          <div className="export-success" role="status">
            Committed <code>{state.committed.commit.slice(0, 12)}</code> on {state.committed.branch}
            : {state.committed.message}
          </div>
        )}
        {state.pushRefusal && <Refusal refusal={state.pushRefusal} label="Push failed" />}
        {state.pushed && (
          <div className="export-success" role="status">
            Pushed {state.pushed.branch} to {state.pushed.remote}.
            {state.pushed.output && <pre className="export-output">{state.pushed.output}</pre>}
          </div>
        )}
        {state.error && <div className="error-text">{state.error}</div>}

        <div className="export-footer">
          <span className="export-hint">
            {busy ? `${busy[0].toUpperCase()}${busy.slice(1)}…` : (blocker ?? '')}
          </span>
          <button type="button" onClick={closeExportDialog}>
            Close
          </button>
          <button
            type="button"
            onClick={() => void runPush()}
            disabled={!state.committed || busy !== undefined}
            title="Runs git push"
          >
            Push
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => void runExport()}
            disabled={blocker !== undefined || busy !== undefined}
          >
            Export
          </button>
        </div>
      </div>
    </div>
  );
}
