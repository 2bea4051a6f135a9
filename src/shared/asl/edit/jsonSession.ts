import * as jsonc from 'jsonc-parser';
import { parseDocument } from '../parse';
import { EditError } from './editError';
import { detectJsonFormatting } from './jsonFormatting';
import { SessionBase, type TypedPath } from './session';

/** An edit session over JSON text: every change is a jsonc-parser `modify`, so only its region changes. */
export class JsonSession extends SessionBase {
  readonly format = 'json' as const;
  private text: string;
  private cached: unknown;
  private stale = false;
  private readonly formatting: jsonc.FormattingOptions | undefined;

  constructor(protected readonly original: string) {
    super();
    this.text = original;
    try {
      this.cached = JSON.parse(original);
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

  value(): unknown {
    if (this.stale) {
      this.cached = JSON.parse(this.text);
      this.stale = false;
    }
    return this.cached;
  }

  protected currentText(): string {
    return this.text;
  }

  protected rawSet(path: TypedPath, value: unknown): void {
    this.apply(path, value, false);
  }

  protected rawRemove(path: TypedPath): void {
    this.apply(path, undefined, false);
  }

  protected rawInsert(path: TypedPath, index: number, length: number, value: unknown): void {
    this.apply([...path, index >= length ? -1 : index], value, true);
  }

  protected rawRenameKey(path: TypedPath, newKey: string): void {
    const root = jsonc.parseTree(this.text);
    const valueNode = root && jsonc.findNodeAtLocation(root, path);
    const keyNode =
      valueNode?.parent?.type === 'property' ? valueNode.parent.children?.[0] : undefined;
    if (!keyNode) throw new EditError('PATH_NOT_FOUND', `No member to rename at ${path.join('/')}`);
    this.text =
      this.text.slice(0, keyNode.offset) +
      JSON.stringify(newKey) +
      this.text.slice(keyNode.offset + keyNode.length);
    this.stale = true;
  }

  private apply(path: TypedPath, value: unknown, isArrayInsertion: boolean): void {
    const edits = jsonc.modify(this.text, path, value, {
      formattingOptions: this.formatting,
      isArrayInsertion,
    });
    this.text = jsonc.applyEdits(this.text, edits);
    this.stale = true;
  }
}
