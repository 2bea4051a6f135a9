import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';
import { isPlaceholderName } from './state-name';

describe('state-name', () => {
  it('accepts names that say what a state does', () => {
    for (const name of ['Charge Card', 'Wait 10 Seconds', 'Is Order Valid?', 'Create Stack'])
      expect(
        isPlaceholderName(name, {
          Resource: 'arn:aws:states:::aws-sdk:cloudformation:createStack',
        }),
      ).toBe(false);
    expect(
      findingsOf('state-name', machine({ 'Charge Card': { Type: 'Pass', End: true } })),
    ).toEqual([]);
  });

  it('flags type names, numbered copies and the service-action names tools give', () => {
    for (const name of ['Pass', 'Pass (1)', 'Map State', 'State1', 'Choice 2'])
      expect(isPlaceholderName(name, {})).toBe(true);
    expect(
      isPlaceholderName('Lambda Invoke (2)', { Resource: 'arn:aws:states:::lambda:invoke' }),
    ).toBe(true);
    expect(
      isPlaceholderName('DynamoDB PutItem', { Resource: 'arn:aws:states:::dynamodb:putItem' }),
    ).toBe(true);
    expect(
      isPlaceholderName('CreateStack', {
        Resource: 'arn:aws:states:::aws-sdk:cloudformation:createStack',
      }),
    ).toBe(true);
    expect(
      findingsOf('state-name', machine({ 'Pass (1)': { Type: 'Pass', End: true } }))[0].fixes,
    ).toEqual([]);
  });

  it('fix renames a Lambda Invoke after its function, with every reference', () => {
    const def = machine({
      Start: { Type: 'Pass', Next: 'Lambda Invoke' },
      'Lambda Invoke': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: '${ChargeCardFunctionArn}' },
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Lambda Invoke' }],
        End: true,
      },
    });
    const { value } = applyFix('state-name', def);
    const states = value.States as Record<string, Record<string, unknown>>;
    expect(Object.keys(states)).toEqual(['Start', 'Charge card']);
    expect(states.Start.Next).toBe('Charge card');
    expect((states['Charge card'].Catch as Record<string, unknown>[])[0].Next).toBe('Charge card');
  });
});
