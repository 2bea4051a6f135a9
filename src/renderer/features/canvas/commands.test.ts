import { beforeEach, describe, expect, it } from 'vitest';
import { useDocument } from '../../store/documentStore';
import { analyze } from '../../store/analysis';
import { deleteStates, dropNewState, moveExisting, renameFromCanvas } from './commands';

const CHAIN = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "B": { "Type": "Choice", "Choices": [{ "Variable": "$.x", "BooleanEquals": true, "Next": "C" }] },
    "C": { "Type": "Succeed" }
  }
}
`;

function load(text: string): void {
  const s = useDocument.getState();
  s.load(text, 'json', { name: 't.asl.json' });
  sync();
}
/** Runs the analysis the app's worker would run, so the store has a parsed value. */
function sync(): void {
  const s = useDocument.getState();
  s.receiveAnalysis(analyze(s.text, s.format, s.revision));
}
const json = () =>
  JSON.parse(useDocument.getState().text) as {
    StartAt: string;
    States: Record<string, Record<string, unknown>>;
  };

describe('canvas commands', () => {
  beforeEach(() => load(CHAIN));

  it('inserts a dropped state on an edge, as one undoable canvas change', async () => {
    expect(await dropNewState('Wait', { kind: 'edge', scope: '', from: 'A', via: 'Next' })).toBe(
      '/States/Wait',
    );
    expect(json().States.A.Next).toBe('Wait');
    expect(json().States.Wait).toMatchObject({ Type: 'Wait', Next: 'B' });
    const s = useDocument.getState();
    expect(s.lastChange.origin).toBe('canvas');
    expect(s.selection).toEqual(['/States/Wait']);
    s.undo();
    expect(useDocument.getState().text).toBe(CHAIN);
  });

  it('gives a Choice a new rule, and a missing Default from its slot', async () => {
    sync();
    await dropNewState('Pass', { kind: 'choice', scope: '', name: 'B' });
    expect((json().States.B.Choices as { Next: string }[]).map((r) => r.Next)).toEqual([
      'C',
      'Pass',
    ]);
    sync();
    await dropNewState('Fail', { kind: 'choice-default', scope: '', name: 'B' });
    expect(json().States.B.Default).toBe('Fail');
  });

  it('adds a branch when dropped on a Parallel', async () => {
    await dropNewState('Parallel', { kind: 'edge', scope: '', from: 'A', via: 'Next' });
    sync();
    await dropNewState('Task', { kind: 'parallel', scope: '', name: 'Parallel' });
    const branches = json().States.Parallel.Branches as { StartAt: string }[];
    expect(branches).toHaveLength(2);
    expect(branches[1].StartAt).toBe('Task');
  });

  it('deletes reconnecting neighbours, renames with references, moves', async () => {
    const text = CHAIN.replace('"Next": "C"', '"Next": "D"').replace(
      '"C": { "Type": "Succeed" }',
      '"C": { "Type": "Succeed" },\n    "D": { "Type": "Pass", "Next": "C" }',
    );
    load(text);
    expect(await deleteStates(['/States/D'])).toBe(true);
    sync();
    expect((json().States.B.Choices as { Next: string }[])[0].Next).toBe('C');
    expect(await renameFromCanvas('', 'A', 'Start here')).toBe(true);
    sync();
    expect(json().StartAt).toBe('Start here');
    expect(
      await moveExisting('', 'Start here', {
        kind: 'edge',
        scope: '',
        from: 'B',
        via: { choice: 0 },
      }),
    ).toBe(true);
    expect(json().StartAt).toBe('B');
  });

  it('refuses canvas edits while the text is broken, with a notice naming the line', async () => {
    useDocument.getState().setText('{\n  "StartAt": ', 'code');
    sync();
    expect(await dropNewState('Pass', { kind: 'scope', scope: '' })).toBeUndefined();
    expect(useDocument.getState().notice?.text).toMatch(/syntax error at line/);
  });
});
