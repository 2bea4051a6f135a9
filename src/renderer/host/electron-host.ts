import {
  HOST_BRIDGE_KEY,
  HOST_METHOD_NAMES,
  unwrapEnvelope,
  type Host,
  type HostBridge,
  type HostMethod,
} from '../../shared/host';
import { handleFieldUndo, type FocusScope } from './field-undo';

/** The preload's bridge when the page runs inside the Electron app, else undefined. */
export function findElectronBridge(scope: object = globalThis): HostBridge | undefined {
  const bridge = (scope as Record<string, unknown>)[HOST_BRIDGE_KEY];
  return bridge && typeof bridge === 'object' ? (bridge as HostBridge) : undefined;
}

/**
 * A Host over the Electron preload bridge: unwraps each envelope, throwing HostError on failure.
 * Menu Undo/Redo while an ordinary text field has the focus undo in that field instead (see
 * handleFieldUndo); pass no `focus` to forward every event.
 */
export function createElectronHost(bridge: HostBridge, focus?: FocusScope): Host {
  const host: Record<string, unknown> = {
    onEvent: (listener: Parameters<Host['onEvent']>[0]) =>
      bridge.onEvent((event) => {
        if (focus && handleFieldUndo(event, focus)) return;
        listener(event);
      }),
  };
  for (const name of HOST_METHOD_NAMES) {
    const call = bridge[name] as (
      payload?: unknown,
    ) => Promise<Parameters<typeof unwrapEnvelope>[0]>;
    host[name] = async (payload?: unknown) => unwrapEnvelope(await call(payload ?? {}));
  }
  return host as Host & Record<HostMethod, unknown>;
}
