import path from 'node:path';
import { BrowserWindow, dialog, shell } from 'electron';
import type { DialogResult, FileFormat } from '../../shared/host';
import type { HostPlatform } from '../handlers';

const FILTERS = [
  { name: 'State machines', extensions: ['json', 'yaml', 'yml'] },
  { name: 'All files', extensions: ['*'] },
];

/** The Electron side of the host: native dialogs, the system browser, the window's title. */
export function electronPlatform(options: {
  version: string;
  initialFile: string | null;
  window: () => BrowserWindow | null;
  onDocumentState(title: string, dirty: boolean): void;
}): HostPlatform {
  return {
    kind: 'electron',
    version: options.version,
    initialFile: options.initialFile,
    showOpenDialog: async (defaultPath): Promise<DialogResult> => {
      const win = options.window();
      const props = { defaultPath, filters: FILTERS, properties: ['openFile' as const] };
      const result = win
        ? await dialog.showOpenDialog(win, props)
        : await dialog.showOpenDialog(props);
      return result.canceled || !result.filePaths[0]
        ? { canceled: true }
        : { canceled: false, path: result.filePaths[0] };
    },
    showSaveDialog: async (defaultPath, format: FileFormat | undefined): Promise<DialogResult> => {
      const win = options.window();
      const props = {
        defaultPath:
          defaultPath ?? (format === 'yaml' ? 'state-machine.asl.yaml' : 'state-machine.asl.json'),
        filters:
          format === 'yaml' ? [{ name: 'YAML', extensions: ['yaml', 'yml'] }, ...FILTERS] : FILTERS,
      };
      const result = win
        ? await dialog.showSaveDialog(win, props)
        : await dialog.showSaveDialog(props);
      return result.canceled || !result.filePath
        ? { canceled: true }
        : { canceled: false, path: path.resolve(result.filePath) };
    },
    openExternal: (url) => shell.openExternal(url),
    setDocumentState: (title, dirty) => options.onDocumentState(title, dirty),
  };
}
