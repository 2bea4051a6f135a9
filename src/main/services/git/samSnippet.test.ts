import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findPlaceholders, samSnippet } from './samSnippet';

describe('samSnippet', () => {
  const definition = {
    StartAt: 'Save',
    States: {
      Save: {
        Type: 'Task',
        Resource: 'arn:aws:states:::dynamodb:putItem',
        Parameters: { TableName: '${OrderTable}', 'Key.$': '$.id' },
        Next: 'Notify',
      },
      Notify: {
        Type: 'Task',
        Resource: '${notify-function.arn}',
        Parameters: { 'Message.$': "States.Format('{} done', $.id)", Topic: '${OrderTable}' },
        End: true,
      },
    },
  };

  it('finds each ${} placeholder once, in order, and ignores intrinsic {}', () => {
    expect(findPlaceholders(definition)).toEqual(['OrderTable', 'notify-function.arn']);
    expect(findPlaceholders({ StartAt: 'A', States: {} })).toEqual([]);
  });

  it('declares a StateMachine with DefinitionUri and one substitution per placeholder', () => {
    const text = samSnippet('order workflow', 'definition.json', definition);
    const custom = ['!Ref'];
    const template = parse(text, {
      customTags: custom.map((tag) => ({ tag, resolve: (v: string) => ({ Ref: v }) })),
    });
    const resource = template.Resources.OrderWorkflowStateMachine;
    expect(resource.Type).toBe('AWS::Serverless::StateMachine');
    expect(resource.Properties.DefinitionUri).toBe('definition.json');
    expect(resource.Properties.DefinitionSubstitutions).toEqual({
      OrderTable: { Ref: 'OrderTable' },
      'notify-function.arn': { Ref: 'NotifyFunctionArn' },
    });
    expect(Object.keys(template.Parameters)).toEqual(['OrderTable', 'NotifyFunctionArn']);
  });

  it('omits substitutions when there are no placeholders', () => {
    const text = samSnippet('A', 'a.asl.json', {
      StartAt: 'A',
      States: { A: { Type: 'Succeed' } },
    });
    expect(text).not.toContain('DefinitionSubstitutions');
    expect(text).not.toContain('Parameters:');
  });
});
