/**
 * `npm run bench -- validate`: validates generated definitions of 100, 1,000 and 5,000 states with
 * ours (validateText) and with the npm package asl-validator, the same text in the same run, and
 * prints milliseconds per run and the ratio. Ours must be at least 10× faster at 1,000 states.
 */
import { createRequire } from 'node:module';
import { validateText } from '../src/shared/validate';

// asl-validator ships no type declarations: this is the part of its API the bench uses.
type AslValidator = (definition: unknown) => { isValid: boolean; errorsText: () => string };
const aslValidator = createRequire(import.meta.url)('asl-validator') as AslValidator;

/** A definition of exactly `count` states (nested ones included), mixing every common shape. */
function generate(count: number): string {
  const states: Record<string, unknown> = {};
  let made = 0;
  let i = 0;
  const names: string[] = [];
  // Reserve one state for the Fail every Catch goes to.
  while (made < count - 1) {
    const name = `S${i++}`;
    names.push(name);
    const kind = i % 5;
    const left = count - 1 - made;
    if (kind === 0 && left >= 3) {
      states[name] = {
        Type: 'Parallel',
        Branches: [0, 1].map((b) => ({
          StartAt: `${name}B${b}`,
          States: {
            [`${name}B${b}`]: { Type: 'Pass', Parameters: { 'x.$': '$.x', y: b }, End: true },
          },
        })),
        ResultPath: '$.parallel',
      };
      made += 3;
    } else if (kind === 1 && left >= 2) {
      states[name] = {
        Type: 'Map',
        ItemsPath: '$.items',
        MaxConcurrency: 4,
        ItemSelector: { 'item.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: `${name}Item`,
          States: { [`${name}Item`]: { Type: 'Pass', End: true } },
        },
        ResultPath: '$.mapped',
      };
      made += 2;
    } else if (kind === 2) {
      states[name] = {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: {
          FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:f',
          'Payload.$': '$',
        },
        ResultSelector: {
          'body.$': '$.Payload.body',
          'count.$': 'States.ArrayLength($.Payload.items)',
        },
        ResultPath: '$.result',
        TimeoutSeconds: 30,
        HeartbeatSeconds: 10,
        Retry: [
          {
            ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'],
            IntervalSeconds: 2,
            MaxAttempts: 3,
            BackoffRate: 2,
            JitterStrategy: 'FULL',
          },
        ],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
      };
      made += 1;
    } else if (kind === 3) {
      states[name] = {
        Type: 'Choice',
        Choices: [
          { Variable: '$.count', NumericGreaterThan: 10, Next: '' },
          {
            And: [
              { Variable: '$.status', StringEquals: 'done' },
              { Variable: '$.flag', IsPresent: true },
            ],
            Next: '',
          },
        ],
        Default: '',
      };
      made += 1;
    } else {
      states[name] = {
        Type: 'Pass',
        Parameters: { 'input.$': '$', 'greeting.$': "States.Format('Hello {}', $.name)", n: i },
        ResultPath: '$.pass',
      };
      made += 1;
    }
  }
  states.Failed = { Type: 'Fail', Error: 'Failed', Cause: 'A task failed' };
  names.forEach((name, k) => {
    const state = states[name] as Record<string, unknown>;
    const next = names[k + 1];
    if (state.Type === 'Choice') {
      const target = next ?? 'Failed';
      for (const rule of state.Choices as Record<string, unknown>[]) rule.Next = target;
      state.Default = target;
    } else if (next) state.Next = next;
    else state.End = true;
  });
  return JSON.stringify({ Comment: `${count} states`, StartAt: names[0], States: states }, null, 2);
}

function time(run: () => unknown, minMs = 1500): number {
  for (let i = 0; i < 3; i++) run();
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < minMs || runs < 5) {
    run();
    runs++;
  }
  return (performance.now() - start) / runs;
}

let failed = false;
console.log('states   ours (ms/run)   asl-validator (ms/run)   ratio');
for (const count of [100, 1000, 5000]) {
  const text = generate(count);
  const ours = validateText(text);
  const errors = ours.diagnostics.filter((d) => d.severity === 'ERROR');
  if (errors.length > 0)
    throw new Error(`the generated definition is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
  const theirs = aslValidator(JSON.parse(text));
  if (!theirs.isValid)
    console.warn(`asl-validator disagrees at ${count}: ${theirs.errorsText().slice(0, 300)}`);
  const oursMs = time(() => validateText(text));
  // asl-validator takes a parsed object (and writes into it), so it parses the same text each run.
  const theirsMs = time(() => aslValidator(JSON.parse(text)));
  const ratio = theirsMs / oursMs;
  console.log(
    `${String(count).padStart(6)}   ${oursMs.toFixed(3).padStart(13)}   ${theirsMs.toFixed(3).padStart(22)}   ${ratio.toFixed(1)}×`,
  );
  if (count === 1000 && ratio < 10) failed = true;
}
if (failed) {
  console.error('ours is less than 10× faster than asl-validator at 1,000 states');
  process.exit(1);
}
