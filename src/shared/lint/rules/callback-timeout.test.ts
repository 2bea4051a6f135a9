import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const callback = (extra: Record<string, unknown> = {}) =>
  machine({
    Approve: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      End: true,
      ...extra,
    },
  });

describe('callback-timeout', () => {
  it('passes a callback task with TimeoutSeconds or TimeoutSecondsPath, and ordinary tasks', () => {
    expect(findingsOf('callback-timeout', callback({ TimeoutSeconds: 600 }))).toEqual([]);
    expect(findingsOf('callback-timeout', callback({ TimeoutSecondsPath: '$.timeout' }))).toEqual(
      [],
    );
    expect(
      findingsOf(
        'callback-timeout',
        machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true } }),
      ),
    ).toEqual([]);
  });

  it('reports callback and activity tasks without a timeout', () => {
    expect(findingsOf('callback-timeout', callback())[0].message).toContain('task token');
    const activity = machine({
      Work: {
        Type: 'Task',
        Resource: 'arn:aws:states:us-east-1:123456789012:activity:Review',
        End: true,
      },
    });
    expect(findingsOf('callback-timeout', activity)[0].message).toContain('activity');
  });

  it('fix adds TimeoutSeconds (the configured value, and above an existing heartbeat)', () => {
    expect(
      (
        applyFix('callback-timeout', callback()).value.States as Record<
          string,
          Record<string, unknown>
        >
      ).Approve.TimeoutSeconds,
    ).toBe(3600);
    const withHeartbeat = applyFix('callback-timeout', callback({ HeartbeatSeconds: 5000 })).value;
    expect(
      (withHeartbeat.States as Record<string, Record<string, unknown>>).Approve.TimeoutSeconds,
    ).toBe(10000);
  });

  it('takes its default from the options', () => {
    const [finding] = findingsOf('callback-timeout', callback(), { ruleOptions: { seconds: 120 } });
    expect(finding.fixes[0].title).toContain('120');
  });
});
