import { fromPointer, toPointer } from '../pointer';
import type { TextFormat } from '../parse';
import { deepEqual, isObject } from './deepEqual';
import { EditError } from './editError';
import { textEditsBetween } from './lineDiff';
import { mirrorAddMember, mirrorInsert, mirrorRemove, mirrorRename, mirrorSet } from './mirror';
import type { EditResult } from './textEdit';

/** A path whose segments are typed: numbers index arrays, strings name object members. */
export type TypedPath = Array<string | number>;

/**
 * A run of primitive changes to one document. Each change applies to the text at once (JSON) or
 * to the parsed document (YAML); `result()` gives the final text and the minimal edits from the
 * starting text. State operations compose their work from these primitives.
 */
export interface EditSession {
  readonly format: TextFormat;
  /** The document's current value. */
  value(): unknown;
  /** Sets the value at a pointer, creating missing parent objects; changes only what differs. */
  set(pointer: string, value: unknown): void;
  /** Adds a new member to the object at a pointer, placed after the member `after` (null: first; missing: last). */
  addMember(pointer: string, key: string, value: unknown, after: string | null): void;
  /** Removes the member or array item at a pointer (an error when it does not exist). */
  remove(pointer: string): void;
  /** Inserts an item into the array at a pointer (created when missing); index may equal the length. */
  insert(pointer: string, index: number, value: unknown): void;
  /** Renames the object member at a pointer, keeping its place among its siblings. */
  renameKey(pointer: string, newKey: string): void;
  /** The text now, and the edits that turn the starting text into it. */
  result(): EditResult;
}

/** Shared logic of the JSON and YAML sessions: resolving pointers and changing only what differs. */
export abstract class SessionBase implements EditSession {
  abstract readonly format: TextFormat;
  protected abstract readonly original: string;
  /** The current value, kept in step with every change so reading it costs nothing. */
  protected current: unknown;
  /** The value of the final text, read once when the session ends. */
  protected abstract finalValue(text: string): unknown;
  /** Replaces or creates the value at a typed path (missing trailing segments are object keys). */
  protected abstract rawSet(path: TypedPath, value: unknown): void;
  /** Adds a member that does not exist yet at position `index` among its siblings. */
  protected abstract rawAddMember(
    path: TypedPath,
    key: string,
    value: unknown,
    after: string | null,
  ): void;
  protected abstract rawRemove(path: TypedPath): void;
  protected abstract rawInsert(
    path: TypedPath,
    index: number,
    length: number,
    value: unknown,
  ): void;
  protected abstract rawRenameKey(path: TypedPath, newKey: string): void;
  protected abstract currentText(): string;

  value(): unknown {
    return this.current;
  }

  set(pointer: string, value: unknown): void {
    if (value === undefined)
      throw new EditError(
        'PATH_NOT_FOUND',
        `No value given for ${pointer || 'the document'}`,
        pointer,
      );
    const { path, exists, existing } = this.resolve(pointer);
    const copy = structuredClone(value);
    if (exists) this.merge(path, existing, copy);
    else this.doSet(path, copy);
  }

  addMember(pointer: string, key: string, value: unknown, after: string | null): void {
    const { path, exists, existing } = this.resolve(pointer);
    if (!exists) {
      this.doSet([...path, key], structuredClone(value));
      return;
    }
    if (!isObject(existing))
      throw new EditError(
        'NOT_A_CONTAINER',
        `${pointer || 'The document'} is not an object`,
        pointer,
      );
    if (Object.prototype.hasOwnProperty.call(existing, key))
      throw new EditError(
        'KEY_EXISTS',
        `"${key}" already exists at ${pointer || 'the top level'}`,
        pointer,
      );
    const keys = Object.keys(existing);
    const index =
      after === null ? 0 : keys.indexOf(after) < 0 ? keys.length : keys.indexOf(after) + 1;
    const copy = structuredClone(value);
    // Where it goes in the text is the backend's business (JS puts integer-like keys first).
    this.rawAddMember(path, key, copy, after);
    mirrorAddMember(existing, key, structuredClone(copy), index);
  }

  remove(pointer: string): void {
    const { path, exists } = this.resolve(pointer);
    if (!exists || path.length === 0)
      throw new EditError(
        'PATH_NOT_FOUND',
        `Nothing to remove at ${pointer || 'the document root'}`,
        pointer,
      );
    this.doRemove(path);
  }

