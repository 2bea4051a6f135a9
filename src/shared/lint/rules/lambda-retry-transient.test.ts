import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';
import { resolveConfig } from '../config';
import { lintDefinition } from '../engine';
import { ALL_RULES } from './index';

const lambda = (Retry?: unknown[]) =>
  machine({
    Score: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'score' },
      Retry,
      End: true,
    },
  });

describe('lambda-retry-transient', () => {
  it('passes a Lambda task that retries the Lambda service errors (the model block included)', () => {
    expect(
      findingsOf(
        'lambda-retry-transient',
        lambda([{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException'] }]),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'lambda-retry-transient',
        lambda([{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }]),
      ),
    ).toEqual([]);
  });

  it('reports a Lambda task whose retriers miss every Lambda service error', () => {
    const [finding] = findingsOf(
      'lambda-retry-transient',
      lambda([
        { ErrorEquals: ['States.Timeout'] },
        { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
      ]),
    );
    expect(finding.message).toContain('Lambda.ServiceException');
  });

  it('leaves a task with no Retry at all to task-retry while that rule is on', () => {
    expect(findingsOf('lambda-retry-transient', lambda())).toHaveLength(1);
    const all = lintDefinition(lambda(), { resolved: resolveConfig(ALL_RULES, undefined) });
    expect(all.filter((f) => f.code === 'lambda-retry-transient')).toEqual([]);
  });

  it('fix inserts a retrier of the Lambda service errors first', () => {
    const { value } = applyFix(
      'lambda-retry-transient',
      lambda([{ ErrorEquals: ['States.ALL'], MaxAttempts: 0 }]),
    );
    const retry = (value.States as Record<string, Record<string, unknown>>).Score.Retry as {
      ErrorEquals: string[];
    }[];
    expect(retry[0].ErrorEquals).toContain('Lambda.SdkClientException');
    expect(retry[1].ErrorEquals).toEqual(['States.ALL']);
    expect(findingsOf('lambda-retry-transient', value)).toEqual([]);
  });
});
