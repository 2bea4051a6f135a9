import { shell, type WebContents } from 'electron';
import { navigationDecision } from '../window/policy';

/**
 * Locks down a web contents: it never navigates away from the app, never opens windows
 * (allowlisted http(s) links go to the system browser instead), and attaches no webviews.
 */
export function hardenWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = navigationDecision(url, devServerUrl);
    if (decision === 'stay') return;
    event.preventDefault();
    if (decision === 'open-external') void shell.openExternal(url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url, devServerUrl) === 'open-external') void shell.openExternal(url);
    return { action: 'deny' };
  });
}
