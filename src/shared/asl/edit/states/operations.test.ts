import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse';
import { printJson } from '../../print';
import { EditError } from '../editError';
import { applyTextEdits, type EditableDocument, type EditResult } from '../textEdit';
import { allStateNames, uniqueStateName } from './names';
import {
  addCatcher,
  addRetrier,
  addState,
  connect,
  deleteState,
  deleteStates,
  duplicateState,
  insertStateAfter,
  insertStateAtStart,
  moveState,
  renameState,
} from './operations';
import { newStateTemplate } from './templates';
import { splitStatePointer } from './scope';
import { chainEdits } from '../primitives';

type Machine = { StartAt?: string; States: Record<string, Record<string, unknown>> };

const LINEAR = {
  Comment: 'linear',
  StartAt: 'A',
  States: {
    A: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Next: 'B',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Oops' }],
    },
    B: {
      Type: 'Choice',
      Choices: [{ Variable: '$.x', NumericGreaterThan: 10, Next: 'C' }],
      Default: 'A',
    },
    C: { Type: 'Pass', End: true },
    Oops: { Type: 'Fail', Error: 'E', Cause: 'c' },
  },
};

const YAML_LINEAR = `# A linear machine
Comment: linear
StartAt: A
States:
  # the first step
  A:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke # the resource
    Next: B
    Catch:
      - ErrorEquals: [States.ALL]
        Next: Oops
  B:
    Type: Choice
    Choices:
      - Variable: $.x
        NumericGreaterThan: 10
        Next: C # big
    Default: A
  C:
    Type: Pass
    End: true
  # the failure
  Oops:
    Type: Fail
    Error: E
    Cause: c
`;

const docs: Array<[string, EditableDocument]> = [
  ['JSON', { text: printJson(LINEAR), format: 'json' }],
  ['YAML', { text: YAML_LINEAR, format: 'yaml' }],
];

/** Checks a result is self-consistent (edits reproduce the text, the text parses to the value) and returns its value. */
function check(doc: EditableDocument, r: EditResult): Machine {
  expect(applyTextEdits(doc.text, r.edits)).toBe(r.text);
  const parsed = parseDocument(r.text, doc.format);
  expect(parsed.errors).toEqual([]);
  expect(parsed.value).toEqual(r.value);
  if (doc.format === 'yaml')
    for (const c of ['# A linear machine', '# the first step']) expect(r.text).toContain(c);
  return r.value as Machine;
}

