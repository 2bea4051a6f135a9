/** Where the page keeps serve's token for the rest of the tab's life (reloads included). */
export const TOKEN_STORAGE_KEY = 'asl-studio-token';

/** The parts of `window` the token logic touches, passed in so it is testable without a DOM. */
export interface TokenScope {
  location: { href: string };
  history?: { replaceState(data: unknown, unused: string, url?: string): void };
  sessionStorage?: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
}

/**
 * The token serve printed in the URL (`?token=`), remembered in sessionStorage and removed from
 * the address bar so it does not end up in bookmarks or screenshots. Null when there is none.
 */
export function takeServeToken(scope: TokenScope): string | null {
  const url = new URL(scope.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    scope.sessionStorage?.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    scope.history?.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return scope.sessionStorage?.getItem(TOKEN_STORAGE_KEY) ?? null;
}
