import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

const task = (
  Resource: string,
  extra: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
) => machine({ T: { Type: 'Task', Resource, End: true, ...extra } }, top);

describe('result-selector', () => {
  it('passes trimmed results and integrations with small results', () => {
    expect(
      findingsOf(
        'result-selector',
        task('arn:aws:states:::aws-sdk:s3:listObjectsV2', {
          ResultSelector: { 'keys.$': '$.Contents[*].Key' },
        }),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'result-selector',
        task('arn:aws:states:::lambda:invoke', { OutputPath: '$.Payload' }),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'result-selector',
        task('arn:aws:states:::aws-sdk:s3:putObject', { ResultPath: null }),
      ),
    ).toEqual([]);
    expect(findingsOf('result-selector', task('arn:aws:states:::sns:publish'))).toEqual([]);
    expect(
      findingsOf(
        'result-selector',
        task(
          'arn:aws:states:::aws-sdk:s3:getObject',
          { Output: '{% $states.result.Body %}' },
          { QueryLanguage: 'JSONata' },
        ),
      ),
    ).toEqual([]);
  });

  it('reports SDK, Lambda invoke and .sync results kept whole', () => {
    expect(
      findingsOf('result-selector', task('arn:aws:states:::aws-sdk:ec2:describeInstances'))[0]
        .message,
    ).toContain('ec2:describeInstances');
    expect(
      findingsOf('result-selector', task('arn:aws:states:::lambda:invoke'))[0].message,
    ).toContain('Lambda invoke');
    expect(
      findingsOf('result-selector', task('arn:aws:states:::glue:startJobRun.sync'))[0].message,
    ).toContain('glue:startJobRun');
    expect(
      findingsOf(
        'result-selector',
        task('arn:aws:states:::aws-sdk:s3:getObject', {}, { QueryLanguage: 'JSONata' }),
      )[0].message,
    ).toContain('Output');
  });
});
