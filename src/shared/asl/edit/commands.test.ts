import { describe, expect, it } from 'vitest';
import { editFailure, runEditCommands } from './commands';
import { deleteState } from './states';

const TEXT = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "B": { "Type": "Pass", "End": true }
  }
}
`;

describe('runEditCommands', () => {
  it('gives what the operation gives, edits included, for one command', () => {
    const doc = { text: TEXT, format: 'json' as const };
    const direct = deleteState(doc, '', 'B');
    const run = runEditCommands(doc, [{ kind: 'delete', scope: '', name: 'B' }]);
    expect(run.text).toBe(direct.text);
    expect(run.edits).toEqual(direct.edits);
  });

  it('runs commands in order and reports the copies made', () => {
    const run = runEditCommands({ text: TEXT, format: 'json' }, [
      { kind: 'duplicate', scope: '', name: 'A' },
      { kind: 'rename', scope: '', from: 'B', to: 'Done' },
    ]);
    const value = JSON.parse(run.text) as { States: Record<string, { Next?: string }> };
    expect(run.copies).toEqual(['/States/A 2']);
    expect(Object.keys(value.States)).toContain('Done');
    expect(value.States.A.Next).toBe('Done');
    expect(run.edits).toBeUndefined();
  });

  it('throws an EditError that becomes plain data with its code and message', () => {
    let thrown: unknown;
    try {
      runEditCommands({ text: TEXT, format: 'json' }, [{ kind: 'delete', scope: '', name: 'Z' }]);
    } catch (e) {
      thrown = e;
    }
    expect(editFailure(thrown)).toMatchObject({ code: 'STATE_NOT_FOUND' });
    expect(editFailure(new Error('boom'))).toEqual({
      code: 'INTERNAL',
      message: 'Edit failed: Error: boom',
    });
  });
});
