import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import aslSchema from 'amazon-states-language-service/out/json-schema/bundled.json';
import { yamlCompletions, yamlHover, type AssistItem } from './assist';
import type { Schema } from './resolve';

const asl: Schema = aslSchema;

/** Completions at the `‸` of a document. */
function complete(marked: string): { items: AssistItem[]; start: number } | undefined {
  const lines = marked.split('\n');
  const line = lines.findIndex((l) => l.includes('‸'));
  const column = lines[line].indexOf('‸') + 1;
  lines[line] = lines[line].replace('‸', '');
  return yamlCompletions(asl, lines, line + 1, column);
}

const labels = (marked: string): string[] => (complete(marked)?.items ?? []).map((i) => i.label);
const item = (marked: string, label: string): AssistItem | undefined =>
  complete(marked)?.items.find((i) => i.label === label);

const state = (type: string, cursorLine: string): string => `StartAt: A
States:
  A:
    Type: ${type}
${cursorLine}
    End: true
`;

describe('yamlCompletions: keys', () => {
  it('offers the root fields not written yet, with their descriptions', () => {
    const keys = labels('StartAt: A\n‸\nStates: {}\n');
    expect(keys).toEqual(
      expect.arrayContaining(['Comment', 'TimeoutSeconds', 'QueryLanguage', 'Version']),
    );
    expect(keys).not.toContain('StartAt');
    expect(keys).not.toContain('States');
    expect(item('‸', 'Comment')).toMatchObject({
      kind: 'property',
      insertText: 'Comment: ',
      detail: 'string',
      documentation: 'A human-readable comment or description.',
    });
    expect(item('‸', 'States')?.insertText).toBe('States:\n  ');
  });

  it("offers a Task's fields to a half-typed key, as the JSON editor does", () => {
    const keys = labels(state('Task', '    Time‸'));
    expect(keys).toEqual(
      expect.arrayContaining([
        'Resource',
        'Parameters',
        'Arguments',
        'Retry',
        'Catch',
        'TimeoutSeconds',
        'HeartbeatSeconds',
        'Comment',
      ]),
    );
    expect(keys).not.toContain('Type');
    expect(keys).not.toContain('End');
    expect(keys).not.toContain('Choices');
    const timeout = item(state('Task', '    Time‸'), 'TimeoutSeconds');
    expect(timeout?.insertText).toBe('TimeoutSeconds: ');
    expect(timeout?.documentation).toMatch(/If the task runs longer than the specified seconds/);
    expect(complete(state('Task', '    Time‸'))?.start).toBe(5);
  });

  it("opens the block of a field that holds a list, at the key's indentation", () => {
    const retry = item(state('Task', '    R‸'), 'Retry');
    expect(retry?.insertText).toBe('Retry:\n      - ');
    const text = state('Task', '    ‸').replace(
      '‸',
      retry!.insertText + 'ErrorEquals: [States.ALL]',
    );
    expect(parse(text)).toMatchObject({
      States: { A: { Retry: [{ ErrorEquals: ['States.ALL'] }] } },
    });
  });

  it("offers a Choice's fields, and every state's to a state with no Type yet", () => {
    const choice = labels(state('Choice', '    ‸'));
    expect(choice).toEqual(expect.arrayContaining(['Choices', 'Default']));
    expect(choice).not.toContain('Resource');
    const untyped = labels('States:\n  A:\n    Com‸\n');
    expect(untyped).toEqual(expect.arrayContaining(['Type', 'Comment', 'Resource', 'Choices']));
  });

  it('offers the fields of Retry and Catch items, Branches and ItemProcessor', () => {
    const retry = labels(`States:
  A:
    Type: Task
    Retry:
      - ErrorEquals: [States.ALL]
        ‸
`);
    expect(retry).toEqual(
      expect.arrayContaining(['MaxAttempts', 'IntervalSeconds', 'BackoffRate', 'JitterStrategy']),
    );
    expect(retry).not.toContain('ErrorEquals');
    const catcher = labels(`States:
  A:
    Type: Parallel
    Catch:
    - ‸
`);
    expect(catcher).toEqual(expect.arrayContaining(['ErrorEquals', 'Next', 'ResultPath']));
    const branch = labels(`States:
  A:
    Type: Parallel
    Branches:
      - ‸
`);
    expect(branch.sort()).toEqual(['StartAt', 'States']);
    const processor = `States:
  M:
    Type: Map
    ItemProcessor:
      ‸
`;
    expect(labels(processor)).toEqual(
      expect.arrayContaining(['ProcessorConfig', 'StartAt', 'States']),
    );
    expect(labels(processor.replace('‸', 'ProcessorConfig:\n        ‸'))).toEqual([
      'Mode',
      'ExecutionType',
    ]);
  });

  it("offers the nested state's fields inside a branch", () => {
    const nested = labels(`States:
  P:
    Type: Parallel
    Branches:
      - StartAt: W
        States:
          W:
            Type: Wait
            ‸
`);
    expect(nested).toEqual(expect.arrayContaining(['Seconds', 'Timestamp', 'Next']));
    expect(nested).not.toContain('Branches');
  });

  it('offers nothing where a state name goes, or in free JSON', () => {
    expect(complete('States:\n  ‸\n')).toBeUndefined();
    expect(complete(state('Pass', '    Parameters:\n      ‸'))).toBeUndefined();
  });
});

