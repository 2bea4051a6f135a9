import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_METHOD_NAMES, ipcChannel } from '../../shared/host';
import type { HostHandlers } from '../handlers';

type Listener = (event: unknown, payload: unknown) => Promise<unknown> | unknown;
const registered = new Map<string, Listener>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
}));

const { registerIpc } = await import('./ipc');

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('registerIpc', () => {
  const calls: unknown[] = [];
  beforeEach(() => {
    registered.clear();
    calls.length = 0;
    const handlers = new Proxy({} as HostHandlers, {
      get: (_t, name) => async (payload: unknown) => {
        calls.push([name, payload]);
        return 'done';
      },
    });
    registerIpc(handlers, undefined, () => undefined);
  });

  it('registers one channel per host method', () => {
    expect([...registered.keys()].sort()).toEqual(HOST_METHOD_NAMES.map(ipcChannel).sort());
  });

  it('runs calls from the app page with a valid payload', async () => {
    const reply = await registered.get(ipcChannel('fileOpen'))!(
      frame('app://asl-studio/index.html'),
      { path: '/a.json' },
    );
    expect(reply).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['fileOpen', { path: '/a.json' }]]);
  });

  it('refuses invalid payloads before any handler runs', async () => {
    const reply = (await registered.get(ipcChannel('fileOpen'))!(
      frame('app://asl-studio/index.html'),
      { path: 1 },
    )) as {
      ok: boolean;
      error: { code: string };
    };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('INVALID_PAYLOAD');
    expect(calls).toEqual([]);
  });

  it('refuses calls from other pages and from subframes', async () => {
    for (const event of [
      frame('https://evil.example/'),
      frame('app://asl-studio/index.html', {}),
      {},
    ]) {
      const reply = (await registered.get(ipcChannel('recentList'))!(event, {})) as {
        error: { code: string };
      };
      expect(reply.error.code).toBe('FORBIDDEN');
    }
    expect(calls).toEqual([]);
  });
});
