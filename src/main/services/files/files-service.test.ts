import {
  promises as fsp,
  readdirSync,
  writeFileSync,
  symlinkSync,
  readFileSync,
  utimesSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-folder';
import { FilesService } from './files-service';

let folder: ReturnType<typeof tempFolder>;
let files: FilesService;
beforeEach(() => {
  folder = tempFolder();
  files = new FilesService(folder.dir);
});
afterEach(() => folder.remove());

describe('FilesService', () => {
  it('opens a file relative to its base folder with format and stamp', async () => {
    writeFileSync(path.join(folder.dir, 'a.asl.yaml'), 'StartAt: A\n');
    const opened = await files.open('a.asl.yaml');
    expect(opened.path).toBe(path.join(folder.dir, 'a.asl.yaml'));
    expect(opened.format).toBe('yaml');
    expect(opened.text).toBe('StartAt: A\n');
    expect(opened.stamp.size).toBe(11);
    expect(opened.stamp.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives clear errors with the path for missing files, folders and non-UTF-8', async () => {
    await expect(files.open('nope.json')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('nope.json'),
    });
    await expect(files.open('.')).rejects.toMatchObject({ code: 'NOT_A_FILE' });
    writeFileSync(path.join(folder.dir, 'bin.json'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    await expect(files.open('bin.json')).rejects.toMatchObject({
      message: expect.stringContaining('not UTF-8'),
    });
  });

  it('saves atomically and leaves no temporary file behind', async () => {
    const file = path.join(folder.dir, 'x.json');
    writeFileSync(file, '{"a":1}');
    const opened = await files.open(file);
    const result = await files.save(file, '{"a":2}', opened.stamp);
    expect(result.status).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(folder.dir)).toEqual(['x.json']);
  });

  it('refuses to overwrite a file changed on disk since it was opened, unless told to', async () => {
    const file = path.join(folder.dir, 'x.json');
    writeFileSync(file, '{"a":1}');
    const opened = await files.open(file);
    writeFileSync(file, '{"a":"someone else"}');
    const refused = await files.save(file, '{"a":2}', opened.stamp);
    expect(refused).toMatchObject({ status: 'conflict', path: file });
    expect(readFileSync(file, 'utf8')).toBe('{"a":"someone else"}');
    const forced = await files.save(file, '{"a":2}', opened.stamp, true);
    expect(forced.status).toBe('saved');
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
  });

  it('reports a deleted file as a conflict with no current stamp', async () => {
    const file = path.join(folder.dir, 'x.json');
    writeFileSync(file, '{}');
    const opened = await files.open(file);
    await fsp.rm(file);
    expect(await files.save(file, '{}', opened.stamp)).toEqual({
      status: 'conflict',
      path: file,
      current: null,
    });
  });

  it('detects changes on disk by content, not by mtime alone', async () => {
    const file = path.join(folder.dir, 'x.json');
    writeFileSync(file, '{"a":1}');
    const opened = await files.open(file);
    expect((await files.check(file, opened.stamp)).status).toBe('unchanged');
    utimesSync(file, new Date(), new Date(Date.now() + 5000)); // touched, same content
    expect((await files.check(file, opened.stamp)).status).toBe('unchanged');
    writeFileSync(file, '{"a":3}');
    expect((await files.check(file, opened.stamp)).status).toBe('changed');
    await fsp.rm(file);
    expect(await files.check(file, opened.stamp)).toEqual({ status: 'deleted' });
  });

  it('save as refuses an existing path unless overwrite, and creates folders', async () => {
    writeFileSync(path.join(folder.dir, 'taken.json'), 'old');
    expect((await files.saveAs('taken.json', 'new')).status).toBe('exists');
    expect(readFileSync(path.join(folder.dir, 'taken.json'), 'utf8')).toBe('old');
    expect((await files.saveAs('taken.json', 'new', true)).status).toBe('saved');
    const nested = await files.saveAs('deep/er/m.asl.yaml', 'StartAt: A\n');
    expect(nested).toMatchObject({ status: 'saved', format: 'yaml', name: 'm.asl.yaml' });
    await expect(files.saveAs('deep', 'x', true)).rejects.toMatchObject({ code: 'NOT_A_FILE' });
  });

  it('keeps a symlink and writes through to its target', async () => {
    const target = path.join(folder.dir, 'real.json');
    const link = path.join(folder.dir, 'link.json');
    writeFileSync(target, '1');
    symlinkSync(target, link);
    const opened = await files.open(link);
    await files.save(link, '2', opened.stamp);
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('2');
  });

  it('lists folders first, marks definitions and hides dot files', async () => {
    await fsp.mkdir(path.join(folder.dir, 'sub'));
    writeFileSync(path.join(folder.dir, 'b.asl.json'), '{}');
    writeFileSync(path.join(folder.dir, 'a.txt'), '');
    writeFileSync(path.join(folder.dir, '.hidden.json'), '');
    const listing = await files.listDirectory(undefined);
    expect(listing.path).toBe(folder.dir);
    expect(listing.parent).toBe(path.dirname(folder.dir));
    expect(listing.entries.map((e) => [e.name, e.kind, e.definition])).toEqual([
      ['sub', 'directory', false],
      ['a.txt', 'file', false],
      ['b.asl.json', 'file', true],
    ]);
    await expect(files.listDirectory('b.asl.json')).rejects.toMatchObject({
      code: 'NOT_A_DIRECTORY',
    });
    expect((await files.listDirectory('/')).parent).toBeNull();
  });
});
