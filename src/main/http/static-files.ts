import { promises as fsp } from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a file, by extension. */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `root`, or null when the path is malformed or would leave the
 * folder (`..`, encoded separators, NUL, a symlink pointing out). Paths without an extension fall
 * back to index.html (the app routes on the client).
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const realRoot = await fsp.realpath(root).catch(() => null);
  if (!realRoot) return null;
  const wanted = segments.length === 0 ? 'index.html' : segments.join('/');
  let candidate = path.join(realRoot, wanted);
  if (!(await isFile(candidate))) {
    if (path.extname(wanted) !== '') return null;
    candidate = path.join(realRoot, 'index.html');
  }
  const real = await fsp.realpath(candidate).catch(() => null);
  if (!real || !(real === realRoot || real.startsWith(realRoot + path.sep))) return null;
  return (await isFile(real)) ? real : null;
}

async function isFile(p: string): Promise<boolean> {
  return fsp.stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}
