import { describe, expect, it } from 'vitest';
import { fixText } from './apply';
import { lintText } from '../engine';

const messy = `{
\t"StartAt": "Lambda Invoke",
\t"States": {
\t\t"Lambda Invoke": {
\t\t\t"Type": "Task",
\t\t\t"Resource": "arn:aws:states:::lambda:invoke",
\t\t\t"Parameters": { "FunctionName": "\${ChargeCardFunctionArn}", "Payload.$": "$" },
\t\t\t"Next": "Route"
\t\t},
\t\t"Route": {
\t\t\t"Type": "Choice",
\t\t\t"Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Child" }]
\t\t},
\t\t"Child": {
\t\t\t"Type": "Task",
\t\t\t"Resource": "arn:aws:states:::states:startExecution.sync",
\t\t\t"Parameters": { "StateMachineArn": "arn:aws:states:us-east-1:1:stateMachine:C" },
\t\t\t"Retry": [{ "ErrorEquals": ["States.ALL"], "MaxAttempts": 0 }, { "ErrorEquals": ["Throttled"] }],
\t\t\t"End": true
\t\t}
\t}
}`;

describe('fixText', () => {
  it('applies fixes round after round until nothing is left to fix, then is stable', () => {
    const first = fixText(messy, 'json');
    expect(first.applied).toBeGreaterThan(8);
    const left = lintText(first.text).findings.filter((f) => f.fixes.length > 0);
    expect(left).toEqual([]);
    const second = fixText(first.text, 'json');
    expect([second.applied, second.text]).toEqual([0, first.text]);
    const value = JSON.parse(first.text);
    expect(value.StartAt).toBe('Charge card');
    expect(value.States.Child.Resource).toBe('arn:aws:states:::states:startExecution.sync:2');
    expect(
      value.States.Child.Retry.map((r: { ErrorEquals: string[] }) => r.ErrorEquals[0]),
    ).toEqual(['Throttled', 'States.ALL']);
    expect(value.States.Route.Default).toBe('Route No Match');
  });

  it('keeps the document formatting (tabs) and every untouched line', () => {
    const { text } = fixText(messy, 'json');
    expect(text).not.toMatch(/^ +"/m);
    const after = new Set(text.split('\n').map((l) => l.replace(/,$/, '')));
    // Lines a fix rewrites: the renamed state, the .sync Resource, the reordered Retry, and the
    // one-line Choices array that a new member is appended after (the edit primitives reformat
    // the line they insert after).
    const kept = messy
      .split('\n')
      .filter((l) => !/Lambda Invoke|startExecution\.sync|"Retry"|"Choices"/.test(l));
    for (const line of kept) expect(after.has(line.replace(/,$/, '')), line).toBe(true);
  });

  it('fixes YAML with minimal edits too', () => {
    const yaml =
      '# orders\nStartAt: Route\nStates:\n  Route:\n    Type: Choice # decide\n    Choices:\n      - Variable: $.ok\n        BooleanEquals: true\n        Next: Done\n  Done:\n    Type: Succeed\n';
    const { text } = fixText(yaml, 'yaml');
    expect(text).toContain('# orders');
    expect(text).toContain('Type: Choice # decide');
    expect(text).toContain('Default: Route No Match');
    expect(fixText(text, 'yaml').applied).toBe(0);
  });

  it('returns text with syntax errors unchanged', () => {
    expect(fixText('{"StartAt": ', 'json')).toEqual({
      text: '{"StartAt": ',
      applied: 0,
      rounds: 0,
    });
  });
});
