import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const child = (Resource: string) =>
  machine({ Child: { Type: 'Task', Resource, Parameters: { StateMachineArn: 'arn' }, End: true } });

describe('sync-v2', () => {
  it('passes .sync:2 and the other start patterns', () => {
    expect(findingsOf('sync-v2', child('arn:aws:states:::states:startExecution.sync:2'))).toEqual(
      [],
    );
    expect(findingsOf('sync-v2', child('arn:aws:states:::states:startExecution'))).toEqual([]);
  });

  it('reports startExecution.sync at the Resource', () => {
    expect(
      findingsOf('sync-v2', child('arn:aws:states:::states:startExecution.sync'))[0],
    ).toMatchObject({ location: '/States/Child/Resource', line: 6 });
  });

  it('fix switches to .sync:2 and changes only that line', () => {
    const { value, text, before } = applyFix(
      'sync-v2',
      child('arn:aws:states:::states:startExecution.sync'),
    );
    expect((value.States as Record<string, Record<string, unknown>>).Child.Resource).toBe(
      'arn:aws:states:::states:startExecution.sync:2',
    );
    const changed = text.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['      "Resource": "arn:aws:states:::states:startExecution.sync:2",']);
  });
});
