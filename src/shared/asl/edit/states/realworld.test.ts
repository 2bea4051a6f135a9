import { describe, expect, it } from 'vitest';
import { parseDocument, type ParsedDocument } from '../../parse';
import { printYaml } from '../../print';
import { EditError } from '../editError';
import { applyTextEdits, type EditableDocument, type TextEdit } from '../textEdit';
import { realworldFiles, realworldSkipReason } from '../testCorpus';
import { allStateNames } from './names';
import { deleteState, insertStateAfter, renameState } from './operations';
import { statePointer } from './scope';
import { transitionsOf } from './via';

type Machine = { StartAt: string; States: Record<string, Record<string, unknown>> };
const files = realworldFiles();

/** Line numbers (0-based) an edit touches in the old text. */
function touchedLines(parsed: ParsedDocument, e: TextEdit): [number, number] {
  return [
    parsed.lines.position(e.offset).line - 1,
    parsed.lines.position(e.offset + e.length).line - 1,
  ];
}

/** Lines (0-based, inclusive) a pointer's text spans, optionally starting one line earlier. */
function linesOf(parsed: ParsedDocument, pointer: string, before = 0, after = 0): [number, number] {
  const r = parsed.sourceMap.rangeOf(pointer)!;
  const start = Math.min(r.keyOffset ?? r.offset, r.offset);
  return [
    parsed.lines.position(start).line - 1 - before,
    parsed.lines.position(r.offset + r.length).line - 1 + after,
  ];
}

function expectWithin(
  parsed: ParsedDocument,
  edits: TextEdit[],
  ranges: Array<[number, number]>,
  file: string,
): void {
  const allowed: Array<[number, number]> = [];
  for (const [x, y] of [...ranges].sort((p, q) => p[0] - q[0])) {
    const last = allowed.at(-1);
    if (last && x <= last[1] + 1) last[1] = Math.max(last[1], y);
    else allowed.push([x, y]);
  }
  for (const e of edits) {
    const [a, b] = touchedLines(parsed, e);
    const ok = allowed.some(([x, y]) => a >= x && b <= y);
    expect(ok, `${file}: edit on lines ${a + 1}-${b + 1} outside ${JSON.stringify(allowed)}`).toBe(
      true,
    );
  }
}

/** A top-level state that others lead to (not the start), when there is one. */
function targetState(m: Machine): string | undefined {
  const targets = new Set(
    Object.values(m.States).flatMap((s) => transitionsOf(s).map((t) => t.target)),
  );
  return Object.keys(m.States).find((n) => n !== m.StartAt && targets.has(n)) ?? m.StartAt;
}

