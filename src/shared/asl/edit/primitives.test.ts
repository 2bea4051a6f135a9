import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse';
import { printYaml } from '../print';
import { EditError } from './editError';
import { editDocument, insertArrayItem, removeValue, renameKey, setValue } from './primitives';
import { applyTextEdits, type EditableDocument } from './textEdit';
import { realworldFiles, realworldSkipReason } from './testCorpus';

const json = (text: string): EditableDocument => ({ text, format: 'json' });
const yaml = (text: string): EditableDocument => ({ text, format: 'yaml' });

const TABBED =
  '{\n\t"StartAt": "A",\n\t"States": {\n\t\t"A": {\n\t\t\t"Type": "Pass",\n\t\t\t"End": true\n\t\t}\n\t}\n}';
const YAML_DOC = [
  '# The machine',
  'StartAt: A',
  'States:',
  '  A:',
  '    Type: Pass # a pass',
  "    Result: 'x'",
  '    End: true',
  '  # B decides',
  '  B:',
  '    Type: Choice',
  '    Choices:',
  '    - Variable: $.x',
  '      Next: A',
  '',
].join('\n');

describe('setValue', () => {
  it('adds a key at the end of its object in the document’s own indentation (JSON, tabs)', () => {
    const r = setValue(json(TABBED), '/States/A/Comment', 'hi');
    expect(r.text).toContain('\t\t\t"End": true,\n\t\t\t"Comment": "hi"\n');
    expect(applyTextEdits(TABBED, r.edits)).toBe(r.text);
    expect(r.value).toEqual({
      StartAt: 'A',
      States: { A: { Type: 'Pass', End: true, Comment: 'hi' } },
    });
  });

  it('adds to an object or array written on one line in its own spacing, on that line', () => {
    const text = '{\n  "A": { "Type": "Pass", "End": true },\n  "E": {"ErrorEquals":["X"]}\n}\n';
    expect(setValue(json(text), '/A/Next', 'B').text).toBe(
      text.replace('"End": true }', '"End": true, "Next": "B" }'),
    );
    expect(insertArrayItem(json(text), '/E/ErrorEquals', 1, 'Y').text).toBe(
      text.replace('["X"]', '["X", "Y"]'),
    );
    expect(insertArrayItem(json(text), '/E/ErrorEquals', 0, 'Y').text).toBe(
      text.replace('["X"]', '["Y", "X"]'),
    );
    expect(setValue(json(text), '/A/Result', { a: [1, 2] }).text).toContain(
      '"End": true, "Result": {"a": [1, 2]} }',
    );
    expect(setValue(json(text), '/A/End', { x: 1 }).value).toEqual({
      A: { Type: 'Pass', End: { x: 1 } },
      E: { ErrorEquals: ['X'] },
    });
  });

  it('creates missing parents', () => {
    const r = setValue(json('{"a": {}}'), '/a/b/c', 1);
    expect(r.value).toEqual({ a: { b: { c: 1 } } });
    const y = setValue(yaml(YAML_DOC), '/States/A/Parameters/x', 2);
    expect((y.value as { States: { A: { Parameters: unknown } } }).States.A.Parameters).toEqual({
      x: 2,
    });
  });

  it('changes only what differs when an object replaces an object', () => {
    const text = '{\n  "A": {"Type":"Pass",   "End":true},\n  "B": 1\n}';
    const r = setValue(json(text), '/A', { Type: 'Pass', End: true, Comment: 'c' });
    expect(r.text.split('\n')[0]).toBe('{');
    expect(r.text).toContain('"B": 1');
    expect(parseDocument(r.text).value).toEqual({
      A: { Type: 'Pass', End: true, Comment: 'c' },
      B: 1,
    });
    expect(setValue(json(text), '/A', { Type: 'Pass', End: true }).edits).toEqual([]);
  });

  it('keeps YAML comments and quoting, and edits only the changed line', () => {
    const r = setValue(yaml(YAML_DOC), '/States/A/Result', 'y');
    expect(r.text).toBe(YAML_DOC.replace("Result: 'x'", "Result: 'y'"));
    expect(r.edits).toEqual([{ offset: YAML_DOC.indexOf("'x'") + 1, length: 1, newText: 'y' }]);
  });

  it('writes a string that gains a line break as a block, not a folded plain scalar', () => {
    const r = setValue(yaml('a: plain # note\nb: 1\n'), '/a', 'line one\nline two');
    expect(r.value).toEqual({ a: 'line one\nline two', b: 1 });
    expect(r.text).toContain('|');
  });

  it('quotes a YAML string that would otherwise read as another type', () => {
    const r = setValue(yaml('a: plain\n'), '/a', 'true');
    expect(r.value).toEqual({ a: 'true' });
    expect(parseDocument(r.text, 'yaml').value).toEqual({ a: 'true' });
  });

  it('refuses a path through a scalar and a document with a syntax error, with the place', () => {
    expect(() => setValue(json('{"a": 1}'), '/a/b', 1)).toThrow(EditError);
    expect(() => setValue(json('{"a": 1,\n}'), '/a', 2)).toThrow(/line 2, column 1/);
    expect(() => setValue(yaml('a: [1\n'), '/a', 2)).toThrow(/YAML cannot be edited/);
    expect(() => setValue(json('{"a": [1]}'), '/a/3', 2)).toThrow(/No item 3/);
  });
});

