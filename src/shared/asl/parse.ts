import * as jsonc from 'jsonc-parser';
import * as YAML from 'yaml';
import { LineIndex } from './lines';
import { fromPointer } from './pointer';
import type { TextScan } from './textScan';

/** The two text formats a definition may be written in. */
export type TextFormat = 'json' | 'yaml';

/** A range of text: where a value (and, for object members, its key) sits. */
export interface TextRange {
  offset: number;
  length: number;
  line: number;
  column: number;
  /** For a member of an object: where its key starts. */
  keyOffset?: number;
  keyLength?: number;
}

/** A syntax error with its place in the text. */
export interface SyntaxIssue {
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

/** Maps JSON pointers to the text they came from. Built lazily: most documents never need it. */
export interface SourceMap {
  /** The range of the value at a pointer (falls back to the nearest existing ancestor). */
  rangeOf(pointer: string): TextRange | undefined;
  /** Pointers of object members whose key appears twice in the same object. */
  duplicateKeys(): string[];
}

/** The result of parsing a definition's text. */
export interface ParsedDocument {
  format: TextFormat;
  text: string;
  /** The parsed value, or undefined when the text holds no value at all. */
  value: unknown;
  errors: SyntaxIssue[];
  sourceMap: SourceMap;
  lines: LineIndex;
  /**
   * The bracket scan of a JSON text, kept by the first that needs it (see scanOf). A field, not
   * a WeakMap entry: the collector keeps a young WeakMap entry's value through minor collections.
   */
  scan?: TextScan;
}

/** Guesses the format of a text: JSON when it starts with `{` or `[`, YAML otherwise. */
export function detectFormat(text: string, fileName?: string): TextFormat {
  if (fileName && /\.ya?ml$/i.test(fileName)) return 'yaml';
  if (fileName && /\.json$/i.test(fileName)) return 'json';
  const first = text.match(/^\s*(\S)/)?.[1];
  return first === '{' || first === '[' || first === undefined ? 'json' : 'yaml';
}

/** Parses JSON or YAML text into a value, its syntax errors and a lazy source map. */
export function parseDocument(
  text: string,
  format: TextFormat = detectFormat(text),
): ParsedDocument {
  return format === 'yaml' ? parseYaml(text) : parseJson(text);
}

const JSON_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace } expected',
  CloseBracketExpected: 'Closing bracket ] expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in string',
};

function parseJson(text: string): ParsedDocument {
  const lines = new LineIndex(text);
  let tree: jsonc.Node | undefined;
  let treeFailed = false;
  const getTree = (): jsonc.Node | undefined => {
    if (tree || treeFailed) return tree;
    try {
      tree = jsonc.parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
    } catch {
      // The syntax tree is recursive: text nested tens of thousands deep overflows the stack.
      // Locations are then unknown, which callers already handle.
      treeFailed = true;
    }
    return tree;
  };

  // The fast path: most documents are valid JSON, and JSON.parse is an order of magnitude faster
  // than building a syntax tree. The tree is built only when a location is asked for.
  let value: unknown;
  const errors: SyntaxIssue[] = [];
  try {
    value = JSON.parse(text);
  } catch {
    if (text.trim() === '') {
      const empty = { message: 'The document is empty', offset: 0, length: 0, line: 1, column: 1 };
      return {
        format: 'json',
        text,
        value: undefined,
        errors: [empty],
        sourceMap: emptySourceMap,
        lines,
      };
    }
    const raw: jsonc.ParseError[] = [];
    try {
      tree = jsonc.parseTree(text, raw, { disallowComments: true, allowTrailingComma: false });
    } catch {
      treeFailed = true;
      const tooDeep = {
        message: 'The document is nested too deeply to read',
        offset: 0,
        length: 0,
      };
      return {
        format: 'json',
        text,
        value: undefined,
        errors: [{ ...tooDeep, line: 1, column: 1 }],
        sourceMap: emptySourceMap,
        lines,
      };
    }
    value = tree ? jsonc.getNodeValue(tree) : undefined;
    for (const e of raw) {
      errors.push({
        message:
          JSON_ERROR_TEXT[jsonc.printParseErrorCode(e.error)] ?? jsonc.printParseErrorCode(e.error),
        offset: e.offset,
        length: e.length,
        ...lines.position(e.offset),
      });
    }
  }

  const sourceMap: SourceMap = {
    rangeOf(pointer) {
      const root = getTree();
      if (!root) return undefined;
      const path: (string | number)[] = [];
      let node: jsonc.Node = root;
      for (const segment of fromPointer(pointer)) {
        const next: jsonc.Node | undefined =
          node.type === 'array'
            ? node.children?.[Number(segment)]
            : node.type === 'object'
              ? lastMember(node, segment)?.children?.[1]
              : undefined;
        if (!next) break;
        node = next;
        path.push(segment);
      }
      const range: TextRange = {
        offset: node.offset,
        length: node.length,
        ...lines.position(node.offset),
      };
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      if (key) {
        range.keyOffset = key.offset;
        range.keyLength = key.length;
      }
      return range;
    },
    duplicateKeys() {
      const out: string[] = [];
      const root = getTree();
      if (root) collectDuplicateJsonKeys(root, '', out);
      return out;
    },
  };
  return { format: 'json', text, value, errors, sourceMap, lines };
}

