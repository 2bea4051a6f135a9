import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertText } from './convert';

const JSON_TEXT = `{
  "StartAt": "A",
  "States": { "A": { "Type": "Pass", "Result": { "n": 1 }, "End": true } }
}
`;

describe('convertText', () => {
  it('writes JSON as YAML with the same value', () => {
    const r = convertText(JSON_TEXT, 'json', 'yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.trimStart().startsWith('{')).toBe(false);
    expect(parse(r.text)).toEqual(JSON.parse(JSON_TEXT));
    expect(r.droppedComments).toBe(false);
  });

  it('writes YAML as JSON and says when comments are lost', () => {
    const withComment = 'StartAt: A # first\nStates:\n  A:\n    Type: Succeed\n';
    const r = convertText(withComment, 'yaml', 'json');
    expect(r).toMatchObject({ ok: true, droppedComments: true });
    if (r.ok)
      expect(JSON.parse(r.text)).toEqual({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
    const plain = convertText('StartAt: A\nStates: {}\n', 'yaml', 'json');
    expect(plain).toMatchObject({ ok: true, droppedComments: false });
    const above = convertText('# about\nStartAt: A\nStates: {}\n', 'yaml', 'json');
    expect(above).toMatchObject({ ok: true, droppedComments: true });
  });

  it('refuses broken text, saying where it breaks', () => {
    const r = convertText('{\n  "StartAt": "A",\n  "States": {\n}\n', 'json', 'yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.line).toBeGreaterThan(0);
  });

  it('leaves text alone when the format does not change', () => {
    expect(convertText('StartAt: A # keep\n', 'yaml', 'yaml')).toEqual({
      ok: true,
      text: 'StartAt: A # keep\n',
      droppedComments: false,
    });
  });
});
