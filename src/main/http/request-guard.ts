import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../shared/host';

/** Why a request was refused (403), or null when it may proceed. */
export type Refusal = string | null;

/** Host names the server answers to: anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Refuses requests whose Host header is not the server's own address (DNS rebinding). */
export function checkHost(req: IncomingMessage, port: number): Refusal {
  const host = (req.headers.host ?? '').toLowerCase();
  return allowedHosts(port).includes(host) ? null : `foreign Host header '${host.slice(0, 100)}'`;
}

/**
 * Refuses API calls from other origins (a web page the user visits must not drive the API), and
 * without the per-launch token.
 */
export function checkApiRequest(req: IncomingMessage, port: number, token: string): Refusal {
  const origin = req.headers.origin;
  if (
    origin !== undefined &&
    !allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`)
  ) {
    return `foreign Origin '${origin.slice(0, 100)}'`;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return `cross-site request (${site})`;
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token)) return 'missing or wrong token';
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