const emptySourceMap: SourceMap = { rangeOf: () => undefined, duplicateKeys: () => [] };

/** JSON semantics: the last of duplicate keys wins, so the map points at the last one. */
function lastMember(node: jsonc.Node, key: string): jsonc.Node | undefined {
  const children = node.children ?? [];
  for (let i = children.length - 1; i >= 0; i--) {
    if (children[i].children?.[0]?.value === key) return children[i];
  }
  return undefined;
}

function collectDuplicateJsonKeys(node: jsonc.Node, pointer: string, out: string[]): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const key = String(prop.children?.[0]?.value);
      const childPointer = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
      if (seen.has(key)) out.push(childPointer);
      seen.add(key);
      const child = prop.children?.[1];
      if (child) collectDuplicateJsonKeys(child, childPointer, out);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) =>
      collectDuplicateJsonKeys(child, `${pointer}/${i}`, out),
    );
  }
}

function parseYaml(text: string): ParsedDocument {
  const lines = new LineIndex(text);
  const doc = YAML.parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true });
  const errors: SyntaxIssue[] = doc.errors.map((e) => {
    const offset = e.pos?.[0] ?? 0;
    return {
      message: e.message.split('\n')[0],
      offset,
      length: Math.max(0, (e.pos?.[1] ?? offset) - offset),
      ...lines.position(offset),
    };
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    errors.push({ message: (e as Error).message, offset: 0, length: 0, line: 1, column: 1 });
  }
  if (value === null && text.trim() === '') value = undefined;

  const sourceMap: SourceMap = {
    rangeOf(pointer) {
      let node: unknown = doc.contents;
      let keyNode: unknown;
      for (const segment of fromPointer(pointer)) {
        if (YAML.isSeq(node)) {
          const next = node.items[Number(segment)];
          if (!next) break;
          node = next;
          keyNode = undefined;
        } else if (YAML.isMap(node)) {
          const pair = [...node.items].reverse().find((p) => yamlKey(p.key) === segment);
          if (!pair || !pair.value) break;
          node = pair.value;
          keyNode = pair.key;
        } else break;
      }
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (!range) return undefined;
      const out: TextRange = {
        offset: range[0],
        length: range[1] - range[0],
        ...lines.position(range[0]),
      };
      const keyRange = (keyNode as { range?: [number, number, number] } | undefined)?.range;
      if (keyRange) {
        out.keyOffset = keyRange[0];
        out.keyLength = keyRange[1] - keyRange[0];
      }
      return out;
    },
    duplicateKeys() {
      const out: string[] = [];
      const walk = (node: unknown, pointer: string): void => {
        if (YAML.isMap(node)) {
          const seen = new Set<string>();
          for (const pair of node.items) {
            const key = yamlKey(pair.key);
            const child = pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
            if (seen.has(key)) out.push(child);
            seen.add(key);
            walk(pair.value, child);
          }
        } else if (YAML.isSeq(node)) node.items.forEach((item, i) => walk(item, `${pointer}/${i}`));
      };
      walk(doc.contents, '');
      return out;
    },
  };
  return { format: 'yaml', text, value, errors, sourceMap, lines };
}

function yamlKey(key: unknown): string {
  return YAML.isScalar(key) ? String(key.value) : String(key);
}
