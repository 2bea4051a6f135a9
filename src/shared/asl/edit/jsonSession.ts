import * as jsonc from 'jsonc-parser';
import { parseDocument } from '../parse';
import { EditError } from './editError';
import { detectJsonFormatting } from './jsonFormatting';
import { SessionBase, type TypedPath } from './session';
import { applyTextEdits, type TextEdit } from './textEdit';

/**
 * An edit session over JSON text. Structural changes go through jsonc-parser's `modify`, so only
 * their region changes, formatted like the rest of the document. Replacing a scalar or renaming
 * a key is deferred as a plain text edit on the current syntax tree, so a rename with a thousand
 * references parses the text once, not a thousand times.
 */
export class JsonSession extends SessionBase {
  readonly format = 'json' as const;
  private text: string;
  private tree: jsonc.Node | undefined;
  private readonly pending = new Map<number, TextEdit>();
  /** A deferred key rename makes the tree's keys stale, so the next lookup must flush first. */
  private keysRenamed = false;
  private readonly formatting: jsonc.FormattingOptions | undefined;

  constructor(protected readonly original: string) {
    super();
    this.text = original;
    try {
      this.current = JSON.parse(original);
    } catch {
      const first = parseDocument(original, 'json').errors[0];
      const where = first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : '';
      throw new EditError(
        'SYNTAX_ERROR',
        `The JSON cannot be edited until its syntax error is fixed${where}`,
        '',
      );
    }
    this.formatting = detectJsonFormatting(original);
  }

  protected finalValue(text: string): unknown {
    return JSON.parse(text);
  }

  protected currentText(): string {
    this.flush();
    return this.text;
  }

  protected rawSet(path: TypedPath, value: unknown): void {
    if (value === null || typeof value !== 'object') {
      const node = this.nodeAt(path);
      if (node && node.type !== 'object' && node.type !== 'array') {
        this.defer({ offset: node.offset, length: node.length, newText: JSON.stringify(value) });
        return;
      }
    }
    const key = path[path.length - 1];
    if (
      typeof key === 'string' &&
      (this.insertInline(path.slice(0, -1), key, value, () => Infinity) ||
        this.insertBlock(path.slice(0, -1), key, value, () => Infinity))
    )
      return;
    this.modify(path, value, false);
  }

  protected rawAddMember(path: TypedPath, key: string, value: unknown, after: string | null): void {
    const place = (keys: string[]) => insertionIndex(keys, after);
    if (this.insertInline(path, key, value, place) || this.insertBlock(path, key, value, place))
      return;
    this.flush();
    const edits = jsonc.modify(this.text, [...path, key], value, {
      formattingOptions: this.formatting,
      getInsertionIndex: (keys) => insertionIndex(keys, after),
    });
    this.text = jsonc.applyEdits(this.text, edits);
    this.tree = undefined;
  }

  protected rawRemove(path: TypedPath): void {
    if (typeof path[path.length - 1] === 'number') this.removeArrayItem(path);
    else this.modify(path, undefined, false);
  }

  /**
   * Removes an array item without jsonc-parser, whose `modify` cuts one character too many when
   * the last item of a compact array goes (`[[],false]` became `[[]e]`, jsonc-parser 3.3.1).
   */
  private removeArrayItem(path: TypedPath): void {
    this.flush();
    const index = path[path.length - 1] as number;
    const array = this.nodeAt(path.slice(0, -1));
    const items = array?.type === 'array' ? (array.children ?? []) : [];
    const item = items[index];
    if (!array || !item)
      throw new EditError('PATH_NOT_FOUND', `No item ${index} to remove at ${path.join('/')}`);
    let edit: TextEdit;
    if (items.length === 1)
      edit = { offset: array.offset + 1, length: array.length - 2, newText: '' };
    else if (index === items.length - 1) {
      const previous = items[index - 1];
      const from = previous.offset + previous.length;
      edit = { offset: from, length: item.offset + item.length - from, newText: '' };
    } else
      edit = { offset: item.offset, length: items[index + 1].offset - item.offset, newText: '' };
    this.text = applyTextEdits(this.text, [edit]);
    this.tree = undefined;
  }

  protected rawInsert(path: TypedPath, index: number, length: number, value: unknown): void {
    if (
      this.insertInline(path, index, value, () => index) ||
      this.insertBlock(path, index, value, () => index)
    )
      return;
    this.modify([...path, index >= length ? -1 : index], value, true);
  }

  protected rawRenameKey(path: TypedPath, newKey: string): void {
    const valueNode = this.nodeAt(path);
    const keyNode =
      valueNode?.parent?.type === 'property' ? valueNode.parent.children?.[0] : undefined;
    if (!keyNode) throw new EditError('PATH_NOT_FOUND', `No member to rename at ${path.join('/')}`);
    this.defer({ offset: keyNode.offset, length: keyNode.length, newText: JSON.stringify(newKey) });
    this.keysRenamed = true;
  }

