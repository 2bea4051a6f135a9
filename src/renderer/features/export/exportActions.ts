/** What the export dialog asks of the host: preview, export, push, initialise a repository. */
import { HostError } from '../../../shared/host';
import { getHost } from '../../host';
import { useDocument } from '../../store/documentStore';
import { initialForm, toRequest } from './exportForm';
import { useExport } from './exportStore';
import { exportTests } from './testsProvider';

function messageOf(e: unknown): string {
  return e instanceof HostError
    ? `${e.message} (${e.code})`
    : e instanceof Error
      ? e.message
      : String(e);
}

function currentRequest() {
  const doc = useDocument.getState();
  return toRequest(
    useExport.getState().form,
    { text: doc.text, format: doc.format, fileName: doc.file.name, filePath: doc.file.path },
    exportTests(),
  );
}

/** Opens the dialog, prefilled with where this definition was exported last time. */
export async function openExportDialog(): Promise<void> {
  const doc = useDocument.getState();
  const key = doc.file.path ?? doc.file.name;
  const remembered = await getHost()
    .exportTarget({ definitionKey: key })
    .catch(() => null);
  useExport.getState().set({
    open: true,
    form: initialForm(doc.file.path, remembered),
    preview: undefined,
    previewRefusal: undefined,
    committed: undefined,
    exportRefusal: undefined,
    pushed: undefined,
    pushRefusal: undefined,
    error: undefined,
    selectedFile: 0,
  });
  await refreshPreview(true);
}

/** Closes the dialog. */
export function closeExportDialog(): void {
  useExport.getState().set({ open: false, busy: undefined });
}

let previewSeq = 0;
let previewedKey = '';

/**
 * Asks the host for the diff against HEAD, the branch and the prefilled message. Skips a request
 * identical to the last one unless `force` (after a commit or an init, HEAD has moved).
 */
export async function refreshPreview(force = false): Promise<void> {
  const store = useExport.getState();
  if (!store.form.repo.trim() || !store.form.path.trim()) {
    store.set({ preview: undefined, previewRefusal: undefined });
    previewedKey = '';
    return;
  }
  const request = currentRequest();
  // The message does not change what is previewed; leaving it out keeps typing from re-asking.
  const key = JSON.stringify({ ...request, message: undefined });
  if (!force && key === previewedKey) return;
  previewedKey = key;
  const seq = ++previewSeq;
  store.set({ busy: 'preview', error: undefined });
  try {
    const outcome = await getHost().exportPreview(request);
    if (seq !== previewSeq) return; // A newer preview was asked for while this one ran.
    const now = useExport.getState();
    if (outcome.ok) {
      const selectedFile = Math.min(now.selectedFile, outcome.value.files.length - 1);
      now.set({ preview: outcome.value, previewRefusal: undefined, selectedFile });
      if (!now.form.messageEdited) now.update({ message: outcome.value.message });
      if (outcome.value.blocked?.code === 'needs-branch') now.update({ useNewBranch: true });
    } else now.set({ preview: undefined, previewRefusal: outcome.refusal });
  } catch (e) {
    previewedKey = '';
    if (seq === previewSeq) useExport.getState().set({ error: messageOf(e) });
  } finally {
    if (seq === previewSeq) useExport.getState().set({ busy: undefined });
  }
}

/** Writes and commits; the outcome (commit or refusal with git's output) lands in the store. */
export async function runExport(): Promise<void> {
  const store = useExport.getState();
  store.set({
    busy: 'export',
    error: undefined,
    exportRefusal: undefined,
    committed: undefined,
    pushed: undefined,
    pushRefusal: undefined,
  });
  try {
    const outcome = await getHost().exportCommit(currentRequest());
    if (outcome.ok) useExport.getState().set({ committed: outcome.value });
    else useExport.getState().set({ exportRefusal: outcome.refusal });
  } catch (e) {
    useExport.getState().set({ error: messageOf(e) });
  } finally {
    useExport.getState().set({ busy: undefined });
  }
  if (useExport.getState().committed) {
    useDocument
      .getState()
      .notify(
        'info',
        `Exported to ${useExport.getState().form.path} (${useExport.getState().committed?.commit.slice(0, 7)})`,
      );
    // HEAD is now on the branch just made (if any): the next export continues there.
    useExport.getState().update({ useNewBranch: false, newBranch: '', messageEdited: false });
    await refreshPreview(true);
  }
}

/** Runs the user's git push; only ever on the Push button. */
export async function runPush(): Promise<void> {
  const store = useExport.getState();
  store.set({ busy: 'push', error: undefined, pushed: undefined, pushRefusal: undefined });
  try {
    const outcome = await getHost().exportPush({ repo: store.form.repo.trim() });
    if (outcome.ok) useExport.getState().set({ pushed: outcome.value });
    else useExport.getState().set({ pushRefusal: outcome.refusal });
  } catch (e) {
    useExport.getState().set({ error: messageOf(e) });
  } finally {
    useExport.getState().set({ busy: undefined });
  }
}

/** Initialises a repository in the chosen folder, then previews again. */
export async function initRepository(): Promise<void> {
  const store = useExport.getState();
  store.set({ busy: 'init', error: undefined });
  try {
    const outcome = await getHost().exportInit({ repo: store.form.repo.trim() });
    if (!outcome.ok) useExport.getState().set({ previewRefusal: outcome.refusal });
  } catch (e) {
    useExport.getState().set({ error: messageOf(e) });
  } finally {
    useExport.getState().set({ busy: undefined });
  }
  await refreshPreview(true);
}
