import { promises as fsp } from 'node:fs';
import { protocol } from 'electron';
import { contentTypeOf, resolveStaticFile } from '../http/static-files';
import { securityHeaders } from '../security/csp';
import { APP_HOST, APP_SCHEME } from '../window/policy';

/** Must run before the app is ready: app:// behaves like https (a real origin, fetch, workers). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer on app://asl-studio/ with the CSP, refusing anything outside it. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: securityHeaders() });
    const body = await fsp.readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(file) },
    });
  });
}
