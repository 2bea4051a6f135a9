import { detectFormat, parseDocument, type ParsedDocument, type TextFormat } from '../asl/parse';
import type { Diagnostic } from './diagnostic';
import { CODES } from './codes';
import type { ValidateOptions } from './context';
import { validateDefinition } from './validate-definition';
import { MAX_TEXT_DEPTH } from './text-depth';
import { LineIndex } from '../asl/lines';
import { rememberScan, scanText } from '../asl/textScan';
import { pointerRanges } from '../asl/locate';

/** Options of validateText. */
export interface ValidateTextOptions extends ValidateOptions {
  format?: TextFormat;
  fileName?: string;
}

/**
 * Parses and validates a definition's text: syntax errors become INVALID_JSON_DESCRIPTION (and
 * nothing else is checked), empty text MISSING_DESCRIPTION, duplicate
 * keys are reported (a duplicate state name as DUPLICATE_STATE_NAME), and every diagnostic gets a
 * line and column from the source map, sorted by position.
 */
export function validateText(
  text: string,
  options: ValidateTextOptions = {},
): { parsed: ParsedDocument; diagnostics: Diagnostic[] } {
  const format = options.format ?? detectFormat(text, options.fileName);
  // One scan finds both how deep the text nests and how many members its objects have.
  const scan = scanText(text, MAX_TEXT_DEPTH);
  if (scan.tooDeepAt >= 0) return refuseTooDeep(text, format, scan.tooDeepAt);
  const parsed = parseDocument(text, format);
  // Whoever locates pointers in the same text next (the linter) reuses the scan.
  if (format === 'json') rememberScan(parsed, scan);
  const empty = text.trim() === '';
  const diagnostics: Diagnostic[] = parsed.errors.map((e) => ({
    severity: 'ERROR',
    code: empty ? CODES.MISSING_DESCRIPTION : CODES.INVALID_JSON_DESCRIPTION,
    message: e.message,
    location: '',
    line: e.line,
    column: e.column,
    source: 'syntax',
  }));
  // As AWS does, a definition that does not parse gets its syntax errors only: checking the
  // parser's partial recovery would report fields the user is in the middle of typing.
  if (parsed.errors.length > 0) return { parsed, diagnostics: sortByPosition(diagnostics) };
  // Valid JSON holds no newline inside a string: the scan met every one.
  if (format === 'json') parsed.lines.adopt(scan.lineStarts, scan.lines);
  const found = validateDefinition(parsed.value, options);
  for (const pointer of duplicateKeys(parsed, scan.members)) {
    const segments = pointer.split('/');
    const isState = segments[segments.length - 2] === 'States';
    const name = segments[segments.length - 1].replace(/~1/g, '/').replace(/~0/g, '~');
    found.push({
      severity: 'ERROR',
      code: isState ? CODES.DUPLICATE_STATE_NAME : CODES.SCHEMA_VALIDATION_FAILED,
      message: isState
        ? `Duplicate State name: '${name}' is defined twice in the same States object`
        : `Field '${name}' is given twice in the same object`,
      location: pointer,
      stateName: isState ? name : undefined,
      source: 'validate',
    });
  }
  const rangeOf = pointerRanges(
    parsed,
    found.map((d) => d.location),
  );
  for (const d of found) {
    const range = rangeOf(d.location);
    if (range) {
      // Point at the key when there is one: that is where an editor should put the marker.
      const offset = range.keyOffset ?? range.offset;
      const start = parsed.lines.position(offset);
      const end = parsed.lines.position(range.offset + range.length);
      d.line = start.line;
      d.column = start.column;
      d.endLine = end.line;
      d.endColumn = end.column;
    } else {
      d.line = 1;
      d.column = 1;
    }
    diagnostics.push(d);
  }
  return { parsed, diagnostics: sortByPosition(diagnostics) };
}

/**
 * Duplicate keys, found without building a syntax tree for clean JSON: the number of members in
 * the text (counted by scanText) is compared with the number in the parsed value, and the tree is built only when they
 * differ. YAML documents already hold their tree.
 */
function duplicateKeys(parsed: ParsedDocument, textMembers: number): string[] {
  if (
    parsed.format === 'json' &&
    parsed.errors.length === 0 &&
    textMembers === countValueMembers(parsed.value)
  )
    return [];
  return parsed.sourceMap.duplicateKeys();
}

function countValueMembers(value: unknown): number {
  let count = 0;
  // Only containers go on the stack: most values are strings and numbers.
  const stack: object[] = value !== null && typeof value === 'object' ? [value] : [];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
    } else
      for (const key in node) {
        count++;
        const child = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
  }
  return count;
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** A document nested beyond any real definition: reported without parsing it at all. */
function refuseTooDeep(
  text: string,
  format: TextFormat,
  offset: number,
): { parsed: ParsedDocument; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  const parsed: ParsedDocument = {
    format,
    text,
    value: undefined,
    errors: [],
    sourceMap: { rangeOf: () => undefined, duplicateKeys: () => [] },
    lines,
  };
  const diagnostic: Diagnostic = {
    severity: 'ERROR',
    code: CODES.TOO_DEEPLY_NESTED,
    message: `The document nests more than ${MAX_TEXT_DEPTH} levels deep`,
    location: '',
    ...lines.position(offset),
    source: 'validate',
  };
  return { parsed, diagnostics: [diagnostic] };
}
