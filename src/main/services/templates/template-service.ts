import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { HostError, type Template, type TemplateSummary } from '../../../shared/host';
import { formatOf } from '../files/format';

interface IndexEntry {
  id: string;
  name: string;
  description: string;
  file: string;
}

/**
 * The starter state machines in resources/templates: `index.json` lists them (id, name,
 * description, file) in the order the UI shows them.
 */
export class TemplateService {
  constructor(private readonly dir: string) {}

  /** Every template, without its text. */
  async list(): Promise<TemplateSummary[]> {
    const entries = await this.index();
    return entries.map((e) => ({
      id: e.id,
      name: e.name,
      description: e.description,
      format: formatOf(e.file, ''),
    }));
  }

  /** One template with its text. */
  async read(id: string): Promise<Template> {
    const entry = (await this.index()).find((e) => e.id === id);
    if (!entry) throw new HostError('NOT_FOUND', `no template '${id}'`);
    const file = path.join(this.dir, entry.file);
    const text = await fsp.readFile(file, 'utf8').catch(() => {
      throw new HostError(
        'NOT_FOUND',
        `template '${id}' lists ${entry.file}, which is missing from ${this.dir}`,
      );
    });
    return {
      id,
      name: entry.name,
      description: entry.description,
      format: formatOf(entry.file, text),
      text,
    };
  }

  private async index(): Promise<IndexEntry[]> {
    const indexFile = path.join(this.dir, 'index.json');
    let value: unknown;
    try {
      value = JSON.parse(await fsp.readFile(indexFile, 'utf8'));
    } catch (error) {
      throw new HostError(
        'NOT_FOUND',
        `cannot read the template index ${indexFile}: ${(error as Error).message}`,
      );
    }
    if (!Array.isArray(value))
      throw new HostError('INTERNAL', `${indexFile} is not a list of templates`);
    return value.filter(
      (e): e is IndexEntry =>
        typeof e?.id === 'string' &&
        /^[a-z0-9-]{1,64}$/.test(e.id) &&
        typeof e.name === 'string' &&
        typeof e.description === 'string' &&
        typeof e.file === 'string' &&
        // A template file sits in the folder itself: no separators, no '..'.
        path.basename(e.file) === e.file &&
        e.file !== '..',
    );
  }
}