describe('EditSession.addMember', () => {
  it('places a new member after a sibling, first, or last (JSON and YAML)', () => {
    for (const doc of [
      json('{\n  "a": 1,\n  "c": 3\n}\n'),
      yaml('# top\na: 1\n# c is last\nc: 3\n'),
    ]) {
      const after = editDocument(doc, (s) => s.addMember('', 'b', 2, 'a'));
      expect(Object.keys(after.value as object)).toEqual(['a', 'b', 'c']);
      expect(Object.keys(parseDocument(after.text, doc.format).value as object)).toEqual([
        'a',
        'b',
        'c',
      ]);
      const first = editDocument(doc, (s) => s.addMember('', 'z', 0, null));
      expect(Object.keys(parseDocument(first.text, doc.format).value as object)).toEqual([
        'z',
        'a',
        'c',
      ]);
      const last = editDocument(doc, (s) => s.addMember('', 'z', 0, 'missing'));
      expect(Object.keys(parseDocument(last.text, doc.format).value as object)).toEqual([
        'a',
        'c',
        'z',
      ]);
      expect(() => editDocument(doc, (s) => s.addMember('', 'a', 0, null))).toThrow(
        /already exists/,
      );
      if (doc.format === 'yaml') expect(after.text).toBe('# top\na: 1\nb: 2\n# c is last\nc: 3\n');
    }
  });
});

describe('removeValue, insertArrayItem, renameKey', () => {
  it('removes members and items (JSON and YAML)', () => {
    expect(removeValue(json(TABBED), '/States/A/End').value).toEqual({
      StartAt: 'A',
      States: { A: { Type: 'Pass' } },
    });
    const y = removeValue(yaml(YAML_DOC), '/States/A/Result');
    expect(y.text).toBe(YAML_DOC.replace("    Result: 'x'\n", ''));
    expect(() => removeValue(json('{}'), '/x')).toThrow(EditError);
  });

  it('removes the last item of a compact array cleanly (where jsonc-parser cuts too much)', () => {
    expect(removeValue(json('[[],false]'), '/1').text).toBe('[[]]');
    expect(removeValue(json('{"e": ["A", "B"]}'), '/e/1').text).toBe('{"e": ["A"]}');
    expect(removeValue(json('{"e": ["A", "B"]}'), '/e/0').text).toBe('{"e": ["B"]}');
    expect(removeValue(json('{"e": [ "A" ]}'), '/e/0').text).toBe('{"e": []}');
    expect(removeValue(json('[\n  1,\n  2\n]'), '/1').text).toBe('[\n  1\n]');
  });

  it('inserts array items at an index, appends, and creates a missing array', () => {
    const text = '{\n  "a": [\n    1,\n    3\n  ]\n}';
    expect(insertArrayItem(json(text), '/a', 1, 2).value).toEqual({ a: [1, 2, 3] });
    expect(insertArrayItem(json(text), '/a', 2, 4).value).toEqual({ a: [1, 3, 4] });
    expect(insertArrayItem(json(text), '/b', 0, 'x').value).toEqual({ a: [1, 3], b: ['x'] });
    expect(() => insertArrayItem(json(text), '/a', 5, 4)).toThrow(/outside/);
    const y = insertArrayItem(yaml(YAML_DOC), '/States/B/Choices', 0, {
      Variable: '$.y',
      IsPresent: true,
      Next: 'A',
    });
    expect(y.text.startsWith(YAML_DOC.slice(0, YAML_DOC.indexOf('    - Variable: $.x')))).toBe(
      true,
    );
    expect(y.text).toContain('# B decides');
    expect((y.value as { States: { B: { Choices: unknown[] } } }).States.B.Choices).toHaveLength(2);
  });

  it('renames a key in place, touching only the key', () => {
    const r = renameKey(json(TABBED), '/States/A', 'First');
    expect(r.edits).toEqual([
      { offset: TABBED.indexOf('"A": {') + 1, length: 1, newText: 'First' },
    ]);
    const y = renameKey(yaml(YAML_DOC), '/States/B', 'Decide');
    expect(y.text).toBe(YAML_DOC.replace('  B:', '  Decide:'));
    expect(() => renameKey(json(TABBED), '/States/A', 'A')).not.toThrow();
    expect(() => renameKey(json('{"a":1,"b":2}'), '/a', 'b')).toThrow(/already exists/);
  });
});

