import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const callback = (extra: Record<string, unknown> = {}) =>
  machine({
    Approve: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      End: true,
      ...extra,
    },
  });

describe('callback-heartbeat', () => {
  it('passes a heartbeat below the timeout', () => {
    expect(
      findingsOf('callback-heartbeat', callback({ TimeoutSeconds: 3600, HeartbeatSeconds: 300 })),
    ).toEqual([]);
  });

  it('reports a missing heartbeat, and one not below the timeout', () => {
    expect(
      findingsOf('callback-heartbeat', callback({ TimeoutSeconds: 3600 }))[0].message,
    ).toContain('without HeartbeatSeconds');
    expect(
      findingsOf('callback-heartbeat', callback({ TimeoutSeconds: 60, HeartbeatSeconds: 60 }))[0],
    ).toMatchObject({
      location: '/States/Approve/HeartbeatSeconds',
      fixes: [],
    });
  });

  it('fix adds a HeartbeatSeconds below the timeout', () => {
    const { value } = applyFix('callback-heartbeat', callback({ TimeoutSeconds: 100 }));
    expect((value.States as Record<string, Record<string, unknown>>).Approve.HeartbeatSeconds).toBe(
      50,
    );
    expect(findingsOf('callback-heartbeat', value)).toEqual([]);
  });
});