describe.each(docs)('state operations on %s', (_format, doc) => {
  it('addState adds an unconnected state at the end', () => {
    const v = check(doc, addState(doc, '', 'D', { Type: 'Pass', End: true }));
    expect(Object.keys(v.States)).toEqual(['A', 'B', 'C', 'Oops', 'D']);
    expect(() => addState(doc, '', 'C', { Type: 'Pass', End: true })).toThrow(/already exists/);
  });

  it('insertStateAfter puts the new state on the Next edge', () => {
    const v = check(doc, insertStateAfter(doc, '', 'A', 'Log', { Type: 'Pass', End: true }));
    expect(v.States.A.Next).toBe('Log');
    expect(v.States.Log).toEqual({ Type: 'Pass', Next: 'B' });
    expect(Object.keys(v.States)).toEqual(['A', 'Log', 'B', 'C', 'Oops']);
  });

  it('insertStateAfter on a choice rule, the Default and a Catch edge', () => {
    let v = check(
      doc,
      insertStateAfter(doc, '', 'B', 'Big', { Type: 'Pass', End: true }, { choice: 0 }),
    );
    expect((v.States.B.Choices as Array<{ Next: string }>)[0].Next).toBe('Big');
    expect(v.States.Big.Next).toBe('C');
    v = check(
      doc,
      insertStateAfter(doc, '', 'B', 'Other', { Type: 'Wait', Seconds: 1, End: true }, 'Default'),
    );
    expect(v.States.B.Default).toBe('Other');
    expect(v.States.Other).toEqual({ Type: 'Wait', Seconds: 1, Next: 'A' });
    v = check(
      doc,
      insertStateAfter(doc, '', 'A', 'Notify', { Type: 'Pass', End: true }, { catch: 0 }),
    );
    expect((v.States.A.Catch as Array<{ Next: string }>)[0].Next).toBe('Notify');
    expect(v.States.Notify.Next).toBe('Oops');
  });

  it('insertStateAfter on an End moves the End to the new state', () => {
    const v = check(doc, insertStateAfter(doc, '', 'C', 'Done', { Type: 'Succeed' }));
    expect(v.States.C).toEqual({ Type: 'Pass', Next: 'Done' });
    expect(v.States.Done).toEqual({ Type: 'Succeed' });
  });

  it('insertStateAfter refuses a transition the state does not have', () => {
    expect(() => insertStateAfter(doc, '', 'B', 'X', { Type: 'Pass', End: true })).toThrow(
      /Choice state has no Next/,
    );
    expect(() =>
      insertStateAfter(doc, '', 'A', 'X', { Type: 'Pass', End: true }, { catch: 3 }),
    ).toThrow(EditError);
    expect(() => insertStateAfter(doc, '', 'Nope', 'X', { Type: 'Pass', End: true })).toThrow(
      /no state "Nope"/,
    );
  });

  it('insertStateAtStart makes the new state the start, leading to the old one', () => {
    const v = check(doc, insertStateAtStart(doc, '', 'First', { Type: 'Pass', End: true }));
    expect(v.StartAt).toBe('First');
    expect(v.States.First.Next).toBe('A');
    expect(Object.keys(v.States)[0]).toBe('First');
  });

  it('connect sets Next (dropping End), Default, a choice rule and a catcher', () => {
    let v = check(doc, connect(doc, '', 'C', 'Next', 'A'));
    expect(v.States.C).toEqual({ Type: 'Pass', Next: 'A' });
    v = check(doc, connect(doc, '', 'B', 'Default', 'C'));
    expect(v.States.B.Default).toBe('C');
    v = check(doc, connect(doc, '', 'B', { choice: 0 }, 'Oops'));
    expect((v.States.B.Choices as Array<{ Next: string }>)[0].Next).toBe('Oops');
    v = check(doc, connect(doc, '', 'A', { catch: 0 }, 'C'));
    expect((v.States.A.Catch as Array<{ Next: string }>)[0].Next).toBe('C');
    expect(() => connect(doc, '', 'A', 'Next', 'Missing')).toThrow(/no state "Missing"/);
    expect(() => connect(doc, '', 'Oops', 'Next', 'A')).toThrow(/Fail state has no Next/);
  });

  it('renameState updates the key in place and every reference', () => {
    const r = renameState(doc, '', 'A', 'Start here');
    const v = check(doc, r);
    expect(Object.keys(v.States)).toEqual(['Start here', 'B', 'C', 'Oops']);
    expect(v.StartAt).toBe('Start here');
    expect(v.States.B.Default).toBe('Start here');
    const r2 = renameState(doc, '', 'Oops', 'Failed');
    const v2 = check(doc, r2);
    expect((v2.States.A.Catch as Array<{ Next: string }>)[0].Next).toBe('Failed');
    const v3 = check(doc, renameState(doc, '', 'C', 'Big'));
    expect((v3.States.B.Choices as Array<{ Next: string }>)[0].Next).toBe('Big');
    expect(() => renameState(doc, '', 'A', 'B')).toThrow(/already exists/);
    expect(() => renameState(doc, '', 'A', '')).toThrow(/cannot be empty/);
    if (doc.format === 'yaml') expect(r.text).toContain('Next: C # big');
  });

  it('deleteState reconnects predecessors to its Next and moves StartAt on', () => {
    const v = check(doc, deleteState(doc, '', 'A'));
    expect(v.StartAt).toBe('B');
    expect(v.States.B.Default).toBe('B');
    expect(v.States.A).toBeUndefined();
  });

  it('deleteState of an ending state turns Next into End and drops catchers and rules into it', () => {
    let v = check(doc, deleteState(doc, '', 'Oops'));
    expect(v.States.A.Catch).toEqual([]);
    const withNext = connect(doc, '', 'C', 'Next', 'Oops');
    const doc2 = { text: withNext.text, format: doc.format };
    v = check(doc2, deleteState(doc2, '', 'Oops'));
    expect(v.States.C).toEqual({ Type: 'Pass', End: true });
    expect(() => deleteState(doc, '', 'C')).toThrow(/Choice "B" with no rule/);
  });

  it('deleteState of a Choice hands its predecessors to its Default', () => {
    const v = check(doc, deleteState(doc, '', 'B'));
    expect(v.States.A.Next).toBe('A');
  });

  it('duplicateState copies under a unique name', () => {
    const r = duplicateState(doc, '', 'C');
    expect(r.name).toBe('C 2');
    const v = check(doc, r);
    expect(v.States['C 2']).toEqual(v.States.C);
    expect(Object.keys(v.States)).toEqual(['A', 'B', 'C', 'C 2', 'Oops']);
  });

  it('moveState moves a state elsewhere in the flow, reconnecting its old neighbours', () => {
    const v = check(doc, moveState(doc, '', 'C', '', { after: 'A' }));
    expect(v.States.A.Next).toBe('C');
    expect(v.States.C.Next).toBe('B');
    expect((v.States.B.Choices as Array<{ Next: string }>)[0].Next).toBe('C');
  });

  it('addRetrier and addCatcher append to Retry and Catch', () => {
    let v = check(
      doc,
      addRetrier(doc, '', 'A', { ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }),
    );
    expect(v.States.A.Retry).toEqual([{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }]);
    v = check(doc, addCatcher(doc, '', 'A', { ErrorEquals: ['X'], Next: 'C' }, 0));
    expect((v.States.A.Catch as unknown[]).length).toBe(2);
    expect((v.States.A.Catch as Array<{ Next: string }>)[0].Next).toBe('C');
    expect(() => addRetrier(doc, '', 'C', { ErrorEquals: ['X'] })).toThrow(
      /Pass state cannot have Retry/,
    );
    expect(() => addCatcher(doc, '', 'A', { ErrorEquals: ['X'], Next: 'Nowhere' })).toThrow(
      /not a state/,
    );
  });
});

