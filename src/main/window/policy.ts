import { isAllowedExternalUrl } from '../../shared/host';

/** The custom scheme the packaged renderer is served from (a real origin, unlike file://). */
export const APP_SCHEME = 'app';
/** The host of the app's origin: app://asl-studio/index.html. */
export const APP_HOST = 'asl-studio';
/** The page's URL in a build. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True when a URL belongs to the app itself (its protocol origin, or the dev server in dev). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** What to do with a navigation or window.open: never navigate away; maybe hand to the browser. */
export function navigationDecision(
  url: string,
  devServerUrl?: string,
): 'stay' | 'open-external' | 'deny' {
  if (isAppUrl(url, devServerUrl)) return 'stay';
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

/** Permissions the page may have: only writing to the clipboard (copy in the editor). */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
