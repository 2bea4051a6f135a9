import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const task = (Resource: string, extra: Record<string, unknown> = {}) =>
  machine({ T: { Type: 'Task', Resource, End: true, ...extra } });
const timeoutAfterFix = (Resource: string): unknown =>
  (applyFix('task-timeout', task(Resource)).value.States as Record<string, Record<string, unknown>>)
    .T.TimeoutSeconds;

describe('task-timeout', () => {
  it('passes tasks with TimeoutSeconds, and leaves callbacks to callback-timeout', () => {
    expect(
      findingsOf('task-timeout', task('arn:aws:states:::sns:publish', { TimeoutSeconds: 30 })),
    ).toEqual([]);
    expect(
      findingsOf('task-timeout', task('arn:aws:states:::sqs:sendMessage.waitForTaskToken')),
    ).toEqual([]);
  });

  it('reports a task without TimeoutSeconds', () => {
    expect(
      findingsOf('task-timeout', task('arn:aws:states:::glue:startJobRun.sync'))[0],
    ).toMatchObject({ code: 'task-timeout', stateName: 'T' });
  });

  it('fix picks a timeout that fits the integration', () => {
    expect(timeoutAfterFix('arn:aws:lambda:us-east-1:123456789012:function:F')).toBe(900);
    expect(timeoutAfterFix('arn:aws:states:::glue:startJobRun.sync')).toBe(86400);
    expect(timeoutAfterFix('arn:aws:states:::aws-sdk:s3:getObject')).toBe(300);
    const withHeartbeat = applyFix(
      'task-timeout',
      task('arn:aws:states:::events:putEvents', { HeartbeatSeconds: 300 }),
    ).value;
    expect((withHeartbeat.States as Record<string, Record<string, unknown>>).T.TimeoutSeconds).toBe(
      600,
    );
  });
});
