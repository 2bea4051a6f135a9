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
    this.modify(path, value, false);
  }

  protected rawAddMember(path: TypedPath, key: string, value: unknown, after: string | null): void {
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
    this.modify([...path, index >= length ? -1 : index], value, true);
  }

  protected rawRenameKey(path: TypedPath, newKey: string): void {
    const valueNode = this.nodeAt(path);
    const keyNode =
      valueNode?.parent?.type === 'property' ? valueNode.parent.children?.[0] : undefined;
    if (!keyNode) throw new EditError('PATH_NOT_FOUND', `No member to rename at ${path.join('/')}`);
    this.defer({ offset: keyNode.offset, length: keyNode.length, newText: JSON.stringify(newKey) });
  }

  /** The syntax node at a path in the current text (edits deferred so far do not move nodes). */
  private nodeAt(path: TypedPath): jsonc.Node | undefined {
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
