import * as YAML from 'yaml';
import { deepEqual } from './deepEqual';
import { EditError } from './editError';
import { insertionIndex } from './jsonSession';
import { SessionBase, type TypedPath } from './session';
import { mergeYamlChange } from './yamlMerge';
import { detectYamlStyle } from './yamlStyle';

type Collection = YAML.YAMLMap<unknown, unknown> | YAML.YAMLSeq<unknown>;

/**
 * An edit session over YAML text through the yaml Document API: comments, quoting and block
 * styles of untouched nodes survive, and only the lines the change touched are replaced.
 */
export class YamlSession extends SessionBase {
  readonly format = 'yaml' as const;
  private readonly doc: YAML.Document;
  private readonly style: YAML.ToStringOptions;
  private readonly printedBefore: string;

  constructor(protected readonly original: string) {
    super();
    this.doc = YAML.parseDocument(original, { uniqueKeys: false, prettyErrors: false });
    const error = this.doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      throw new EditError(
        'SYNTAX_ERROR',
        `The YAML cannot be edited until its syntax error is fixed${where}: ${error.message.split('\n')[0]}`,
        '',
      );
    }
    this.style = detectYamlStyle(original);
    this.printedBefore = this.doc.toString(this.style);
    this.current = this.doc.toJS({ maxAliasCount: 100 });
  }

  protected finalValue(): unknown {
    return this.doc.toJS({ maxAliasCount: 100 });
  }

  protected currentText(): string {
    const printed = this.doc.toString(this.style);
    if (printed === this.printedBefore) return this.original;
    const merged = mergeYamlChange(this.original, this.printedBefore, printed);
    // The merge keeps the user's own lines; should that ever change the meaning, the plain re-print is right.
    if (merged !== printed) {
      const check = YAML.parseDocument(merged, { uniqueKeys: false });
      if (
        check.errors.length > 0 ||
        !deepEqual(check.toJS({ maxAliasCount: 100 }), this.finalValue())
      )
        return printed;
    }
    return merged;
  }

  protected rawSet(path: TypedPath, value: unknown): void {
    // Find the deepest existing collection; what is missing below it is created as nested maps.
    let depth = 0;
    let node: unknown = this.doc.contents;
    while (depth < path.length - 1) {
      const child = childOf(node, path[depth]);
      if (!YAML.isMap(child) && !YAML.isSeq(child)) break;
      node = child;
      depth++;
    }
    let created: unknown = value;
    for (let i = path.length - 1; i > depth; i--) created = { [String(path[i])]: created };
    const key = path[depth];
    if (path.length === 0) {
      this.doc.contents = this.doc.createNode(value) as YAML.Document['contents'];
    } else if (YAML.isSeq(node) && typeof key === 'number') {
      node.items[key] = this.fresh(created, node.items[key]);
    } else if (YAML.isMap(node)) {
      const pair = lastPair(node, String(key));
      if (pair) pair.value = this.fresh(created, pair.value);
      else
        node.items.push(this.doc.createPair(String(key), created) as YAML.Pair<unknown, unknown>);
    } else
      throw new EditError(
        'NOT_A_CONTAINER',
        `Cannot set ${path.join('/')}: its parent is not a collection`,
      );
  }

  protected rawAddMember(path: TypedPath, key: string, value: unknown, after: string | null): void {
    const map = this.collectionAt(path);
    if (!YAML.isMap(map))
      throw new EditError('NOT_A_CONTAINER', `${path.join('/')} is not a mapping`);
    const index = insertionIndex(
      map.items.map((p) => keyText(p.key)),
      after,
    );
    map.items.splice(index, 0, this.doc.createPair(key, value) as YAML.Pair<unknown, unknown>);
  }

  protected rawRemove(path: TypedPath): void {
    const parent = this.collectionAt(path.slice(0, -1));
    const key = path[path.length - 1];
    if (YAML.isSeq(parent)) parent.items.splice(Number(key), 1);
    else parent.items = parent.items.filter((p) => keyText(p.key) !== String(key));
  }

  protected rawInsert(path: TypedPath, index: number, _length: number, value: unknown): void {
    const seq = this.collectionAt(path);
    if (!YAML.isSeq(seq))
      throw new EditError('NOT_A_CONTAINER', `${path.join('/')} is not a sequence`);
    seq.items.splice(index, 0, this.doc.createNode(value));
  }

  protected rawRenameKey(path: TypedPath, newKey: string): void {
    const parent = this.collectionAt(path.slice(0, -1));
    const pair = YAML.isMap(parent) ? lastPair(parent, String(path[path.length - 1])) : undefined;
    if (!pair) throw new EditError('PATH_NOT_FOUND', `No member to rename at ${path.join('/')}`);
    if (YAML.isScalar(pair.key)) pair.key.value = newKey;
    else pair.key = this.doc.createNode(newKey);
  }

  /** A new node for a value; a scalar replacing a scalar keeps its style and comments. */
  private fresh(value: unknown, old: unknown): YAML.Node {
    if (YAML.isScalar(old) && (value === null || typeof value !== 'object')) {
      // A string keeps its quoting, unless it gains a line break a plain scalar would fold away.
      const keepsStyle =
        typeof old.value === 'string' &&
        typeof value === 'string' &&
        !(value.includes('\n') && old.type === 'PLAIN');
      old.value = value;
      if (!keepsStyle) old.type = undefined;
      return old;
    }
    const node = this.doc.createNode(value);
    if (YAML.isNode(old)) {
      node.commentBefore = old.commentBefore;
      node.comment = old.comment;
      node.spaceBefore = old.spaceBefore;
    }
    return node;
  }

  private collectionAt(path: TypedPath): Collection {
    let node: unknown = this.doc.contents;
    for (const segment of path) node = childOf(node, segment);
    if (!YAML.isMap(node) && !YAML.isSeq(node))
      throw new EditError('NOT_A_CONTAINER', `${path.join('/')} is not a collection`);
    return node;
  }
}

function childOf(node: unknown, segment: string | number): unknown {
  if (YAML.isSeq(node)) return node.items[Number(segment)];
  if (YAML.isMap(node)) return lastPair(node, String(segment))?.value;
  return undefined;
}

/** YAML semantics as parse.ts reads them: of duplicate keys, the last wins. */
function lastPair(
  map: YAML.YAMLMap<unknown, unknown>,
  key: string,
): YAML.Pair<unknown, unknown> | undefined {
  for (let i = map.items.length - 1; i >= 0; i--)
    if (keyText(map.items[i].key) === key) return map.items[i];
  return undefined;
}

function keyText(key: unknown): string {
  return YAML.isScalar(key) ? String(key.value) : String(key);
}
