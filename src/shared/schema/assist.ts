/**
 * Schema-driven completion and hover for block-YAML state machines: which keys a mapping may
 * still take, which values an enum allows, what a key means.
 */
import { stringify } from 'yaml';
import {
  branches,
  childSchemas,
  schemaDescription,
  schemasAt,
  type Known,
  type Schema,
} from './resolve';
import { yamlKeyAt, yamlSlot, type MappingContext } from './yamlPath';

/** One completion, ready for an editor to show and insert. */
export interface AssistItem {
  label: string;
  kind: 'property' | 'value';
  /** Text replacing the typed prefix; multi-line text carries its own indentation. */
  insertText: string;
  /** The value's types, e.g. `integer | string`. */
  detail?: string;
  /** Markdown from the schema. */
  documentation?: string;
}

/** Completions at a position and the 1-based column where the text they replace starts. */
export interface AssistCompletion {
  items: AssistItem[];
  start: number;
}

/** What a key means, and the 1-based columns of the key (end exclusive). */
export interface AssistHover {
  markdown: string;
  start: number;
  end: number;
}

/** Fields whose value names a state: the editor's state-name completion offers those. */
const STATE_NAME_FIELDS = new Set(['Next', 'Default', 'StartAt']);

function knownAt(ctx: MappingContext): (depth: number) => Known {
  return (depth) => ctx.known[depth] ?? {};
}

function typesOf(root: Schema, schemas: readonly Schema[]): Set<string> {
  const types = new Set<string>();
  for (const s of schemas)
    for (const b of branches(root, s)) {
      if (typeof b.type === 'string') types.add(b.type);
      else if (Array.isArray(b.type)) for (const t of b.type as readonly string[]) types.add(t);
    }
  return types;
}

function firstDescription(
  root: Schema,
  schemas: readonly Schema[],
  known?: Known,
): string | undefined {
  for (const s of schemas) {
    const text = schemaDescription(root, s, known);
    if (text) return text;
  }
  return undefined;
}

/** The keys the mapping's schemas allow, those already written left out. */
export function propertyItems(
  root: Schema,
  mapping: readonly Schema[],
  known: Known,
  existing: readonly string[],
  indent: number,
): AssistItem[] {
  const byName = new Map<string, Schema[]>();
  for (const s of mapping)
    for (const b of branches(root, s, known))
      for (const [name, property] of Object.entries(b.properties ?? {})) {
        if (!property) continue;
        const list = byName.get(name) ?? [];
        list.push(property);
        byName.set(name, list);
      }
  const taken = new Set(existing);
  const inner = ' '.repeat(indent + 2);
  const items: AssistItem[] = [];
  for (const [name, properties] of byName) {
    if (taken.has(name)) continue;
    const types = typesOf(root, properties);
    const only = types.size === 1 ? [...types][0] : undefined;
    // A field that can only hold a block opens it, so the next keystroke is its first entry.
    const insertText =
      only === 'object'
        ? `${name}:\n${inner}`
        : only === 'array'
          ? `${name}:\n${inner}- `
          : `${name}: `;
    items.push({
      label: name,
      kind: 'property',
      insertText,
      detail: types.size > 0 ? [...types].join(' | ') : undefined,
      documentation: firstDescription(root, properties),
    });
  }
  return items;
}

/** The values an enum (or a boolean) allows for `key`, as YAML scalars. */
export function valueItems(
  root: Schema,
  mapping: readonly Schema[],
  known: Known,
  key: string,
  quoted: boolean,
  needsSpace: boolean,
): AssistItem[] {
  const properties = mapping.flatMap((s) => childSchemas(root, s, key, known));
  const values: unknown[] = [];
  for (const p of properties)
    for (const b of branches(root, p)) for (const v of b.enum ?? []) values.push(v);
  if (typesOf(root, properties).has('boolean')) values.push(true, false);
  const unique = [...new Set(values)].filter(
    (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
  const general = firstDescription(root, mapping, known);
  return unique.map((value) => {
    const label = String(value);
    // "1.0" or "true" written bare would read back as a number or a boolean.
    const scalar = quoted ? label : stringify(value).trimEnd();
    // Where the value tells the mapping's alternatives apart (a state's Type), say which one.
    const specific = firstDescription(root, mapping, { ...known, [key]: label });
    return {
      label,
      kind: 'value' as const,
      insertText: needsSpace ? ` ${scalar}` : scalar,
      documentation: specific !== general ? specific : undefined,
    };
  });
}

/** Completions for a 1-based position of a YAML document, or undefined where there are none. */
export function yamlCompletions(
  root: Schema,
  lines: readonly string[],
  line: number,
  column: number,
): AssistCompletion | undefined {
  const slot = yamlSlot(lines, line, column);
  if (!slot) return undefined;
  const mapping = schemasAt(root, slot.path, knownAt(slot));
  const known = slot.known[slot.path.length] ?? {};
  if (slot.kind === 'key') {
    const items = propertyItems(root, mapping, known, slot.existing, slot.indent);
    return items.length > 0 ? { items, start: slot.start } : undefined;
  }
  if (STATE_NAME_FIELDS.has(slot.key)) return undefined;
  const items = valueItems(root, mapping, known, slot.key, slot.quoted, slot.needsSpace);
  return items.length > 0 ? { items, start: slot.start } : undefined;
}

/** The schema's description of the key under a 1-based position of a YAML document. */
export function yamlHover(
  root: Schema,
  lines: readonly string[],
  line: number,
  column: number,
): AssistHover | undefined {
  const at = yamlKeyAt(lines, line, column);
  if (!at) return undefined;
  const mapping = schemasAt(root, at.path, knownAt(at));
  const known = at.known[at.path.length] ?? {};
  const properties = mapping.flatMap((s) => childSchemas(root, s, at.key, known));
  const markdown = firstDescription(root, properties, at.childKnown);
  return markdown ? { markdown, start: at.start, end: at.end } : undefined;
}
