import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/asl/parse';
import { validateText } from '../../../shared/validate/index';
import { tempFolder } from '../test-folder';
import { TemplateService } from './template-service';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const shipped = new TemplateService(path.join(repoRoot, 'resources', 'templates'));

describe('TemplateService (resources/templates)', () => {
  it('lists blank and the sequence with error handling', async () => {
    const ids = (await shipped.list()).map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['blank', 'sequence-with-error-handling']));
  });

  it('ships only templates that our validator and asl-validator accept without a finding', async () => {
    // asl-validator is a peer, used here as an independent second opinion on our templates.
    const require = createRequire(import.meta.url);
    const aslValidator = require('asl-validator') as (d: unknown) => {
      isValid: boolean;
      errors: unknown[];
    };
    for (const summary of await shipped.list()) {
      const template = await shipped.read(summary.id);
      const parsed = parseDocument(template.text, template.format);
      expect(parsed.errors, summary.id).toEqual([]);
      expect(
        validateText(template.text, { format: template.format }).diagnostics,
        summary.id,
      ).toEqual([]);
      const verdict = aslValidator(parsed.value);
      expect(verdict.errors, summary.id).toEqual([]);
      expect(verdict.isValid).toBe(true);
    }
  });

  it('gives the sequence template a Retry with backoff and a Catch to a failure handler on every Task', async () => {
    const t = await shipped.read('sequence-with-error-handling');
    const states = (
      parseDocument(t.text, 'json').value as { States: Record<string, Record<string, unknown>> }
    ).States;
    const tasks = Object.values(states).filter((s) => s.Type === 'Task');
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    for (const task of tasks) {
      expect((task.Retry as { BackoffRate: number }[])[0].BackoffRate).toBeGreaterThan(1);
      const target = (task.Catch as { Next: string }[])[0].Next;
      expect(states[target].Type).toBe('Fail');
    }
  });
});

describe('TemplateService (a broken folder)', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => (folder = tempFolder()));
  afterEach(() => folder.remove());

  it('refuses entries pointing outside the folder and reports missing files and ids', async () => {
    writeFileSync(
      path.join(folder.dir, 'index.json'),
      JSON.stringify([
        { id: 'escape', name: 'x', description: 'x', file: '../../etc/passwd' },
        { id: 'gone', name: 'Gone', description: 'x', file: 'gone.json' },
      ]),
    );
    const templates = new TemplateService(folder.dir);
    expect((await templates.list()).map((t) => t.id)).toEqual(['gone']);
    await expect(templates.read('escape')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(templates.read('gone')).rejects.toMatchObject({
      message: expect.stringContaining('gone.json'),
    });
    await expect(new TemplateService(path.join(folder.dir, 'none')).list()).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
