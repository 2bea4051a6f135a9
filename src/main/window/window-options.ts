import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The web preferences of every window: the renderer gets no Node, runs sandboxed and isolated. */
export function hardenedWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: true,
  };
}

/** Options of the main window (shown once the page has painted, to avoid a white flash). */
export function mainWindowOptions(
  preload: string,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'ASL Studio',
    show: false,
    backgroundColor: '#1e1e1e',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: hardenedWebPreferences(preload),
  };
}
