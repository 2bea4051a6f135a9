import { describe, expect, it } from 'vitest';
import { parseDocument, detectFormat } from './parse';

describe('parseDocument (JSON)', () => {
  it('parses valid JSON and maps pointers to their text', () => {
    const text =
      '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "End": true }\n  }\n}';
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect(doc.value).toEqual({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    const r = doc.sourceMap.rangeOf('/States/A/Type');
    expect(r).toMatchObject({ line: 4, column: 20 });
    expect(text.slice(r!.offset, r!.offset + r!.length)).toBe('"Pass"');
    expect(text.slice(r!.keyOffset!, r!.keyOffset! + r!.keyLength!)).toBe('"Type"');
  });

  it('falls back to the nearest ancestor for a missing pointer', () => {
    const doc = parseDocument('{"States": {"A": {}}}');
    expect(doc.sourceMap.rangeOf('/States/A/Next')).toMatchObject({
      offset: 17,
      line: 1,
      column: 18,
    });
  });

  it('reports syntax errors with line and column and keeps what it could read', () => {
    const doc = parseDocument('{\n  "StartAt": "A",\n  "States": {\n}');
    expect(doc.errors.length).toBeGreaterThan(0);
    expect(doc.errors[0].line).toBeGreaterThanOrEqual(4);
    expect((doc.value as { StartAt: string }).StartAt).toBe('A');
  });

  it('rejects comments and reports duplicate keys', () => {
    expect(parseDocument('{ /* c */ "a": 1 }').errors[0].message).toMatch(/Comments/);
    expect(parseDocument('{"a": 1, "b": {"x": 1, "x": 2}}').sourceMap.duplicateKeys()).toEqual([
      '/b/x',
    ]);
  });

  it('reports an empty document', () => {
    expect(parseDocument('   ').errors[0].message).toMatch(/empty/);
  });
});

describe('parseDocument (YAML)', () => {
  it('parses YAML and maps pointers', () => {
    const text = 'StartAt: A\n# a comment\nStates:\n  A:\n    Type: Pass\n    End: true\n';
    const doc = parseDocument(text, detectFormat(text));
    expect(doc.format).toBe('yaml');
    expect(doc.errors).toEqual([]);
    expect(doc.value).toEqual({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    expect(doc.sourceMap.rangeOf('/States/A/Type')).toMatchObject({ line: 5, column: 11 });
  });

  it('reports YAML errors with a location', () => {
    const doc = parseDocument('StartAt: A\nStates:\n  A: [1, 2\n', 'yaml');
    expect(doc.errors.length).toBeGreaterThan(0);
    expect(doc.errors[0].line).toBeGreaterThanOrEqual(3);
  });
});

describe('parseDocument on absurdly deep text', () => {
  it('reports broken text nested 200,000 deep instead of overflowing the stack', () => {
    const doc = parseDocument('['.repeat(200_000));
    expect(doc.errors.length).toBeGreaterThan(0);
  });

  it('reads valid text nested 200,000 deep and gives no location rather than throwing', () => {
    const doc = parseDocument('['.repeat(200_000) + ']'.repeat(200_000));
    expect(doc.errors).toEqual([]);
    expect(() => doc.sourceMap.rangeOf('/0/0')).not.toThrow();
  });
});