/** Asserts every edit lies inside the lines of the text between `from` and `to` (offsets). */
function expectEditsWithin(
  text: string,
  edits: { offset: number; length: number }[],
  from: number,
  to: number,
): void {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const nextBreak = text.indexOf('\n', to);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak + 1;
  for (const e of edits) {
    expect(e.offset).toBeGreaterThanOrEqual(lineStart);
    expect(e.offset + e.length).toBeLessThanOrEqual(lineEnd);
  }
}

describe.skipIf(realworldFiles().length === 0)('on every real-world definition', () => {
  const files = realworldFiles();
  if (files.length === 0) it.skip(realworldSkipReason, () => {});

  it('setValue on one state keeps every line outside that state byte-identical (JSON)', () => {
    for (const [name, text] of files) {
      const parsed = parseDocument(text, 'json');
      const value = parsed.value as { States: Record<string, Record<string, unknown>> };
      const stateName = Object.keys(value.States)[0];
      const pointer = `/States/${stateName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const r = setValue(json(text), `${pointer}/Comment`, 'Edited by ASL Studio');
      const range = parsed.sourceMap.rangeOf(pointer)!;
      expectEditsWithin(text, r.edits, range.offset, range.offset + range.length);
      expect(applyTextEdits(text, r.edits), name).toBe(r.text);
      const expected = structuredClone(value);
      expected.States[stateName].Comment = 'Edited by ASL Studio';
      expect(parseDocument(r.text, 'json').value, name).toEqual(expected);
    }
  });

  it('setValue keeps comments and every untouched line of the YAML form', () => {
    for (const [name, text] of files) {
      const value = parseDocument(text, 'json').value as {
        States: Record<string, Record<string, unknown>>;
      };
      const source = '# converted from ' + name + '\n' + printYaml(value);
      const stateName = Object.keys(value.States).at(-1)!;
      const pointer = `/States/${stateName.replace(/~/g, '~0').replace(/\//g, '~1')}/Comment`;
      const r = setValue(yaml(source), pointer, 'Edited');
      expect(r.text.startsWith('# converted from ' + name + '\n'), name).toBe(true);
      const range = parseDocument(source, 'yaml').sourceMap.rangeOf(pointer)!;
      expectEditsWithin(source, r.edits, range.offset, range.offset + range.length);
      const expected = structuredClone(value);
      expected.States[stateName].Comment = 'Edited';
      expect(parseDocument(r.text, 'yaml').value, name).toEqual(expected);
    }
  });
});

describe('adding to a multi-line object whose members hold one-line values', () => {
  const CATCHER = `{
  "Catch": [
    {
      "ErrorEquals": ["States.ALL"],
      "Next": "Handle"
    }
  ],
  "Choices": [{ "Variable": "$.x", "BooleanEquals": true, "Next": "A" }]
}
`;

  it('puts the new member on its own line and leaves the one-line values as they are', () => {
    const r = editDocument(json(CATCHER), (s) => {
      s.set('/Catch/0/ResultPath', '$.error');
      s.set('/Default', 'B');
      s.set('/Retry', [{ ErrorEquals: ['States.ALL'], MaxAttempts: 0 }]);
    });
    expect(r.text).toBe(`{
  "Catch": [
    {
      "ErrorEquals": ["States.ALL"],
      "Next": "Handle",
      "ResultPath": "$.error"
    }
  ],
  "Choices": [{ "Variable": "$.x", "BooleanEquals": true, "Next": "A" }],
  "Default": "B",
  "Retry": [
    {
      "ErrorEquals": [
        "States.ALL"
      ],
      "MaxAttempts": 0
    }
  ]
}
`);
  });

  it('inserts after the member it follows, before blank lines', () => {
    const text = '{\n  "A": 1,\n\n  "C": 3\n}\n';
    const r = editDocument(json(text), (s) => s.addMember('', 'B', 2, 'A'));
    expect(r.text).toBe('{\n  "A": 1,\n  "B": 2,\n\n  "C": 3\n}\n');
  });
});
