import * as YAML from 'yaml';
import { parseDocument, type TextFormat } from './parse';
import { printDocument } from './print';

/** A definition's text in another format, or why it cannot be converted. */
export type Conversion =
  | { ok: true; text: string; droppedComments: boolean }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * Rewrites a definition's text in another format (JSON to YAML or back), as the same value.
 * Broken text is not converted: what it means is not known. YAML comments have no place in
 * JSON; `droppedComments` says when some are lost, so the caller can ask first.
 */
export function convertText(text: string, from: TextFormat, to: TextFormat): Conversion {
  if (from === to) return { ok: true, text, droppedComments: false };
  const parsed = parseDocument(text, from);
  const first = parsed.errors[0];
  if (first || parsed.value === undefined)
    return {
      ok: false,
      message: first ? first.message : 'The document is empty',
      line: first?.line,
      column: first?.column,
    };
  return {
    ok: true,
    text: printDocument(parsed.value, to),
    droppedComments: from === 'yaml' && hasYamlComments(text),
  };
}

function hasYamlComments(text: string): boolean {
  const doc = YAML.parseDocument(text);
  if (doc.commentBefore || doc.comment) return true;
  let found = false;
  YAML.visit(doc, (_key, node) => {
    if (YAML.isNode(node) && (node.commentBefore || node.comment)) {
      found = true;
      return YAML.visit.BREAK;
    }
    if (YAML.isPair(node)) {
      const key = node.key;
      if (YAML.isNode(key) && (key.commentBefore || key.comment)) {
        found = true;
        return YAML.visit.BREAK;
      }
    }
    return undefined;
  });
  return found;
}
