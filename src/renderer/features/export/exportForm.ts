/**
 * The export dialog's pure rules: defaults for the form, what the request looks like, and whether
 * Export may be pressed. No DOM and no host here, so they are tested without a browser.
 */
import type { ExportPreview, ExportRefusal, ExportRequest, FileFormat } from '../../../shared/host';

/** What the person fills in. */
export interface ExportForm {
  repo: string;
  path: string;
  message: string;
  /** True once the person typed a message: a refreshed preview must not overwrite it. */
  messageEdited: boolean;
  useNewBranch: boolean;
  newBranch: string;
  withSam: boolean;
  withTests: boolean;
}

/** A new form: the remembered target, else the document's folder and `definition.json`. */
export function initialForm(
  documentPath: string | undefined,
  remembered: { repo: string; path: string } | null,
): ExportForm {
  const folder = documentPath ? documentPath.replace(/[\\/][^\\/]*$/, '') : '';
  return {
    repo: remembered?.repo ?? folder,
    path: remembered?.path ?? 'definition.json',
    message: '',
    messageEdited: false,
    useNewBranch: false,
    newBranch: '',
    withSam: false,
    withTests: false,
  };
}

/** The state machine's name for commit messages: the document's file name without its extensions. */
export function definitionNameOf(fileName: string): string {
  return fileName.replace(/(\.asl)?\.(json|ya?ml)$/i, '') || fileName;
}

/** Test scenarios and mocks the app can place beside the definition. */
export interface ExportTests {
  tests: Array<{ fileName: string; content: unknown }>;
  mocks?: unknown;
}

/** The request the host receives for this form and document. */
export function toRequest(
  form: ExportForm,
  doc: { text: string; format: FileFormat; fileName: string; filePath?: string },
  tests: ExportTests,
): ExportRequest {
  const newBranch = form.useNewBranch ? form.newBranch.trim() : '';
  const extras: NonNullable<ExportRequest['extras']> = { sam: form.withSam };
  if (form.withTests && tests.tests.length) extras.tests = tests.tests;
  if (form.withTests && tests.mocks !== undefined) extras.mocks = tests.mocks;
  return {
    repo: form.repo.trim(),
    path: form.path.trim(),
    text: doc.text,
    format: doc.format,
    name: definitionNameOf(doc.fileName),
    definitionKey: doc.filePath ?? doc.fileName,
    ...(form.message.trim() && form.messageEdited ? { message: form.message } : {}),
    ...(newBranch ? { newBranch } : {}),
    extras,
  };
}

/** Why Export cannot be pressed now, or undefined when it can. */
export function exportBlocker(
  form: ExportForm,
  preview: ExportPreview | undefined,
  refusal: ExportRefusal | undefined,
): string | undefined {
  if (!form.repo.trim()) return 'Choose the repository folder.';
  if (!form.path.trim()) return 'Choose the path of the definition inside the repository.';
  if (refusal) return refusal.message;
  if (!preview) return 'Preparing the preview…';
  if (form.useNewBranch && !form.newBranch.trim()) return 'Name the new branch.';
  if (preview.blocked) return preview.blocked.message;
  if (preview.files.every((f) => f.headText === f.newText))
    return 'The definition already matches HEAD: nothing to commit.';
  if (!(form.messageEdited ? form.message : preview.message).trim())
    return 'Write a commit message.';
  return undefined;
}
