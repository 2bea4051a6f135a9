/**
 * The preload: exposes exactly the host contract to the sandboxed renderer, one function per
 * host method over ipcRenderer.invoke, plus host events. Nothing else of Electron crosses over.
 * Built as CommonJS (index.cjs): a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  HOST_BRIDGE_KEY,
  HOST_EVENT_CHANNEL,
  HOST_METHOD_NAMES,
  ipcChannel,
  type HostEvent,
} from '../shared/host';

const bridge: Record<string, unknown> = {
  onEvent(listener: (event: HostEvent) => void): () => void {
    const forward = (_event: IpcRendererEvent, hostEvent: HostEvent) => listener(hostEvent);
    ipcRenderer.on(HOST_EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(HOST_EVENT_CHANNEL, forward);
  },
};
for (const name of HOST_METHOD_NAMES) {
  bridge[name] = (payload?: unknown) => ipcRenderer.invoke(ipcChannel(name), payload ?? {});
}

contextBridge.exposeInMainWorld(HOST_BRIDGE_KEY, bridge);
