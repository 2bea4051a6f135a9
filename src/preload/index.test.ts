import { describe, expect, it, vi } from 'vitest';
import { HOST_BRIDGE_KEY, HOST_EVENT_CHANNEL, HOST_METHOD_NAMES, ipcChannel } from '../shared/host';

const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
const invoked: unknown[][] = [];
const listeners = new Map<string, (...args: unknown[]) => void>();
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) =>
      exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => void invoked.push(args),
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

await import('./index');

describe('preload bridge', () => {
  it('exposes exactly the host methods and onEvent, under one key', () => {
    expect([...exposed.keys()]).toEqual([HOST_BRIDGE_KEY]);
    expect(Object.keys(exposed.get(HOST_BRIDGE_KEY)!).sort()).toEqual(
      [...HOST_METHOD_NAMES, 'onEvent'].sort(),
    );
  });

  it('forwards calls to their channel and events without the IPC event object', async () => {
    const api = exposed.get(HOST_BRIDGE_KEY)!;
    await api.fileOpen({ path: '/x' });
    await api.recentList();
    expect(invoked).toEqual([
      [ipcChannel('fileOpen'), { path: '/x' }],
      [ipcChannel('recentList'), {}],
    ]);
    const got: unknown[] = [];
    const off = api.onEvent((e: unknown) => got.push(e)) as () => void;
    listeners.get(HOST_EVENT_CHANNEL)!(
      { sender: 'ipc internals' },
      { type: 'command', command: 'file.save' },
    );
    expect(got).toEqual([{ type: 'command', command: 'file.save' }]);
    off();
    expect(listeners.has(HOST_EVENT_CHANNEL)).toBe(false);
  });
});