const NESTED = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        {
          StartAt: 'B1',
          States: { B1: { Type: 'Pass', Next: 'B2' }, B2: { Type: 'Pass', End: true } },
        },
        { StartAt: 'Other', States: { Other: { Type: 'Pass', End: true } } },
      ],
      Next: 'M',
    },
    M: {
      Type: 'Map',
      ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
};

describe('operations in branches and processors', () => {
  const doc: EditableDocument = { text: printJson(NESTED), format: 'json' };

  it('renames inside a branch, updating only that branch', () => {
    const v = check(
      doc,
      renameState(doc, '/States/P/Branches/0', 'B2', 'Second'),
    ) as unknown as typeof NESTED;
    expect(v.States.P.Branches[0]).toEqual({
      StartAt: 'B1',
      States: { B1: { Type: 'Pass', Next: 'Second' }, Second: { Type: 'Pass', End: true } },
    });
    expect(() => renameState(doc, '/States/P/Branches/0', 'B2', 'Item')).toThrow(
      /unique across the whole machine/,
    );
  });

  it('inserts at the start of an empty branch and into a processor', () => {
    const empty = {
      StartAt: 'A',
      States: { A: { Type: 'Parallel', Branches: [{ States: {} }], End: true } },
    };
    const d: EditableDocument = { text: printJson(empty), format: 'json' };
    const v = check(
      d,
      insertStateAtStart(d, '/States/A/Branches/0', 'Inside', { Type: 'Pass', End: true }),
    ) as unknown as typeof empty;
    expect(v.States.A.Branches[0]).toEqual({
      States: { Inside: { Type: 'Pass', End: true } },
      StartAt: 'Inside',
    });
    const v2 = check(
      doc,
      insertStateAfter(doc, '/States/M/ItemProcessor', 'Item', 'Save', { Type: 'Pass', End: true }),
    );
    expect(JSON.stringify(v2)).toContain('"Item":{"Type":"Pass","Next":"Save"}');
  });

  it('moves a state from the top level into a branch and back', () => {
    const withC = addState(doc, '', 'C', { Type: 'Pass', End: true });
    const d: EditableDocument = { text: withC.text, format: 'json' };
    const moved = check(
      d,
      moveState(d, '', 'C', '/States/P/Branches/1', { after: 'Other' }),
    ) as unknown as typeof NESTED & { States: Record<string, unknown> };
    expect(moved.States.C).toBeUndefined();
    expect(moved.States.P.Branches[1].States).toEqual({
      Other: { Type: 'Pass', Next: 'C' },
      C: { Type: 'Pass', End: true },
    });
    const d2: EditableDocument = { text: printJson(moved), format: 'json' };
    const back = check(d2, moveState(d2, '/States/P/Branches/1', 'Other', '', {})) as Machine;
    expect(back.StartAt).toBe('Other');
    expect(back.States.Other.Next).toBe('P');
    expect(back.States.P).toMatchObject({ Branches: [{}, { StartAt: 'C' }] });
    expect(() => moveState(doc, '', 'P', '/States/P/Branches/0')).toThrow(/into itself/);
  });

  it('deletes a Parallel with its branches, and duplicates with unique nested names', () => {
    const v = check(doc, deleteState(doc, '', 'P'));
    expect(v.StartAt).toBe('M');
    expect(allStateNames(v)).toEqual(new Set(['M', 'Item']));
    const dup = duplicateState(doc, '', 'P');
    const names = allStateNames(dup.value);
    expect(names.size).toBe(allStateNames(NESTED).size * 2 - 2);
    expect(dup.name).toBe('P 2');
    expect(names.has('B1 2') && names.has('B2 2') && names.has('Other 2')).toBe(true);
    const copy = (dup.value as Machine).States['P 2'] as unknown as typeof NESTED.States.P;
    expect(copy.Branches[0]).toEqual({
      StartAt: 'B1 2',
      States: { 'B1 2': { Type: 'Pass', Next: 'B2 2' }, 'B2 2': { Type: 'Pass', End: true } },
    });
  });

  it('adds templates of every type with names unique across the machine', () => {
    for (const type of [
      'Pass',
      'Task',
      'Choice',
      'Wait',
      'Succeed',
      'Fail',
      'Parallel',
      'Map',
    ] as const) {
      const r = insertStateAfter(doc, '', 'M', `New ${type}`, newStateTemplate(type));
      const names = [...allStateNames(r.value)];
      expect(new Set(names).size).toBe(names.length);
      if (type !== 'Choice' && type !== 'Succeed' && type !== 'Fail')
        expect((r.value as Machine).States[`New ${type}`].End).toBe(true);
      const twice = insertStateAfter(
        { text: r.text, format: 'json' },
        '',
        'M',
        `Again ${type}`,
        newStateTemplate(type, 'JSONata'),
      );
      const all = [...allStateNames(twice.value)];
      expect(new Set(all).size).toBe(all.length);
    }
  });
});

