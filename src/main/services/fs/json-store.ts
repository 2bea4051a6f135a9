import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { atomicWrite } from './atomic-write';

/**
 * Reads a JSON file of the data folder; `fallback` when it is missing or unreadable (a corrupt
 * file is moved aside as `<name>.corrupt-<time>` so the user's data is not silently dropped).
 */
export async function readJsonFile<T>(file: string, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch {
    return fallback;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    await fsp.rename(file, `${file}.corrupt-${Date.now()}`).catch(() => undefined);
    return fallback;
  }
}

/** Writes a JSON file of the data folder atomically, creating its folder. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await atomicWrite(file, JSON.stringify(value, null, 2) + '\n');
}
