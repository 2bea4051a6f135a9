import { HostError, type HostErrorCode } from '../../../shared/host';

const CODES: Record<string, HostErrorCode> = {
  ENOENT: 'NOT_FOUND',
  ENOTDIR: 'NOT_A_DIRECTORY',
  EISDIR: 'NOT_A_FILE',
  EACCES: 'PERMISSION_DENIED',
  EPERM: 'PERMISSION_DENIED',
  EROFS: 'PERMISSION_DENIED',
};

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

/** Turns a Node file-system error into a HostError that names the path and says what went wrong. */
export function toHostError(error: unknown, action: string, target: string): HostError {
  if (error instanceof HostError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const words = WORDS[code] ?? (error as Error)?.message ?? String(error);
  return new HostError(CODES[code] ?? 'IO_ERROR', `cannot ${action} ${target}: ${words}`);
}
