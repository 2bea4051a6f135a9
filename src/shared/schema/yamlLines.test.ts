import { describe, expect, it } from 'vitest';
import { lineShape, scalarValue, valueIsBlank, valueIsBlockScalar } from './yamlLines';

describe('lineShape', () => {
  it('reads indentation, sequence markers and the key', () => {
    expect(lineShape('    Type: Task # the call')).toEqual({
      blank: false,
      indent: 4,
      dashes: [],
      content: 4,
      hasContent: true,
      key: 'Type',
      keyEnd: 8,
      value: ' Task # the call',
    });
    const item = lineShape('  - - ErrorEquals: [States.ALL]');
    expect(item).toMatchObject({ indent: 2, dashes: [2, 4], content: 6, key: 'ErrorEquals' });
  });

  it('reads quoted keys and keys holding colons', () => {
    expect(lineShape('  "Bucket.$": $.b')).toMatchObject({ key: 'Bucket.$', keyEnd: 12 });
    expect(lineShape("  'it''s': 1")).toMatchObject({ key: "it's", keyEnd: 9 });
    expect(lineShape('arn:aws:x: y')).toMatchObject({ key: 'arn:aws:x', value: ' y' });
    expect(lineShape('Resource:')).toMatchObject({ key: 'Resource', value: '' });
  });

  it('has no key for a half-typed word, a scalar item or a lone marker', () => {
    expect(lineShape('    Com')).toMatchObject({ content: 4, hasContent: true });
    expect(lineShape('    Com').key).toBeUndefined();
    expect(lineShape('  - States.ALL').key).toBeUndefined();
    expect(lineShape('  -')).toMatchObject({ blank: false, dashes: [2], hasContent: false });
    expect(lineShape('url: http://x').key).toBe('url');
  });

  it('counts comments, blank lines and document markers as blank', () => {
    for (const text of ['', '   ', '  # note', '---', '...'])
      expect(lineShape(text).blank).toBe(true);
  });
});

describe('values after a key', () => {
  it('reads scalars with YAML rules', () => {
    expect(scalarValue(' Task # the payment call')).toBe('Task');
    expect(scalarValue(' "Choice"')).toBe('Choice');
    expect(scalarValue(" 'Map'")).toBe('Map');
    expect(scalarValue(' 30')).toBe('30');
    expect(scalarValue(' true')).toBe('true');
  });

  it('knows nothing of blocks, block scalars, collections or half-typed quotes', () => {
    for (const value of ['', '  # c', ' |', ' >-', ' [a, b]', ' {a: 1}', ' "Ta'])
      expect(scalarValue(value), value).toBeUndefined();
    expect(valueIsBlank('  # c')).toBe(true);
    expect(valueIsBlank(' x')).toBe(false);
    expect(valueIsBlockScalar(' |+2 # text')).toBe(true);
    expect(valueIsBlockScalar(' >')).toBe(true);
    expect(valueIsBlockScalar(' |x')).toBe(false);
  });
});
