import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateText } from '../validate/index';
import { lintDefinition, lintText } from './engine';
import { machine } from './testing';

const fixture = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'good-practice.asl.json'),
  'utf8',
);
const RETRY_RULES = [
  'task-retry',
  'retry-order',
  'retry-jitter',
  'retry-states-all',
  'lambda-retry-transient',
];
const MODEL_RETRY = JSON.parse(
  '[{"ErrorEquals":["States.Timeout"],"IntervalSeconds":5,"MaxAttempts":2,"BackoffRate":2.0},' +
    '{"ErrorEquals":["TransientError","Lambda.ServiceException"],"IntervalSeconds":1,"MaxAttempts":5,"BackoffRate":2.0,"JitterStrategy":"FULL"},' +
    '{"ErrorEquals":["States.ALL"],"MaxAttempts":0}]',
) as unknown[];

describe('good practice draws nothing', () => {
  it('the model Retry block of issue 4 draws no retry finding, on a Lambda task or any other', () => {
    for (const Resource of [
      'arn:aws:states:::lambda:invoke',
      'arn:aws:lambda:us-east-1:1:function:F',
      'arn:aws:states:::sns:publish',
    ]) {
      const def = machine({
        T: {
          Type: 'Task',
          Resource,
          Parameters: { FunctionName: 'F' },
          Retry: MODEL_RETRY,
          End: true,
        },
      });
      expect(lintDefinition(def).filter((f) => RETRY_RULES.includes(f.code))).toEqual([]);
    }
  });

  it('a definition following every practice draws no finding at all, and is valid', () => {
    expect(lintText(fixture, { fileName: 'good-practice.asl.json' }).findings).toEqual([]);
    expect(lintText(fixture, { workflowType: 'STANDARD' }).findings).toEqual([]);
    expect(validateText(fixture).diagnostics).toEqual([]);
  });
});
