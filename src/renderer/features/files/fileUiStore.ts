import { create } from 'zustand';
import type { BackupSummary, FileStamp, RecentFile } from '../../../shared/host';
import { getHost } from '../../host';

/** A file changed on disk while open, or a save refused because of it. */
export interface DiskChange {
  kind: 'changed' | 'deleted' | 'save-conflict';
  path: string;
  /** The stamp on disk now; keeping one's own version adopts it so the prompt is not repeated. */
  stamp?: FileStamp;
}

/** UI state of the file features: the picker, recent files, prompts. */
interface FileUiState {
  picker?: 'open' | 'save';
  recent: RecentFile[];
  diskChange?: DiskChange;
  restorable: BackupSummary[];
  showPicker(mode: 'open' | 'save' | undefined): void;
  refreshRecent(): Promise<void>;
  setDiskChange(change: DiskChange | undefined): void;
  setRestorable(list: BackupSummary[]): void;
}

/** The store of file-related UI state. */
export const useFileUi = create<FileUiState>((set) => ({
  recent: [],
  restorable: [],
  showPicker: (picker) => set({ picker }),
  async refreshRecent() {
    try {
      set({ recent: await getHost().recentList() });
    } catch {
      // Recent files are a convenience: a host without them leaves the list empty.
    }
  },
  setDiskChange: (diskChange) => set({ diskChange }),
  setRestorable: (restorable) => set({ restorable }),
}));
