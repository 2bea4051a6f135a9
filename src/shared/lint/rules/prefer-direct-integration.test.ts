import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';
import { nameWords } from './prefer-direct-integration';

const lambda = (FunctionName: string) =>
  machine({
    Step: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName },
      End: true,
    },
  });

describe('prefer-direct-integration', () => {
  it('passes Lambda functions that do their own work', () => {
    expect(
      findingsOf(
        'prefer-direct-integration',
        lambda('arn:aws:lambda:us-east-1:1:function:CalculateRisk'),
      ),
    ).toEqual([]);
    expect(findingsOf('prefer-direct-integration', lambda('${ValidateOrderFunctionArn}'))).toEqual(
      [],
    );
  });

  it('reports a function named for one AWS call and names the integration to use', () => {
    const [finding] = findingsOf(
      'prefer-direct-integration',
      lambda('arn:aws:lambda:us-east-1:1:function:putItemInDynamo:$LATEST'),
    );
    expect(finding.message).toContain('arn:aws:states:::dynamodb:putItem');
    expect(
      findingsOf('prefer-direct-integration', lambda('${PublishToSnsFunction}'))[0].message,
    ).toContain('sns:publish');
    const direct = machine({
      S: {
        Type: 'Task',
        Resource: 'arn:aws:lambda:us-east-1:1:function:send-sqs-message',
        End: true,
      },
    });
    expect(findingsOf('prefer-direct-integration', direct)[0].message).toContain('sqs:sendMessage');
  });

  it('splits names into words', () => {
    expect(nameWords('arn:aws:lambda:${AWS::Region}:1:function:SendSQSMessage_v2')).toEqual([
      'send',
      'sqs',
      'message',
      'v2',
    ]);
  });
});
