import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yamlKeyAt, yamlSlot } from './yamlPath';

/** Splits a document with `‸` marking the cursor into lines and a 1-based position. */
function at(marked: string): { lines: string[]; line: number; column: number } {
  const lines = marked.split('\n');
  const line = lines.findIndex((l) => l.includes('‸'));
  const column = lines[line].indexOf('‸') + 1;
  lines[line] = lines[line].replace('‸', '');
  return { lines, line: line + 1, column };
}

function slot(marked: string) {
  const { lines, line, column } = at(marked);
  return yamlSlot(lines, line, column);
}

const ORDER = `# Order workflow
Comment: Takes an order
StartAt: Validate
States:
  Validate:
    Type: Pass
    Next: Charge
  Charge:
    Type: Task # the payment call
    Resource: arn:aws:states:::lambda:invoke
    Com‸
    Parameters:
      FunctionName: charge-card
    Next: Ship
  Ship:
    Type: Succeed
`;

describe('yamlSlot: keys', () => {
  it("finds a half-typed key's mapping, its keys and its Type from the lines above and below", () => {
    expect(slot(ORDER)).toEqual({
      kind: 'key',
      prefix: 'Com',
      start: 5,
      indent: 4,
      path: ['States', 'Charge'],
      known: [
        { Comment: 'Takes an order', StartAt: 'Validate' },
        {},
        { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Ship' },
      ],
      existing: ['Resource', 'Type', 'Parameters', 'Next'],
    });
  });

  it('works where the document as a whole does not parse', () => {
    const broken = `StartAt: A
States:
  A:
    Type: Task
    Resource: "unclosed
    Parameters: {a: [
    ‸
  B: [
`;
    expect(parseDocument(broken.replace('‸', '')).errors.length).toBeGreaterThan(0);
    expect(slot(broken)).toMatchObject({ kind: 'key', prefix: '', path: ['States', 'A'] });
  });

  it('takes the indentation of a blank line from the cursor', () => {
    const text = `States:
  A:
    Type: Pass
‸
`;
    expect(slot(text)).toMatchObject({ path: [], existing: ['States'] });
    const deeper = text.replace('‸', '    ‸');
    expect(slot(deeper)).toMatchObject({
      path: ['States', 'A'],
      known: [{}, {}, { Type: 'Pass' }],
    });
    expect(slot(text.replace('‸', '  ‸'))).toMatchObject({ path: ['States'] });
  });

  it('counts sequence items, indented or compact', () => {
    const indented = `States:
  A:
    Type: Task
    Retry:
      - ErrorEquals: [States.Timeout]
        MaxAttempts: 2
      - ErrorEquals: [States.ALL]
        Jit‸
`;
    expect(slot(indented)).toMatchObject({
      path: ['States', 'A', 'Retry', 1],
      existing: ['ErrorEquals'],
      known: [{}, {}, { Type: 'Task' }, {}, {}],
    });
    const compact = `States:
  A:
    Type: Task
    Catch:
    - ErrorEquals: [States.ALL]
      Next: B
    - ‸
`;
    expect(slot(compact)).toMatchObject({
      prefix: '',
      indent: 6,
      path: ['States', 'A', 'Catch', 1],
      existing: [],
    });
  });

  it('follows nested machines and sequences of sequences', () => {
    const text = `States:
  P:
    Type: Parallel
    Branches:
      - StartAt: X
        States:
          X:
            Type: Pass
            End: true
      - StartAt: Y
        States:
          Y:
            Type: Wait
            Sec‸
`;
    expect(slot(text)).toMatchObject({
      path: ['States', 'P', 'Branches', 1, 'States', 'Y'],
      known: [{}, {}, { Type: 'Parallel' }, {}, { StartAt: 'Y' }, {}, { Type: 'Wait' }],
    });
    expect(slot('Matrix:\n  - - a: 1\n    - b‸')).toMatchObject({ path: ['Matrix', 0, 1] });
    expect(slot('Items:\n  -\n    Name: a\n    V‸')).toMatchObject({
      path: ['Items', 0],
      existing: ['Name'],
    });
  });

  it('gives nothing inside a block scalar or under a top-level sequence', () => {
    expect(slot('Comment: |\n  some text\n  mo‸')).toBeUndefined();
    expect(slot('- a: 1\n  b‸')).toBeUndefined();
  });
});

describe('yamlSlot: values', () => {
  it("gives the key whose value is typed, the prefix and the state's other keys", () => {
    expect(
      slot(`States:
  A:
    Comment: x
    Type: Ta‸
    End: true
`),
    ).toEqual({
      kind: 'value',
      key: 'Type',
      prefix: 'Ta',
      start: 11,
      quoted: false,
      needsSpace: false,
      path: ['States', 'A'],
      known: [{}, {}, { Comment: 'x', End: 'true' }],
      existing: ['Comment', 'End'],
    });
  });

  it('notes an opening quote and a missing space', () => {
    expect(slot('QueryLanguage: "JS‸')).toMatchObject({ prefix: 'JS', quoted: true, start: 17 });
    expect(slot('QueryLanguage:‸')).toMatchObject({ prefix: '', needsSpace: true });
    expect(slot('  - Mode: D‸')).toBeUndefined();
    expect(slot('Retry:\n  - JitterStrategy: F‸')).toMatchObject({
      key: 'JitterStrategy',
      path: ['Retry', 0],
    });
  });

  it('gives nothing before the colon or in a flow collection', () => {
    expect(slot('Typ‸e: Task')).toBeUndefined();
    expect(slot('Items: [a, b‸')).toBeUndefined();
  });
});

describe('yamlKeyAt', () => {
  const { lines } = at(ORDER);

  it('finds the key under the pointer and its mapping', () => {
    expect(yamlKeyAt(lines, 3, 1)).toMatchObject({ key: 'StartAt', start: 1, end: 8, path: [] });
    expect(yamlKeyAt(lines, 9, 8)).toMatchObject({
      key: 'Type',
      start: 5,
      end: 9,
      path: ['States', 'Charge'],
      childKnown: {},
    });
  });

  it("reads a state name's own mapping", () => {
    expect(yamlKeyAt(lines, 8, 3)).toMatchObject({
      key: 'Charge',
      path: ['States'],
      childKnown: { Type: 'Task', Next: 'Ship' },
    });
  });

  it('is nothing beside the key', () => {
    expect(yamlKeyAt(lines, 9, 4)).toBeUndefined();
    expect(yamlKeyAt(lines, 9, 9)).toBeUndefined();
    expect(yamlKeyAt(lines, 1, 3)).toBeUndefined();
    expect(yamlKeyAt(lines, 11, 5)).toBeUndefined();
  });
});
