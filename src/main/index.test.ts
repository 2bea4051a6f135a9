/**
 * Boots the Electron main process against a fake `electron` module (no binary needed) and checks
 * the wiring: the hardened window, CSP on every response, permissions denied, the app:// protocol,
 * one IPC channel per host method, navigation and window.open refused.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_METHOD_NAMES, ipcChannel } from '../shared/host';
import { tempFolder } from './services/test-folder';

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as { options: Record<string, unknown>; url?: string; title?: string }[],
    ipc: new Map<string, (...args: unknown[]) => unknown>(),
    schemes: [] as unknown[],
    protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
    headersHook: undefined as undefined | ((details: unknown, cb: (r: unknown) => void) => void),
    permissionRequest: undefined as
      undefined | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((wc: unknown, permission: string) => boolean),
    menu: undefined as unknown,
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    opened: [] as string[],
    ready: undefined as undefined | (() => void),
  };
  return state;
});

vi.mock('electron', async () => {
  // Imported here: vi.mock runs before the file's imports.
  const { EventEmitter } = await import('node:events');
  class FakeWebContents extends EventEmitter {
    openHandler?: (details: { url: string }) => { action: string };
    send = vi.fn();
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
  }
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    webContents = new FakeWebContents();
    record: { options: Record<string, unknown>; url?: string; title?: string };
    constructor(options: Record<string, unknown>) {
      super();
      this.record = { options };
      fake.windows.push(this.record);
      BrowserWindow.all.push(this);
      fake.appEvents.get('web-contents-created')?.({}, this.webContents);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    setTitle(title: string) {
      this.record.title = title;
    }
    setDocumentEdited() {}
    show() {}
    isMinimized = () => false;
    focus() {}
  }
  return {
    app: {
      isPackaged: false,
      getVersion: () => '9.9.9',
      getPath: (name: string) => `/fake/${name}`,
      setPath: vi.fn(),
      getAppPath: () => process.cwd(),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: (...args: unknown[]) => void) =>
        fake.appEvents.set(event, listener),
      whenReady: () => new Promise<void>((resolve) => (fake.ready = resolve)),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => (fake.menu = m),
    },
    dialog: {
      showMessageBoxSync: vi.fn(() => 1),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
    },
    shell: { openExternal: vi.fn(async (url: string) => void fake.opened.push(url)) },
    ipcMain: {
      handle: (channel: string, listener: (...args: unknown[]) => unknown) =>
        fake.ipc.set(channel, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
        (fake.protocolHandler = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof fake.permissionRequest) =>
          (fake.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof fake.permissionCheck) => (fake.permissionCheck = h),
        webRequest: { onHeadersReceived: (h: typeof fake.headersHook) => (fake.headersHook = h) },
      },
    },
  };
});

let folder: ReturnType<typeof tempFolder>;

beforeAll(async () => {
  folder = tempFolder();
  process.env.ASL_STUDIO_DATA_DIR = folder.dir;
  delete process.env.ELECTRON_RENDERER_URL;
  await import('./index');
  fake.ready!();
  for (let i = 0; i < 100 && fake.windows.length === 0; i++)
    await new Promise((r) => setTimeout(r, 10));
  return () => {
    delete process.env.ASL_STUDIO_DATA_DIR;
    folder.remove();
  };
});

describe('Electron main process (fake electron)', () => {
  it('opens one hardened window on app://, with the CommonJS preload', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(prefs.preload).endsWith(path.join('preload', 'index.cjs'))).toBe(true);
    expect(fake.windows[0].url).toBe('app://asl-studio/index.html');
    expect(fake.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('registers one IPC channel per host method, and they answer', async () => {
    expect([...fake.ipc.keys()].sort()).toEqual(HOST_METHOD_NAMES.map(ipcChannel).sort());
    const reply = await fake.ipc.get(ipcChannel('appInfo'))!(
      { senderFrame: { url: 'app://asl-studio/index.html', parent: null } },
      {},
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { kind: 'electron', version: '9.9.9', nativeDialogs: true },
    });
    await fake.ipc.get(ipcChannel('appSetDocumentState'))!(
      { senderFrame: { url: 'app://asl-studio/index.html', parent: null } },
      { title: '● x.asl.json — ASL Studio', dirty: true },
    );
    expect(fake.windows[0].title).toBe('● x.asl.json — ASL Studio');
  });

  it('adds the CSP to every response and denies permissions', () => {
    let headers: Record<string, string[]> = {};
    fake.headersHook!(
      { responseHeaders: { 'X-Other': ['1'] } },
      (r) => (headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders),
    );
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self'");
    expect(headers['X-Other']).toEqual(['1']);
    let granted: boolean | undefined;
    fake.permissionRequest!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(fake.permissionCheck!({}, 'geolocation')).toBe(false);
  });

  it('serves the renderer over app:// and refuses other hosts and traversal', async () => {
    // The test runs from src/main, so the "built" renderer is src/renderer (it has index.html).
    const index = await fake.protocolHandler!(new Request('app://asl-studio/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const url of [
      'app://asl-studio/..%2f..%2fpackage.json',
      'app://asl-studio/../../package.json',
      'app://asl-studio/x%00.js',
    ]) {
      const reply = await fake.protocolHandler!(new Request(url));
      expect(reply.status, url).toBe(404);
    }
    expect((await fake.protocolHandler!(new Request('app://elsewhere/index.html'))).status).toBe(
      404,
    );
  });

  it('refuses navigation away and window.open, sending allowlisted links to the browser', () => {
    const listeners = fake.appEvents.get('web-contents-created');
    expect(listeners).toBeTypeOf('function');
    const wc = new EventEmitter() as EventEmitter & {
      setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void;
      handler?: (d: { url: string }) => { action: string };
    };
    wc.setWindowOpenHandler = (h) => (wc.handler = h);
    listeners!({}, wc);
    let prevented = false;
    wc.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
    prevented = false;
    wc.emit(
      'will-navigate',
      { preventDefault: () => (prevented = true) },
      'app://asl-studio/index.html',
    );
    expect(prevented).toBe(false);
    expect(wc.handler!({ url: 'https://docs.aws.amazon.com/step-functions/' })).toEqual({
      action: 'deny',
    });
    expect(fake.opened).toEqual(['https://docs.aws.amazon.com/step-functions/']);
    expect(wc.handler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.opened).toHaveLength(1);
  });

  it('builds File, Edit and View menus', () => {
    const labels = (fake.menu as { label?: string }[]).map((m) => m.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View']));
  });
});
