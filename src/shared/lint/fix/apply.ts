import { applyTextEdits } from '../../asl/edit/textEdit';
import { parseDocument, type ParsedDocument, type TextFormat } from '../../asl/parse';
import { lintDefinition, type LintOptions } from '../engine';
import type { TextEdit } from '../types';

/** The result of fixing a text: the new text, how many fixes applied, and in how many rounds. */
export interface FixResult {
  text: string;
  applied: number;
  rounds: number;
}

/**
 * Applies the first quick fix of every finding, round after round, until nothing changes (or
 * `maxRounds`). Within a round, fixes whose edits overlap an earlier fix's wait for the next
 * round, when their pointers are recomputed against the new text. A text with syntax errors
 * is returned unchanged.
 */
export function fixText(
  text: string,
  format: TextFormat,
  options: LintOptions = {},
  maxRounds = 20,
): FixResult {
  let current = text;
  let applied = 0;
  for (let round = 1; round <= maxRounds; round++) {
    const doc = parseDocument(current, format);
    if (doc.errors.length > 0) return { text: current, applied, rounds: round - 1 };
    const chosen = collectEdits(doc, options);
    if (chosen.count === 0) return { text: current, applied, rounds: round - 1 };
    current = applyTextEdits(current, chosen.edits);
    applied += chosen.count;
  }
  return { text: current, applied, rounds: maxRounds };
}

function collectEdits(
  doc: ParsedDocument,
  options: LintOptions,
): { edits: TextEdit[]; count: number } {
  const taken: [number, number][] = [];
  const edits: TextEdit[] = [];
  let count = 0;
  // Edits that touch or overlap wait for the next round: two insertions at one offset would
  // otherwise land in an arbitrary order, and both fixes read the same old text.
  const overlaps = (e: TextEdit): boolean =>
    taken.some(([from, to]) => e.offset <= to && from <= e.offset + e.length);
  for (const finding of lintDefinition(doc.value, options)) {
    const fix = finding.fixes[0];
    if (!fix) continue;
    const fixEdits = fix.edits(doc);
    if (fixEdits.length === 0 || fixEdits.some(overlaps)) continue;
    for (const e of fixEdits) taken.push([e.offset, e.offset + e.length]);
    edits.push(...fixEdits);
    count++;
  }
  return { edits, count };
}