describe('yamlCompletions: values', () => {
  it('offers the state types, each described', () => {
    const types = complete('States:\n  New:\n    Type: ‸\n');
    expect(types?.items.map((i) => i.label)).toEqual([
      'Pass',
      'Succeed',
      'Fail',
      'Task',
      'Choice',
      'Wait',
      'Parallel',
      'Map',
    ]);
    const task = types?.items.find((i) => i.label === 'Task');
    expect(task).toMatchObject({ kind: 'value', insertText: 'Task' });
    expect(task?.documentation).toMatch(/^A Task state/);
  });

  it('offers the enums of QueryLanguage, Mode and JitterStrategy', () => {
    expect(labels('QueryLanguage: J‸')).toEqual(['JSONata', 'JSONPath']);
    expect(labels(state('Task', '    QueryLanguage: ‸'))).toEqual(['JSONata', 'JSONPath']);
    expect(
      labels(`States:
  M:
    Type: Map
    ItemProcessor:
      ProcessorConfig:
        Mode: ‸
`),
    ).toEqual(['DISTRIBUTED', 'INLINE']);
    expect(
      labels(`States:
  A:
    Type: Task
    Retry:
      - ErrorEquals: [States.ALL]
        JitterStrategy: ‸
`),
    ).toEqual(['FULL', 'NONE']);
    expect(labels(state('Pass', '    End: ‸'))).toEqual(['true', 'false']);
  });

  it('writes values YAML would misread in quotes, and bare inside a quote', () => {
    expect(item('Version: ‸', '1.0')?.insertText).toBe('"1.0"');
    expect(item('Version: "‸', '1.0')?.insertText).toBe('1.0');
    expect(item('QueryLanguage:‸', 'JSONata')?.insertText).toBe(' JSONata');
  });

  it('leaves Next, Default and StartAt to the state-name completion', () => {
    expect(complete('StartAt: ‸')).toBeUndefined();
    expect(complete(state('Pass', '    Next: ‸'))).toBeUndefined();
    expect(complete(state('Choice', '    Default: ‸'))).toBeUndefined();
    expect(complete(state('Task', '    Resource: ‸'))).toBeUndefined();
  });
});

describe('yamlHover', () => {
  const doc = `StartAt: A
States:
  A:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    TimeoutSeconds: 30
    Retry:
      - ErrorEquals: [States.ALL]
        MaxAttempts: 2
    End: true
`.split('\n');

  it('describes the key under the pointer from the schema', () => {
    expect(yamlHover(asl, doc, 1, 3)).toEqual({
      markdown: 'A string that must exactly match (is case sensitive) the name of a state.',
      start: 1,
      end: 8,
    });
    expect(yamlHover(asl, doc, 4, 6)?.markdown).toBe("The state's type.");
    expect(yamlHover(asl, doc, 6, 8)?.markdown).toMatch(/^If the task runs longer/);
    expect(yamlHover(asl, doc, 9, 12)?.markdown).toMatch(/maximum number of retry attempts/);
  });

  it("describes a state name by the state's Type", () => {
    expect(yamlHover(asl, doc, 3, 3)?.markdown).toMatch(/^A Task state represents/);
  });

  it('says nothing over a value or an unknown key', () => {
    expect(yamlHover(asl, doc, 4, 12)).toBeUndefined();
    expect(yamlHover(asl, ['Nonsense: 1'], 1, 2)).toBeUndefined();
  });
});
