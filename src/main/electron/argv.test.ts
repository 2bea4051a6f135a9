import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../services/test-folder';
import { fileFromArgv } from './argv';

describe('fileFromArgv', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => (folder = tempFolder()));
  afterEach(() => folder.remove());

  it('finds the first existing file after the app, skipping switches', () => {
    writeFileSync(path.join(folder.dir, 'm.asl.json'), '{}');
    expect(fileFromArgv(['/app/asl-studio', '--flag', 'm.asl.json'], true, folder.dir)).toBe(
      path.join(folder.dir, 'm.asl.json'),
    );
    // Unpackaged, argv[1] is the app folder itself.
    expect(fileFromArgv(['electron', '.', 'm.asl.json'], false, folder.dir)).toBe(
      path.join(folder.dir, 'm.asl.json'),
    );
    expect(fileFromArgv(['electron', '.', 'missing.json'], false, folder.dir)).toBeNull();
    expect(fileFromArgv(['electron', '.', '.'], false, folder.dir)).toBeNull();
  });
});
