/**
 * The Electron main process: a hardened window over the built renderer (served on app://), the
 * menus, and the host contract over IPC backed by the same services as `asl-studio serve`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../shared/host';
import { fileFromArgv } from './electron/argv';
import { hardenWebContents } from './electron/harden';
import { registerIpc } from './electron/ipc';
import { electronPlatform } from './electron/platform';
import { registerAppScheme, serveRendererOverAppScheme } from './electron/protocol';
import { createHandlers, type HostHandlers } from './handlers';
import { contentSecurityPolicy } from './security/csp';
import { createServices } from './services/index';
import { APP_DIR_NAME } from './services/paths';
import { menuTemplate } from './window/menu-template';
import { APP_URL, isPermissionAllowed } from './window/policy';
import { mainWindowOptions } from './window/window-options';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const log = (message: string) => console.error(`[asl-studio] ${message}`);

let window: BrowserWindow | null = null;
let dirty = false;
let pendingFile = fileFromArgv(process.argv, app.isPackaged);

registerAppScheme();
// One data folder for the app however it is packaged (electron-builder renames the app to its
// productName), and the same one `asl-studio serve` uses by default: settings, recent files and
// backups are shared.
app.setPath('userData', path.join(app.getPath('appData'), APP_DIR_NAME));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const file = fileFromArgv(argv, app.isPackaged, cwd);
    if (file) send({ type: 'openFile', path: file });
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (window) send({ type: 'openFile', path: file });
    else pendingFile = file;
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    log(`cannot start: ${(error as Error)?.stack ?? String(error)}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const csp = contentSecurityPolicy({
    devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : undefined,
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  serveRendererOverAppScheme(path.join(mainDir, '..', 'renderer'));

  const services = createServices({
    dataDir: process.env.ASL_STUDIO_DATA_DIR
      ? path.resolve(process.env.ASL_STUDIO_DATA_DIR)
      : app.getPath('userData'),
    templatesDir: app.isPackaged
      ? path.join(process.resourcesPath, 'templates')
      : path.join(app.getAppPath(), 'resources', 'templates'),
    workingDirectory: app.isPackaged ? app.getPath('documents') : process.cwd(),
  });
  const base = createHandlers(
    services,
    electronPlatform({
      version: app.getVersion(),
      initialFile: pendingFile,
      window: () => window,
      onDocumentState: (title, isDirty) => {
        dirty = isDirty;
        // The renderer composes the whole title (dirty marker included); show it as given.
        window?.setTitle(title || 'ASL Studio');
        window?.setDocumentEdited(isDirty);
      },
    }),
  );
  // Opening and saving change the recent files: rebuild the menu after each.
  const handlers: HostHandlers = {
    ...base,
    fileOpen: (p) => base.fileOpen(p).finally(refreshMenu),
    fileSave: (p) => base.fileSave(p).finally(refreshMenu),
    fileSaveAs: (p) => base.fileSaveAs(p).finally(refreshMenu),
    appInitialFile: (p) => base.appInitialFile(p).finally(refreshMenu),
    recentRemove: (p) => base.recentRemove(p).finally(refreshMenu),
    recentClear: (p) => base.recentClear(p).finally(refreshMenu),
  };
  registerIpc(handlers, devServerUrl, log);

  async function refreshMenu(): Promise<void> {
    const recent = await services.recent.list().catch(() => []);
    const template = menuTemplate(
      {
        command: (command) => send({ type: 'command', command }),
        openRecent: (file) => send({ type: 'openFile', path: file }),
        clearRecent: () => void handlers.recentClear({}),
      },
      recent,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  await refreshMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

function createWindow(): void {
  const win = new BrowserWindow(
    mainWindowOptions(path.join(mainDir, '..', 'preload', 'index.cjs')),
  );
  window = win;
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    if (!dirty) return;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Close Without Saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'The state machine has unsaved changes.',
      detail: 'A backup of the unsaved work is kept and offered the next time ASL Studio starts.',
    });
    if (choice === 1) event.preventDefault();
  });
  win.on('closed', () => {
    if (window === win) window = null;
  });
  void win.loadURL(devServerUrl ?? APP_URL);
}

function send(event: HostEvent): void {
  window?.webContents.send(HOST_EVENT_CHANNEL, event);
}
