import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

const poll = (extra: Record<string, unknown> = {}, wait = 30) =>
  machine(
    {
      Check: { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:glue:getJobRun', Next: 'Done?' },
      'Done?': {
        Type: 'Choice',
        Choices: [{ Variable: '$.state', StringEquals: 'DONE', Next: 'Finished' }],
        Default: 'Pause',
      },
      Pause: { Type: 'Wait', Seconds: wait, Next: 'Check' },
      Finished: { Type: 'Succeed' },
    },
    extra,
  );

describe('unbounded-loop', () => {
  it('passes acyclic machines, loops bounded by the machine timeout, and counted loops', () => {
    expect(
      findingsOf(
        'unbounded-loop',
        machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } }),
      ),
    ).toEqual([]);
    expect(findingsOf('unbounded-loop', poll({ TimeoutSeconds: 3600 }))).toEqual([]);
    const counted = machine({
      Step: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Work' },
      Work: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Next: 'More?' },
      'More?': {
        Type: 'Choice',
        Choices: [{ Variable: '$.n', NumericLessThan: 10, Next: 'Step' }],
        Default: 'End',
      },
      End: { Type: 'Succeed' },
    });
    expect(findingsOf('unbounded-loop', counted)).toEqual([]);
  });

  it('reports a polling loop that nothing bounds, at its first state', () => {
    const [finding] = findingsOf('unbounded-loop', poll());
    expect(finding).toMatchObject({
      location: '/States/Check',
      message: expect.stringContaining('no state machine TimeoutSeconds'),
    });
    expect(
      findingsOf('unbounded-loop', poll({ TimeoutSeconds: 31536000 }, 1))[0].message,
    ).toContain('iterations');
  });

  it('reports a spin without Wait or work, and a loop with no way out', () => {
    const spin = machine({
      A: { Type: 'Pass', Next: 'B' },
      B: {
        Type: 'Choice',
        Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Out' }],
        Default: 'A',
      },
      Out: { Type: 'Succeed' },
    });
    expect(findingsOf('unbounded-loop', spin)[0].message).toContain('spins');
    const trapped = machine({
      A: { Type: 'Wait', Seconds: 1, Next: 'B' },
      B: { Type: 'Pass', Next: 'A' },
    });
    expect(findingsOf('unbounded-loop', trapped)[0].message).toContain('no way out');
  });

  it('ignores the history limit in EXPRESS workflows (they have no event history limit)', () => {
    expect(findingsOf('unbounded-loop', poll(), { workflowType: 'EXPRESS' })).toEqual([]);
  });
});
