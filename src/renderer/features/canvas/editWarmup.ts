import { runEditCommands, type EditCommand } from '../../../shared/asl/edit';

/** A small machine in the usual layout: a chain of Tasks with Retry and Catch, a Choice, a Fail. */
function sampleText(): string {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < 12; i++)
    States[`Step ${i}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'work', 'Payload.$': '$' },
      Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
      Next: i < 11 ? `Step ${i + 1}` : 'Decide',
    };
  States.Decide = {
    Type: 'Choice',
    Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Failed' }],
    Default: 'Failed',
  };
  States.Failed = { Type: 'Fail', Error: 'Failed' };
  return JSON.stringify({ StartAt: 'Step 0', States }, null, 2);
}

const COMMANDS: EditCommand[][] = [
  [{ kind: 'delete', scope: '', name: 'Step 3' }],
  [{ kind: 'rename', scope: '', from: 'Step 5', to: 'Renamed' }],
  [{ kind: 'duplicate', scope: '', name: 'Step 7' }],
  [{ kind: 'move', scope: '', name: 'Step 2', toScope: '', after: 'Step 8', via: 'Next' }],
  [{ kind: 'connect', scope: '', from: 'Step 1', via: 'Next', to: 'Step 9' }],
  [
    {
      kind: 'insertAfter',
      scope: '',
      from: 'Step 4',
      name: 'Inserted',
      state: { Type: 'Pass' },
      via: 'Next',
    },
  ],
];

/**
 * Runs each kind of edit a few times on a small machine, so the worker's code is compiled before
 * the user's first edit: a cold edit of a 500-state machine took several times longer.
 */
export function warmUpEdits(rounds = 4): void {
  const text = sampleText();
  for (let r = 0; r < rounds; r++)
    for (const commands of COMMANDS) runEditCommands({ text, format: 'json' }, commands);
}