  insert(pointer: string, index: number, value: unknown): void {
    const { path, exists, existing } = this.resolve(pointer);
    if (!exists) {
      if (index !== 0)
        throw new EditError(
          'PATH_NOT_FOUND',
          `No array at ${pointer} to insert at index ${index}`,
          pointer,
        );
      this.doSet(path, [structuredClone(value)]);
      return;
    }
    if (!Array.isArray(existing))
      throw new EditError(
        'NOT_A_CONTAINER',
        `${pointer || 'The document'} is not an array`,
        pointer,
      );
    if (!Number.isInteger(index) || index < 0 || index > existing.length)
      throw new EditError(
        'PATH_NOT_FOUND',
        `Index ${index} is outside the array at ${pointer} (length ${existing.length})`,
        pointer,
      );
    this.doInsert(path, index, existing.length, structuredClone(value));
  }

  renameKey(pointer: string, newKey: string): void {
    const { path, exists } = this.resolve(pointer);
    if (!exists || path.length === 0 || typeof path[path.length - 1] !== 'string')
      throw new EditError('PATH_NOT_FOUND', `No object member at ${pointer} to rename`, pointer);
    const oldKey = path[path.length - 1] as string;
    if (oldKey === newKey) return;
    const parent = this.at(path.slice(0, -1)) as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(parent, newKey))
      throw new EditError(
        'KEY_EXISTS',
        `Cannot rename ${pointer}: "${newKey}" already exists there`,
        pointer,
      );
    this.rawRenameKey(path, newKey);
    mirrorRename(this.current, path, newKey);
  }

  result(): EditResult {
    const text = this.currentText();
    return { text, edits: textEditsBetween(this.original, text), value: this.finalValue(text) };
  }

  private doSet(path: TypedPath, value: unknown): void {
    this.rawSet(path, value);
    this.current = mirrorSet(this.current, path, structuredClone(value));
  }

  private doRemove(path: TypedPath): void {
    this.rawRemove(path);
    mirrorRemove(this.current, path);
  }

  private doInsert(path: TypedPath, index: number, length: number, value: unknown): void {
    this.rawInsert(path, index, length, value);
    mirrorInsert(this.current, path, index, structuredClone(value));
  }

  /** Changes only the members and items that differ, so untouched text (and YAML comments) stay. */
  private merge(path: TypedPath, old: unknown, value: unknown): void {
    if (deepEqual(old, value)) return;
    if (isObject(old) && isObject(value)) {
      for (const key of Object.keys(old))
        if (!Object.prototype.hasOwnProperty.call(value, key)) this.doRemove([...path, key]);
      for (const [key, v] of Object.entries(value)) {
        if (Object.prototype.hasOwnProperty.call(old, key)) this.merge([...path, key], old[key], v);
        else this.doSet([...path, key], v);
      }
    } else if (Array.isArray(old) && Array.isArray(value)) {
      const common = Math.min(old.length, value.length);
      for (let i = 0; i < common; i++) this.merge([...path, i], old[i], value[i]);
      const oldLength = old.length;
      for (let i = oldLength; i < value.length; i++) this.doInsert(path, i, i, value[i]);
      for (let i = oldLength - 1; i >= value.length; i--) this.doRemove([...path, i]);
    } else this.doSet(path, value);
  }

  private at(path: TypedPath): unknown {
    let node = this.value();
    for (const s of path) node = (node as Record<string | number, unknown>)[s];
    return node;
  }

  /** Types a pointer's segments against the current value; missing tails become object keys. */
  private resolve(pointer: string): { path: TypedPath; exists: boolean; existing: unknown } {
    const segments = fromPointer(pointer);
    const path: TypedPath = [];
    let node: unknown = this.value();
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (Array.isArray(node)) {
        const index = Number(segment);
        if (!/^(0|[1-9]\d*)$/.test(segment) || index >= node.length)
          throw new EditError(
            'PATH_NOT_FOUND',
            `No item ${segment} in the array at ${toPointer(path)}`,
            pointer,
          );
        path.push(index);
        node = node[index];
      } else if (isObject(node)) {
        path.push(segment);
        if (!Object.prototype.hasOwnProperty.call(node, segment)) {
          path.push(...segments.slice(i + 1));
          return { path, exists: false, existing: undefined };
        }
        node = node[segment];
      } else {
        throw new EditError(
          'NOT_A_CONTAINER',
          `${toPointer(path) || 'The document'} holds no object or array, so ${pointer} cannot be reached`,
          pointer,
        );
      }
    }
    return { path, exists: true, existing: node };
  }
}