  /**
   * Adds a member (or array item) to an object (or array) written on one line, in that line's own
   * spacing, instead of letting jsonc-parser's formatter spread the whole object over many lines.
   * `place` picks the index among the existing keys. False (nothing done) when the container is
   * not a non-empty one-line object or array, or the member already exists.
   */
  private insertInline(
    path: TypedPath,
    key: string | number,
    value: unknown,
    place: (keys: string[]) => number,
  ): boolean {
    if (value !== null && typeof value === 'object' && JSON.stringify(value).length > 60)
      return false;
    this.flush();
    const node = this.nodeAt(path);
    const children = node?.children ?? [];
    if (!node || children.length === 0 || (node.type !== 'object' && node.type !== 'array'))
      return false;
    const own = this.text.slice(node.offset, node.offset + node.length);
    if (own.includes('\n')) return false;
    const isArray = node.type === 'array';
    if (isArray !== (typeof key === 'number')) return false;
    // Spacing as the container writes it, else as its line does (a one-item container says little).
    const lineStart = this.text.lastIndexOf('\n', node.offset) + 1;
    const lineEnd = this.text.indexOf('\n', node.offset + node.length);
    const line = this.text.slice(lineStart, lineEnd < 0 ? this.text.length : lineEnd);
    const colonIn = (t: string): string | undefined =>
      /"\s*:\s/.test(t) ? ': ' : /"\s*:/.test(t) ? ':' : undefined;
    const commaIn = (t: string): string | undefined =>
      /,\s/.test(t) ? ', ' : /,/.test(t) ? ',' : undefined;
    const colon = colonIn(own) ?? colonIn(line) ?? ': ';
    const comma = commaIn(own) ?? commaIn(line) ?? (colon === ': ' ? ', ' : ',');
    const item = (isArray ? '' : JSON.stringify(key) + colon) + compact(value, comma, colon);
    const keys = isArray ? [] : children.map((p) => String(p.children?.[0]?.value));
    if (!isArray && keys.includes(key as string)) return false;
    const index = place(keys);
    const edit: TextEdit =
      index >= children.length
        ? {
            offset: children[children.length - 1].offset + children[children.length - 1].length,
            length: 0,
            newText: comma + item,
          }
        : { offset: children[index].offset, length: 0, newText: item + comma };
    this.text = applyTextEdits(this.text, [edit]);
    this.tree = undefined;
    return true;
  }

  /**
   * Adds a member (or array item) to an object (or array) laid out one member per line, on a line
   * of its own indented like its siblings. jsonc-parser's `modify` formats whole lines around an
   * insertion, so the sibling before it was re-laid out too (`"ErrorEquals": ["States.ALL"]`
   * spread over three lines when a ResultPath was added after it). False (nothing done) when the
   * container is empty, shares a line between members, or already has the key.
   */
  private insertBlock(
    path: TypedPath,
    key: string | number,
    value: unknown,
    place: (keys: string[]) => number,
  ): boolean {
    const formatting = this.formatting;
    if (!formatting) return false;
    this.flush();
    const node = this.nodeAt(path);
    const children = node?.children ?? [];
    if (!node || children.length === 0 || (node.type !== 'object' && node.type !== 'array'))
      return false;
    const isArray = node.type === 'array';
    if (isArray !== (typeof key === 'number')) return false;
    let previousEnd = node.offset + 1;
    for (const child of children) {
      if (!this.text.slice(previousEnd, child.offset).includes('\n')) return false;
      previousEnd = child.offset + child.length;
    }
    const keys = isArray ? [] : children.map((p) => String(p.children?.[0]?.value));
    if (!isArray && keys.includes(key as string)) return false;
    const first = children[0];
    const indent = this.text.slice(this.text.lastIndexOf('\n', first.offset - 1) + 1, first.offset);
    if (!/^[ \t]*$/.test(indent)) return false;
    const [firstKey, firstValue] = first.children ?? [];
    const colon =
      !isArray && firstKey && firstValue
        ? this.text.slice(firstKey.offset + firstKey.length, firstValue.offset)
        : ': ';
    const unit = formatting.insertSpaces ? ' '.repeat(formatting.tabSize ?? 2) : '\t';
    const eol = formatting.eol ?? '\n';
    const body = JSON.stringify(value, null, unit)
      .split('\n')
      .join(eol + indent);
    const item =
      (isArray ? '' : JSON.stringify(key) + (colon.includes('\n') ? ': ' : colon)) + body;
    // Right after the member it follows (blank lines before the next one stay where they are).
    const index = Math.min(place(keys), children.length);
    const before = children[index - 1];
    const edit: TextEdit = before
      ? { offset: before.offset + before.length, length: 0, newText: ',' + eol + indent + item }
      : { offset: children[0].offset, length: 0, newText: item + ',' + eol + indent };
    this.text = applyTextEdits(this.text, [edit]);
    this.tree = undefined;
    return true;
  }

  /** The syntax node at a path in the current text (edits deferred so far do not move nodes). */
  private nodeAt(path: TypedPath): jsonc.Node | undefined {
    if (this.keysRenamed) this.flush();
    this.tree ??= jsonc.parseTree(this.text);
    return this.tree && jsonc.findNodeAtLocation(this.tree, path);
  }

  private defer(edit: TextEdit): void {
    this.pending.set(edit.offset, edit);
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    this.text = applyTextEdits(this.text, [...this.pending.values()]);
    this.pending.clear();
    this.keysRenamed = false;
    this.tree = undefined;
  }

  private modify(path: TypedPath, value: unknown, isArrayInsertion: boolean): void {
    this.flush();
    const edits = jsonc.modify(this.text, path, value, {
      formattingOptions: this.formatting,
      isArrayInsertion,
    });
    this.text = jsonc.applyEdits(this.text, edits);
    this.tree = undefined;
  }
}

/** Where a member goes among its siblings' keys (in text order): after `after`, first for null, last when missing. */
export function insertionIndex(keys: readonly string[], after: string | null): number {
  if (after === null) return 0;
  const at = keys.lastIndexOf(after);
  return at < 0 ? keys.length : at + 1;
}

/** A value on one line, spaced like its neighbours. */
function compact(value: unknown, comma: string, colon: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value))
    return '[' + value.map((v) => compact(v, comma, colon)).join(comma) + ']';
  const members = Object.entries(value).map(
    ([k, v]) => JSON.stringify(k) + colon + compact(v, comma, colon),
  );
  return '{' + members.join(comma) + '}';
}
