import type { TextFormat } from '../../../shared/asl/parse';
import { convertText } from '../../../shared/asl/convert';
import { HostError } from '../../../shared/host';
import type { OpenedFile, SaveResult } from '../../../shared/host';
import { getHost } from '../../host';
import { BLANK_DEFINITION, useDocument } from '../../store/documentStore';
import { useFileUi } from './fileUiStore';
import { newBackupId } from './backups';

/** Loads an opened file into the document. */
export function loadOpenedFile(file: OpenedFile): void {
  useDocument
    .getState()
    .load(file.text, file.format, { path: file.path, name: file.name, stamp: file.stamp });
  newBackupId();
  useFileUi.getState().refreshRecent();
}

/** Starts a new, untitled document: blank, or from a starter template. */
export async function newDocument(templateId?: string): Promise<void> {
  if (!confirmDiscard()) return;
  if (!templateId) {
    useDocument.getState().load(BLANK_DEFINITION, 'json', { name: 'untitled.asl.json' });
  } else {
    const t = await getHost().templateRead({ id: templateId });
    const ext = t.format === 'yaml' ? 'asl.yaml' : 'asl.json';
    useDocument.getState().load(t.text, t.format, { name: `untitled.${ext}` });
  }
  newBackupId();
}

/** Opens a file by path (from the picker, the recent list or the host). */
export async function openPath(path: string): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    loadOpenedFile(await getHost().fileOpen({ path }));
  } catch (e) {
    useDocument.getState().notify('error', `Could not open ${path}: ${messageOf(e)}`);
  }
}

/** Asks for a file to open: the system dialog in the app, the in-app picker in a browser. */
export async function openFileDialog(): Promise<void> {
  const host = getHost();
  const info = await host.appInfo();
  if (info.nativeDialogs) {
    const r = await host.fileShowOpenDialog({});
    if (!r.canceled) await openPath(r.path);
  } else useFileUi.getState().showPicker('open');
}

/** Saves to the document's file; asks for a path when it has none. */
export async function save(): Promise<boolean> {
  const doc = useDocument.getState();
  if (!doc.file.path) return saveAsDialog();
  return finishSave(
    await getHost().fileSave({
      path: doc.file.path,
      text: doc.text,
      expected: doc.file.stamp ?? null,
    }),
    doc.text,
  );
}

/** Saves over the file even though it changed on disk (after the person said so). */
export async function saveOverwriting(): Promise<boolean> {
  const doc = useDocument.getState();
  if (!doc.file.path) return false;
  return finishSave(
    await getHost().fileSave({
      path: doc.file.path,
      text: doc.text,
      expected: doc.file.stamp ?? null,
      overwrite: true,
    }),
    doc.text,
  );
}

/** Asks for a path, then saves there. */
export async function saveAsDialog(): Promise<boolean> {
  const host = getHost();
  const info = await host.appInfo();
  if (info.nativeDialogs) {
    const r = await host.fileShowSaveDialog({ format: useDocument.getState().format });
    if (r.canceled) return false;
    return saveAs(r.path, true);
  }
  useFileUi.getState().showPicker('save');
  return false;
}

/**
 * Saves the document under a new path. The format follows the extension when it names one: a
 * JSON document saved under a .yaml name is written as YAML (and back), and the document goes on
 * in that format.
 */
export async function saveAs(path: string, overwrite = false): Promise<boolean> {
  const doc = useDocument.getState();
  const target = /\.(json|ya?ml)$/i.test(path)
    ? path
    : `${path}.${doc.format === 'yaml' ? 'asl.yaml' : 'asl.json'}`;
  const format: TextFormat = /\.ya?ml$/i.test(target) ? 'yaml' : 'json';
  const converted = convertText(doc.text, doc.format, format);
  if (!converted.ok) {
    const where = converted.line ? ` at line ${converted.line}, column ${converted.column}` : '';
    doc.notify(
      'error',
      `Cannot save as ${format.toUpperCase()}: the code has an error${where} (${converted.message}). Fix it first.`,
    );
    return false;
  }
  if (
    converted.droppedComments &&
    !window.confirm(
      `JSON has no comments: saving as ${target} drops the YAML comments. Save anyway?`,
    )
  )
    return false;
  const result = await getHost().fileSaveAs({ path: target, text: converted.text, overwrite });
  if (result.status === 'exists') {
    if (window.confirm(`${result.path} already exists. Replace it?`)) return saveAs(target, true);
    return false;
  }
  if (format !== doc.format && result.status === 'saved') {
    // Another format is another text: the document continues as the file just written.
    doc.load(converted.text, format, { path: result.path, name: result.name, stamp: result.stamp });
    newBackupId();
  }
  return finishSave(result, converted.text);
}

async function finishSave(result: SaveResult, text: string): Promise<boolean> {
  const doc = useDocument.getState();
  if (result.status === 'saved') {
    doc.markSaved(text, { path: result.path, name: result.name, stamp: result.stamp });
    doc.notify('info', `Saved ${result.name}`);
    useFileUi.getState().refreshRecent();
    useFileUi.getState().setDiskChange(undefined);
    return true;
  }
  if (result.status === 'conflict') {
    useFileUi.getState().setDiskChange({ kind: 'save-conflict', path: result.path });
    return false;
  }
  return false;
}

/** True when there is no unsaved work, or the person agrees to drop it. */
export function confirmDiscard(): boolean {
  const doc = useDocument.getState();
  if (doc.text === doc.savedText) return true;
  return window.confirm(`${doc.file.name} has unsaved changes. Discard them?`);
}

/** A readable message for a failed host call. */
export function messageOf(e: unknown): string {
  return e instanceof HostError
    ? `${e.message} (${e.code})`
    : e instanceof Error
      ? e.message
      : String(e);
}
