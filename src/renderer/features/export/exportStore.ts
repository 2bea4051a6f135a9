import { create } from 'zustand';
import type {
  ExportCommit,
  ExportPreview,
  ExportPushed,
  ExportRefusal,
} from '../../../shared/host';
import type { ExportForm } from './exportForm';

/** The export dialog's state: the form, the latest preview, and the outcome of Export and Push. */
export interface ExportState {
  open: boolean;
  form: ExportForm;
  preview?: ExportPreview;
  /** A refusal of the preview itself (not a repository, an escaping path, broken text…). */
  previewRefusal?: ExportRefusal;
  /** Which file of the preview the diff shows. */
  selectedFile: number;
  busy: 'preview' | 'export' | 'push' | 'init' | undefined;
  committed?: ExportCommit;
  exportRefusal?: ExportRefusal;
  pushed?: ExportPushed;
  pushRefusal?: ExportRefusal;
  /** A failure of the host call itself (lost connection, invalid payload). */
  error?: string;
  update(patch: Partial<ExportForm>): void;
  set(patch: Partial<Omit<ExportState, 'update' | 'set'>>): void;
}

/** The dialog's store (one dialog per window). */
export const useExport = create<ExportState>((set) => ({
  open: false,
  form: {
    repo: '',
    path: 'definition.json',
    message: '',
    messageEdited: false,
    useNewBranch: false,
    newBranch: '',
    withSam: false,
    withTests: false,
  },
  selectedFile: 0,
  busy: undefined,
  update: (patch) => set((s) => ({ form: { ...s.form, ...patch } })),
  set: (patch) => set(patch),
}));
