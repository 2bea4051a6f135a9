import { create } from 'zustand';

/** Whether the canvas and the code editor show side by side or one at a time. */
export type ViewMode = 'split' | 'design' | 'code';

/** The current view mode. */
export const useViewMode = create<{ mode: ViewMode; setMode(mode: ViewMode): void }>((set) => ({
  mode: 'split',
  setMode: (mode) => set({ mode }),
}));
