/**
 * The renderer's side of the host contract: `getHost()` returns the Electron bridge when the page
 * runs in the app, and a client of `asl-studio serve` when it runs in a browser.
 */
import type { Host } from '../../shared/host';
import { createElectronHost, findElectronBridge } from './electron-host';
import { createHttpHost } from './http-host';
import { takeServeToken } from './token';
import { guardUnsavedWork } from './unsaved-guard';

export { createElectronHost, findElectronBridge } from './electron-host';
export { createHttpHost, type HttpHostOptions } from './http-host';
export { takeServeToken, TOKEN_STORAGE_KEY } from './token';
export { guardUnsavedWork } from './unsaved-guard';
export { HostError, isAllowedExternalUrl } from '../../shared/host';
export type * from '../../shared/host';

let current: Host | undefined;

/** The host this page talks to (created on first use, then the same object every time). */
export function getHost(): Host {
  if (!current) current = detectHost();
  return current;
}

/** Replaces the host (tests, or a fake host in a story); pass undefined to detect again. */
export function setHost(host: Host | undefined): void {
  current = host;
}

function detectHost(): Host {
  const bridge = findElectronBridge();
  if (bridge) return createElectronHost(bridge, document);
  return guardUnsavedWork(
    createHttpHost({ baseUrl: window.location.origin, token: takeServeToken(window) }),
    window,
  );
}
