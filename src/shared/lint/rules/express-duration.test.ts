import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

const express = { workflowType: 'EXPRESS' as const };

describe('express-duration', () => {
  it('passes short waits and timeouts in EXPRESS, and long ones in STANDARD', () => {
    const def = machine({
      W: { Type: 'Wait', Seconds: 60, Next: 'T' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', TimeoutSeconds: 300, End: true },
    });
    expect(findingsOf('express-duration', def, express)).toEqual([]);
    expect(
      findingsOf('express-duration', machine({ W: { Type: 'Wait', Seconds: 3600, End: true } })),
    ).toEqual([]);
  });

  it('reports waits, task timeouts and the machine timeout beyond 5 minutes', () => {
    const def = machine(
      {
        W: { Type: 'Wait', Seconds: 600, Next: 'T' },
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sns:publish',
          TimeoutSeconds: 900,
          End: true,
        },
      },
      { TimeoutSeconds: 1200 },
    );
    expect(findingsOf('express-duration', def, express).map((f) => f.location)).toEqual([
      '/TimeoutSeconds',
      '/States/W/Seconds',
      '/States/T/TimeoutSeconds',
    ]);
  });
});