describe('deleteStates, chainEdits, splitStatePointer', () => {
  const doc: EditableDocument = { text: printJson(LINEAR), format: 'json' };

  it('deletes a multi-selection as one change', () => {
    const v = check(
      doc,
      deleteStates(doc, [
        { scope: '', name: 'A' },
        { scope: '', name: 'Oops' },
      ]),
    );
    expect(Object.keys(v.States)).toEqual(['B', 'C']);
    expect(v.StartAt).toBe('B');
    const nested: EditableDocument = { text: printJson(NESTED), format: 'json' };
    const w = check(
      nested,
      deleteStates(nested, [
        { scope: '/States/P/Branches/0', name: 'B1' },
        { scope: '', name: 'P' },
      ]),
    );
    expect(Object.keys(w.States)).toEqual(['M']);
  });

  it('chains operations into one result whose edits apply to the starting text', () => {
    const r = chainEdits(
      doc,
      (d) => addState(d, '', 'Handle error', { Type: 'Pass', Next: 'Oops' }),
      (d) =>
        addCatcher(
          d,
          '',
          'A',
          { ErrorEquals: ['States.Timeout'], Next: 'Handle error', ResultPath: '$.error' },
          0,
        ),
    );
    const v = check(doc, r);
    expect((v.States.A.Catch as Array<{ Next: string }>)[0].Next).toBe('Handle error');
    expect(v.States['Handle error']).toEqual({ Type: 'Pass', Next: 'Oops' });
    expect(chainEdits(doc).edits).toEqual([]);
  });

  it('splits a node id into scope and name', () => {
    expect(splitStatePointer('/States/A')).toEqual({ scope: '', name: 'A' });
    expect(splitStatePointer('/States/P/Branches/0/States/a~1b')).toEqual({
      scope: '/States/P/Branches/0',
      name: 'a/b',
    });
    expect(splitStatePointer('/States/P/Branches/0')).toBeUndefined();
    expect(splitStatePointer('#start')).toBeUndefined();
  });
});

describe('uniqueStateName', () => {
  it('numbers a taken name, counting on from a trailing number', () => {
    const def = { States: { Step: {}, 'Step 2': {}, 'Job 7': {} } };
    expect(uniqueStateName(def, 'Fresh')).toBe('Fresh');
    expect(uniqueStateName(def, 'Step')).toBe('Step 3');
    expect(uniqueStateName(def, 'Job 7')).toBe('Job 8');
    expect(uniqueStateName(def, 'x'.repeat(80)).length).toBeLessThanOrEqual(80);
  });
});
