/**
 * Walks a JSON schema (draft-07 style, as the ASL schema is written) along a document path,
 * following `$ref`, `allOf`, `oneOf` and `anyOf`, so callers can ask what a mapping may hold.
 */

/** The parts of a JSON schema the assist reads; everything else is carried but ignored. */
export interface Schema {
  $ref?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | readonly string[];
  enum?: readonly unknown[];
  required?: readonly string[];
  // `| undefined`: a schema imported from JSON gets, in TypeScript's eyes, every key its
  // siblings have, as optional undefined ones.
  properties?: Readonly<Record<string, Schema | undefined>>;
  patternProperties?: Readonly<Record<string, Schema | undefined>>;
  additionalProperties?: Schema | boolean;
  items?: Schema | readonly Schema[];
  allOf?: readonly Schema[];
  anyOf?: readonly Schema[];
  oneOf?: readonly Schema[];
}

/** A mapping key or a sequence index. */
export type PathKey = string | number;

/** Scalar values already written in a mapping (a state's `Type`), which pick oneOf alternatives. */
export type Known = Readonly<Record<string, string>>;

const NOTHING_KNOWN: Known = {};

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node a local `$ref` (`#/a/b/0`) points at, or undefined when it leads nowhere. */
export function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return isSchema(node) ? node : undefined;
}

/** Follows a chain of `$ref`s; the schema itself when it has none. */
function deref(root: Schema, schema: Schema, seen = new Set<Schema>()): Schema {
  let node = schema;
  while (node.$ref !== undefined && !seen.has(node)) {
    seen.add(node);
    const target = resolveRef(root, node.$ref);
    if (!target) break;
    node = target;
  }
  return node;
}

/** The `allOf` parts of a schema, flattened, without entering `oneOf`/`anyOf`. */
function conjuncts(root: Schema, schema: Schema, seen = new Set<Schema>()): Schema[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out = [schema];
  if (schema.$ref !== undefined) {
    const target = resolveRef(root, schema.$ref);
    if (target) out.push(...conjuncts(root, target, seen));
  }
  for (const part of schema.allOf ?? []) out.push(...conjuncts(root, part, seen));
  return out;
}

/**
 * Whether an alternative agrees with the values already written: one whose `properties.X.enum`
 * leaves out the document's X is another alternative's business (a Task's part says Type: Task).
 */
function agrees(root: Schema, alternative: Schema, known: Known): boolean {
  for (const part of conjuncts(root, alternative)) {
    for (const [key, value] of Object.entries(known)) {
      const property = part.properties?.[key];
      if (!property) continue;
      const allowed = deref(root, property).enum;
      if (allowed && !allowed.some((v) => String(v) === value)) return false;
    }
  }
  return true;
}

/** The alternatives that fit what is written; all of them when none does (a half-typed Type). */
function pick(root: Schema, alternatives: readonly Schema[], known: Known): readonly Schema[] {
  const fitting = alternatives.filter((a) => agrees(root, a, known));
  return fitting.length > 0 ? fitting : alternatives;
}

/**
 * Every node that constrains a value of this schema: the schema, its `$ref` targets, `allOf`
 * parts, and the `oneOf`/`anyOf` alternatives that agree with `known`.
 */
export function branches(root: Schema, schema: Schema, known: Known = NOTHING_KNOWN): Schema[] {
  const out: Schema[] = [];
  const seen = new Set<Schema>();
  const visit = (node: Schema): void => {
    // A $ref loop, or the same part reached through two alternatives, is read once.
    if (seen.has(node)) return;
    seen.add(node);
    out.push(node);
    if (node.$ref !== undefined) {
      const target = resolveRef(root, node.$ref);
      if (target) visit(target);
    }
    for (const part of node.allOf ?? []) visit(part);
    for (const alternatives of [node.oneOf, node.anyOf])
      if (alternatives) for (const alt of pick(root, alternatives, known)) visit(alt);
  };
  visit(schema);
  return out;
}

function patternMatches(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(key);
  } catch {
    return false;
  }
}

/** The schemas of one child (a key of a mapping, an index of a sequence) of a schema's value. */
export function childSchemas(
  root: Schema,
  schema: Schema,
  key: PathKey,
  known: Known = NOTHING_KNOWN,
): Schema[] {
  const out: Schema[] = [];
  for (const node of branches(root, schema, known)) {
    if (typeof key === 'number') {
      const items = node.items;
      if (Array.isArray(items)) {
        const item = (items as readonly Schema[])[Math.min(key, items.length - 1)];
        if (item) out.push(item);
      } else if (isSchema(items)) out.push(items);
      continue;
    }
    const named = node.properties?.[key];
    if (named) {
      out.push(named);
      continue;
    }
    const patterned: Schema[] = [];
    for (const [pattern, s] of Object.entries(node.patternProperties ?? {}))
      if (s && patternMatches(pattern, key)) patterned.push(s);
    if (patterned.length > 0) out.push(...patterned);
    else if (isSchema(node.additionalProperties)) out.push(node.additionalProperties);
  }
  return out;
}

/**
 * The schemas of the value at `path` from the root. `knownAt(depth)` gives the values written in
 * the mapping reached after `depth` steps, so each step can tell a Task from a Choice.
 */
export function schemasAt(
  root: Schema,
  path: readonly PathKey[],
  knownAt: (depth: number) => Known = () => NOTHING_KNOWN,
): Schema[] {
  let current: Schema[] = [root];
  path.forEach((key, depth) => {
    const known = knownAt(depth);
    current = current.flatMap((s) => childSchemas(root, s, key, known));
  });
  return current;
}

/**
 * A schema's own description, else its `$ref` target's, else the one alternative left by
 * `known` (a state name's value described by its Type).
 */
export function schemaDescription(
  root: Schema,
  schema: Schema,
  known: Known = NOTHING_KNOWN,
  seen = new Set<Schema>(),
): string | undefined {
  if (seen.has(schema)) return undefined;
  seen.add(schema);
  const own = schema.markdownDescription ?? schema.description;
  if (own) return own;
  if (schema.$ref !== undefined) {
    const target = resolveRef(root, schema.$ref);
    const text = target && schemaDescription(root, target, known, seen);
    if (text) return text;
  }
  for (const alternatives of [schema.oneOf, schema.anyOf]) {
    if (!alternatives) continue;
    const texts = new Set<string>();
    for (const alt of pick(root, alternatives, known)) {
      // Each alternative gets its own trail: two of them may share a $ref target.
      const text = schemaDescription(root, alt, known, new Set(seen));
      if (text) texts.add(text);
    }
    // Several alternatives saying different things: better no text than the wrong one.
    if (texts.size === 1) return [...texts][0];
  }
  return undefined;
}
