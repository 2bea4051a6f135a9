import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchLines, textEditsBetween } from './lineDiff';
import { applyTextEdits } from './textEdit';

describe('textEditsBetween', () => {
  it('gives edits that turn one text into the other, for any texts', () => {
    const line = fc.constantFrom(
      '{',
      '}',
      '  "a": 1,',
      '  "b": [',
      '',
      'x: y',
      '  - z',
      '"long line with words and, punctuation: here"',
    );
    const text = fc.array(line, { maxLength: 30 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const edits = textEditsBetween(a, b);
        expect(applyTextEdits(a, edits)).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact on long texts with many scattered changes (the unique-line anchors path)', () => {
    const base = Array.from({ length: 600 }, (_, i) =>
      i % 7 === 0 ? '  },' : `  "line ${i}": ${i},`,
    );
    const change = fc.array(fc.tuple(fc.nat(599), fc.constantFrom('drop', 'edit', 'add', 'dup')), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(change, (changes) => {
        const lines = [...base];
        for (const [at, what] of changes) {
          const i = Math.min(at, lines.length - 1);
          if (what === 'drop') lines.splice(i, 1);
          else if (what === 'edit') lines[i] = lines[i] + ' // edited';
          else if (what === 'add') lines.splice(i, 0, `  "new ${at}": true,`);
          else lines.splice(i, 0, '  },');
        }
        const a = base.join('\n');
        const b = lines.join('\n');
        expect(applyTextEdits(a, textEditsBetween(a, b))).toBe(b);
      }),
      { numRuns: 100 },
    );
    const a = base.join('\n');
    const b = base.map((l, i) => (i % 10 === 1 ? l.replace(': ', ':  ') : l)).join('\n');
    expect(textEditsBetween(a, b)).toHaveLength(51); // every changed line is its own edit
  });

  it('touches only the changed characters', () => {
    const a = '{\n  "A": 1,\n  "B": 2,\n  "C": 3\n}\n';
    expect(textEditsBetween(a, a.replace('"B": 2', '"B": 20'))).toEqual([
      { offset: a.indexOf('2,') + 1, length: 0, newText: '0' },
    ]);
    expect(textEditsBetween(a, a)).toEqual([]);
  });

  it('splits a long one-line change into word-level edits', () => {
    const a =
      '{"StartAt":"Get quotes","States":{"Get quotes":{"Type":"Pass","Next":"Other step with a long name"},"Other step with a long name":{"Type":"Pass","End":true}}}';
    const b = a.replaceAll('Get quotes', 'Fetch quotes');
    const edits = textEditsBetween(a, b);
    expect(edits).toHaveLength(2);
    expect(applyTextEdits(a, edits)).toBe(b);
  });

  it('matches lines as a longest common subsequence', () => {
    expect(matchLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
    ]);
  });
});
