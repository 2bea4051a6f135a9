import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  HostError,
  type DirectoryEntry,
  type DirectoryListing,
  type FileCheck,
  type FileStamp,
  type OpenedFile,
  type SaveResult,
} from '../../../shared/host';
import { atomicWrite } from '../fs/atomic-write';
import { toHostError } from '../fs/errors';
import { formatOf, isDefinitionName } from './format';
import { currentStamp, sameContent, stampOf } from './stamp';

/** The largest definition the designer opens (AWS's own limit is 1 MiB; leave room for YAML/comments). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads, saves and watches definition files. Paths are resolved against `baseDir`. */
export class FilesService {
  constructor(private readonly baseDir: string) {}

  /** The absolute, normalized form of a path the UI sent. */
  resolve(p: string): string {
    return path.resolve(this.baseDir, p);
  }

  /** Reads a definition file as UTF-8 text, with its format and stamp. */
  async open(p: string): Promise<OpenedFile> {
    const file = this.resolve(p);
    let bytes: Buffer;
    try {
      const stat = await fsp.stat(file);
      if (stat.isDirectory())
        throw new HostError('NOT_A_FILE', `cannot open ${file}: it is a folder, not a file`);
      if (stat.size > MAX_FILE_BYTES) {
        throw new HostError(
          'TOO_LARGE',
          `cannot open ${file}: it is ${stat.size} bytes, more than the 16 MiB limit`,
        );
      }
      bytes = await fsp.readFile(file);
      const text = decodeUtf8(bytes, file);
      return {
        path: file,
        name: path.basename(file),
        text,
        format: formatOf(file, text),
        stamp: stampOf(bytes, stat.mtimeMs),
      };
    } catch (error) {
      throw toHostError(error, 'open', file);
    }
  }

  /**
   * Saves atomically over an existing (or new) file. Refuses with `conflict` when the content on
   * disk is not what `expected` describes (null: the file should not exist), unless `overwrite`.
   */
  async save(
    p: string,
    text: string,
    expected: FileStamp | null,
    overwrite = false,
  ): Promise<SaveResult> {
    const file = this.resolve(p);
    try {
      if (!overwrite) {
        const current = await currentStamp(file);
        if (!sameContent(current, expected)) return { status: 'conflict', path: file, current };
      }
      return await this.write(file, text);
    } catch (error) {
      throw toHostError(error, 'save', file);
    }
  }

  /** Saves to a new path; refuses with `exists` when something is there already, unless `overwrite`. */
  async saveAs(p: string, text: string, overwrite = false): Promise<SaveResult> {
    const file = this.resolve(p);
    try {
      const existing = await fsp.stat(file).catch(() => null);
      if (existing?.isDirectory())
        throw new HostError('NOT_A_FILE', `cannot save as ${file}: it is a folder`);
      if (existing && !overwrite) return { status: 'exists', path: file };
      await fsp.mkdir(path.dirname(file), { recursive: true });
      return await this.write(file, text);
    } catch (error) {
      throw toHostError(error, 'save', file);
    }
  }

  /** Whether the file changed on disk since `stamp` (content, not just mtime). */
  async check(p: string, stamp: FileStamp): Promise<FileCheck> {
    const file = this.resolve(p);
    try {
      // Cheap path first: same size and mtime means unchanged without reading the file.
      const stat = await fsp.stat(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!stat) return { status: 'deleted' };
      if (stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs)
        return { status: 'unchanged', stamp };
      const current = await currentStamp(file);
      if (!current) return { status: 'deleted' };
      return sameContent(current, stamp)
        ? { status: 'unchanged', stamp: current }
        : { status: 'changed', stamp: current };
    } catch (error) {
      throw toHostError(error, 'check', file);
    }
  }

  /** Lists a folder for the in-app picker: folders first, then files; hidden entries left out. */
  async listDirectory(
    p: string | undefined,
    extraPlaces: { label: string; path: string }[] = [],
  ): Promise<DirectoryListing> {
    const dir = this.resolve(p ?? '.');
    try {
      const dirents = await fsp.readdir(dir, { withFileTypes: true });
      const entries: DirectoryEntry[] = [];
      for (const d of dirents) {
        if (d.name.startsWith('.')) continue;
        const full = path.join(dir, d.name);
        const isDir = d.isDirectory() || (d.isSymbolicLink() && (await isDirectory(full)));
        entries.push({
          name: d.name,
          path: full,
          kind: isDir ? 'directory' : 'file',
          definition: !isDir && isDefinitionName(d.name),
        });
      }
      entries.sort((a, b) =>
        a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1,
      );
      const parent = path.dirname(dir);
      return {
        path: dir,
        parent: parent === dir ? null : parent,
        entries,
        places: [
          { label: 'Home', path: os.homedir() },
          { label: 'Working folder', path: this.baseDir },
          ...extraPlaces,
        ],
      };
    } catch (error) {
      throw toHostError(error, 'list', dir);
    }
  }

  private async write(file: string, text: string): Promise<SaveResult> {
    const bytes = Buffer.from(text, 'utf8');
    await atomicWrite(file, bytes);
    const stat = await fsp.stat(file);
    return {
      status: 'saved',
      path: file,
      name: path.basename(file),
      format: formatOf(file, text),
      stamp: stampOf(bytes, stat.mtimeMs),
    };
  }
}

async function isDirectory(p: string): Promise<boolean> {
  return fsp.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new HostError('IO_ERROR', `cannot open ${file}: it is not UTF-8 text`);
  }
}
