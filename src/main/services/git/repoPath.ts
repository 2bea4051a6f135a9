import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ExportRefusal } from './types';

/** A path inside the repository, checked: where it is on disk and how git names it. */
export interface SafePath {
  /** Relative to the repository folder, `/`-separated: what git is given. */
  relative: string;
  absolute: string;
}

function refuse(code: ExportRefusal['code'], message: string): { refusal: ExportRefusal } {
  return { refusal: { code, message } };
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Checks that `relativePath` names a file inside `repo`: not absolute, no `..`, not inside `.git`,
 * and no symbolic link on the way (one pointing out of the repository is an escape; one pointing
 * inside would make git commit the link, not the file, so it is refused too).
 */
export async function resolveSafePath(
  repo: string,
  relativePath: string,
): Promise<SafePath | { refusal: ExportRefusal }> {
  const given = relativePath.trim();
  if (!given) return refuse('invalid-path', 'The path inside the repository is empty.');
  if (given.includes('\0'))
    return refuse('invalid-path', `The path ${JSON.stringify(given)} contains a NUL byte.`);
  if (path.isAbsolute(given) || /^[A-Za-z]:[\\/]/.test(given) || given.startsWith('\\')) {
    return refuse(
      'path-escapes',
      `The path ${JSON.stringify(given)} is absolute; give it relative to the repository folder.`,
    );
  }
  const segments = given.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    return refuse(
      'path-escapes',
      `The path ${JSON.stringify(given)} uses '..'; it must stay inside the repository.`,
    );
  }
  if (segments.length === 0)
    return refuse('invalid-path', `The path ${JSON.stringify(given)} names no file.`);
  if (segments[0].toLowerCase() === '.git') {
    return refuse(
      'invalid-path',
      `The path ${JSON.stringify(given)} is inside .git, which git manages itself.`,
    );
  }
  const root = await realpath(repo);
  let current = root;
  for (const segment of segments) {
    current = path.join(current, segment);
    const stat = await lstat(current).catch(() => undefined);
    if (!stat) break; // The rest does not exist yet; it will be created as plain folders.
    if (stat.isSymbolicLink()) {
      const target = await realpath(current).catch(() => undefined);
      const shown = path.relative(root, current).split(path.sep).join('/');
      if (!target || !isInside(root, target)) {
        return refuse(
          'path-escapes',
          `${shown} is a symbolic link pointing outside the repository (${target ?? 'a missing target'}); refusing to write through it.`,
        );
      }
      return refuse(
        'symlink-in-path',
        `${shown} is a symbolic link; git would commit the link rather than the definition. Choose a path without links.`,
      );
    }
  }
  const absolute = path.join(root, ...segments);
  if ((await lstat(absolute).catch(() => undefined))?.isDirectory()) {
    return refuse(
      'invalid-path',
      `${segments.join('/')} is a folder; give the path of the definition file inside it.`,
    );
  }
  return { relative: segments.join('/'), absolute };
}
