import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/asl/parse';
import { listStates, stateAtOffset } from './stateIndex';

const TEXT = `{
  "StartAt": "P",
  "States": {
    "P": {
      "Type": "Parallel",
      "Branches": [{ "StartAt": "B", "States": { "B": { "Type": "Pass", "End": true } } }],
      "Next": "M"
    },
    "M": { "Type": "Map", "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } }, "End": true }
  }
}`;

describe('listStates', () => {
  it('lists nested states with their pointers and text spans', () => {
    const doc = parseDocument(TEXT, 'json');
    const states = listStates(doc.value, doc.sourceMap);
    expect(states.map((s) => s.pointer)).toEqual([
      '/States/P',
      '/States/P/Branches/0/States/B',
      '/States/M',
      '/States/M/ItemProcessor/States/I',
    ]);
    const b = states[1];
    expect(TEXT.slice(b.start, b.end)).toBe('"B": { "Type": "Pass", "End": true }');
  });

  it('finds the innermost state at a cursor offset', () => {
    const doc = parseDocument(TEXT, 'json');
    const states = listStates(doc.value, doc.sourceMap);
    expect(stateAtOffset(states, TEXT.indexOf('"Pass"'))?.name).toBe('B');
    expect(stateAtOffset(states, TEXT.indexOf('"Next": "M"'))?.name).toBe('P');
    expect(stateAtOffset(states, 2)).toBeUndefined();
  });

  it('works on YAML', () => {
    const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n';
    const doc = parseDocument(yaml, 'yaml');
    const [a] = listStates(doc.value, doc.sourceMap);
    expect(a.name).toBe('A');
    expect(stateAtOffset([a], yaml.indexOf('Pass'))?.name).toBe('A');
  });
});
