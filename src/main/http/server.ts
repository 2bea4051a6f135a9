import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { HostEnvelope } from '../../shared/host';
import { dispatch } from '../dispatch';
import type { HostHandlers } from '../handlers';
import { securityHeaders } from '../security/csp';
import { checkApiRequest, checkHost } from './request-guard';
import { contentTypeOf, resolveStaticFile } from './static-files';

/** The largest API request body (a 16 MiB definition, JSON-escaped, with room to spare). */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;

/** How to start the server. */
export interface ServeServerOptions {
  handlers: HostHandlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret; random when omitted. */
  token?: string;
  log?: (message: string) => void;
}

/** A running server. */
export interface ServeServer {
  port: number;
  token: string;
  /** The URL to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** Starts the designer's HTTP server on 127.0.0.1: the renderer's files and POST /api/<method>. */
export async function startServeServer(options: ServeServerOptions): Promise<ServeServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => undefined);
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`serve: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostRefusal = checkHost(req, port);
    if (hostRefusal) return sendText(res, 403, `Forbidden: ${hostRefusal}`);
    const url = req.url ?? '/';
    if (url === '/api' || url.startsWith('/api/'))
      return handleApi(req, res, url.slice(5).split('?')[0]);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return serveStatic(req, res, url);
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
  ): Promise<void> {
    const refusal = checkApiRequest(req, port, token);
    if (refusal)
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'FORBIDDEN', message: `Forbidden: ${refusal}` },
      });
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed', { Allow: 'POST' });
    // A JSON content type forces a CORS preflight on any cross-origin attempt.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendJson(res, 415, invalid('the API takes application/json'));
    }
    const body = await readBody(req);
    if (body === null)
      return sendJson(res, 413, invalid(`the request body is larger than ${MAX_BODY_BYTES} bytes`));
    let payload: unknown;
    try {
      payload = body.length ? JSON.parse(body) : {};
    } catch (error) {
      return sendJson(
        res,
        400,
        invalid(`the request body is not JSON: ${(error as Error).message}`),
      );
    }
    const envelope = await dispatch(options.handlers, method, payload, log);
    const status = envelope.ok
      ? 200
      : envelope.error.code === 'INVALID_PAYLOAD'
        ? 400
        : envelope.error.code === 'UNKNOWN_METHOD'
          ? 404
          : 200;
    sendJson(res, status, envelope);
  }

  async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
  ): Promise<void> {
    if (!existsSync(path.join(options.rendererDir, 'index.html'))) {
      return sendText(
        res,
        503,
        `The designer is not built yet (no ${path.join(options.rendererDir, 'index.html')}).\n` +
          'Run `npm run build` in the asl-studio checkout, then restart `asl-studio serve`.\n',
      );
    }
    const file = await resolveStaticFile(options.rendererDir, url);
    if (!file) return sendText(res, 404, 'Not found');
    const isIndex = path.basename(file) === 'index.html';
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': contentTypeOf(file),
      'Cache-Control': isIndex ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function invalid(message: string): HostEnvelope<never> {
  return { ok: false, error: { code: 'INVALID_PAYLOAD', message } };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}