describe.skipIf(files.length === 0)('state operations on every real-world definition', () => {
  if (files.length === 0) it.skip(realworldSkipReason, () => {});

  it('renameState touches only the key and the references, and the result parses', () => {
    for (const [file, text] of files) {
      const parsed = parseDocument(text, 'json');
      const m = parsed.value as Machine;
      const name = targetState(m)!;
      const r = renameState({ text, format: 'json' }, '', name, `${name} renamed`);
      expect(applyTextEdits(text, r.edits)).toBe(r.text);
      const quoted = JSON.stringify(name);
      for (const e of r.edits) {
        const lineStart = text.lastIndexOf('\n', e.offset - 1) + 1;
        const line = text.slice(lineStart, text.indexOf('\n', e.offset) >>> 0);
        const inName = [
          ...line.matchAll(new RegExp(quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
        ].some(
          (o) =>
            lineStart + o.index! <= e.offset &&
            e.offset + e.length <= lineStart + o.index! + quoted.length,
        );
        expect(inName, `${file}: edit at ${e.offset} is not inside ${quoted}`).toBe(true);
      }
      const v = parseDocument(r.text, 'json').value as Machine;
      expect(Object.keys(v.States), file).toEqual(
        Object.keys(m.States).map((n) => (n === name ? `${name} renamed` : n)),
      );
      const refs = Object.values(v.States).flatMap((s) => transitionsOf(s).map((t) => t.target));
      expect(refs.includes(name) || v.StartAt === name, file).toBe(false);
    }
  });

  it('deleteState edits only the state, its predecessors and StartAt, and leaves no reference', () => {
    let refused = 0;
    for (const [file, text] of files) {
      const parsed = parseDocument(text, 'json');
      const m = parsed.value as Machine;
      const name = targetState(m)!;
      let r;
      try {
        r = deleteState({ text, format: 'json' }, '', name);
      } catch (e) {
        expect(e, file).toBeInstanceOf(EditError);
        refused++;
        continue;
      }
      // Removing a member also removes the separator after its predecessor, blank lines between included.
      const keys = Object.keys(m.States);
      const previous = keys[keys.indexOf(name) - 1];
      const own = linesOf(parsed, statePointer('', name), 1, 1);
      if (previous !== undefined) own[0] = linesOf(parsed, statePointer('', previous))[1];
      const allowed = [own, linesOf(parsed, '/StartAt', 1, 1)];
      for (const [other, s] of Object.entries(m.States))
        if (transitionsOf(s).some((t) => t.target === name))
          allowed.push(linesOf(parsed, statePointer('', other)));
      expectWithin(parsed, r.edits, allowed, file);
      const v = parseDocument(r.text, 'json').value as Machine;
      expect(Object.keys(v.States).length, file).toBe(Object.keys(m.States).length - 1);
      const refs = Object.values(v.States).flatMap((s) => transitionsOf(s).map((t) => t.target));
      expect(refs.includes(name) || v.StartAt === name, file).toBe(false);
    }
    expect(refused).toBeLessThan(files.length / 10);
  });

  it('insertStateAfter edits only the source state and the line after it, where the new state goes', () => {
    for (const [file, text] of files) {
      const parsed = parseDocument(text, 'json');
      const m = parsed.value as Machine;
      const from = Object.keys(m.States).find(
        (n) => typeof m.States[n].Next === 'string' || m.States[n].End === true,
      );
      if (!from) continue;
      const r = insertStateAfter({ text, format: 'json' }, '', from, 'Inserted by test', {
        Type: 'Pass',
        End: true,
      });
      const last = Object.keys(m.States).at(-1)!;
      const statesEnd = linesOf(parsed, '/States');
      expectWithin(
        parsed,
        r.edits,
        [
          linesOf(parsed, statePointer('', from), 0, 1),
          [linesOf(parsed, statePointer('', last))[0], statesEnd[1]],
        ],
        file,
      );
      const v = parseDocument(r.text, 'json').value as Machine;
      expect(v.States[from].Next, file).toBe('Inserted by test');
      expect(allStateNames(v).size, file).toBe(allStateNames(m).size + 1);
    }
  });

  it('rename, delete and insert work on the YAML form too and keep its comments', () => {
    for (const [file, text] of files) {
      const m = parseDocument(text, 'json').value as Machine;
      const doc: EditableDocument = { text: `# ${file}\n${printYaml(m)}# end\n`, format: 'yaml' };
      const name = targetState(m)!;
      const renamed = renameState(doc, '', name, `${name} renamed`);
      const json = renameState({ text, format: 'json' }, '', name, `${name} renamed`);
      expect(renamed.value, file).toEqual(json.value);
      expect(parseDocument(renamed.text, 'yaml').value, file).toEqual(json.value);
      expect(renamed.text.startsWith(`# ${file}\n`) && renamed.text.endsWith('# end\n'), file).toBe(
        true,
      );
      try {
        const deleted = deleteState(doc, '', name);
        expect(deleted.value, file).toEqual(deleteState({ text, format: 'json' }, '', name).value);
        expect(parseDocument(deleted.text, 'yaml').value, file).toEqual(deleted.value);
      } catch (e) {
        expect(e, file).toBeInstanceOf(EditError);
      }
    }
  });
});
