/**
 * `npm run bench -- lint`: validate + lint (validateText, then lintText on the same parse, every
 * rule on) of generated 1,000- and 5,000-state definitions, against the npm package
 * asl-validator's validation of the same text, in the same run. Prints milliseconds per run and
 * the ratio; exits 1 when ours is not at least 10× faster.
 */
import { createRequire } from 'node:module';
import { validateText } from '../src/shared/validate';
import { lintText } from '../src/shared/lint';

// asl-validator ships no type declarations: this is the part of its API the bench uses.
type AslValidator = (definition: unknown) => { isValid: boolean; errorsText: () => string };
const aslValidator = createRequire(import.meta.url)('asl-validator') as AslValidator;

const RETRY = [
  { ErrorEquals: ['States.Timeout'], IntervalSeconds: 5, MaxAttempts: 2, BackoffRate: 2 },
  {
    ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'],
    IntervalSeconds: 1,
    MaxAttempts: 5,
    BackoffRate: 2,
    JitterStrategy: 'FULL',
  },
  { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
];

/**
 * A definition of about `count` states: groups of a Lambda task (Retry, Catch, Assign), a Choice
 * that loops back through a Wait (a polling loop for the cycle analysis), a Parallel of two
 * branches, an inline Map of two states and a Pass. Odd groups leave out the task's
 * TimeoutSeconds, so the linter reports as well as walks.
 */
function generate(count: number): string {
  const states: Record<string, unknown> = {};
  // Ten states a group, plus Done and Failed.
  const groups = Math.floor((count - 2) / 10);
  for (let g = 0; g < groups; g++) {
    const next = g + 1 < groups ? `Call ${g + 1}` : 'Done';
    states[`Call ${g}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: {
        FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:step${g}`,
        'Payload.$': '$',
      },
      ResultSelector: { 'status.$': '$.Payload.status' },
      ResultPath: '$.call',
      Assign: { [`last${g}.$`]: '$.call.status' },
      ...(g % 2 === 0 ? { TimeoutSeconds: 60 } : {}),
      Retry: RETRY,
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
      Next: `Ready ${g}`,
    };
    states[`Ready ${g}`] = {
      Type: 'Choice',
      Choices: [{ Variable: '$.call.status', StringEquals: 'READY', Next: `Fan ${g}` }],
      Default: `Pause ${g}`,
    };
    states[`Pause ${g}`] = { Type: 'Wait', Seconds: 10, Next: `Call ${g}` };
    states[`Fan ${g}`] = {
      Type: 'Parallel',
      ResultPath: null,
      Branches: [0, 1].map((b) => ({
        StartAt: `Branch ${g}.${b}`,
        States: {
          [`Branch ${g}.${b}`]: { Type: 'Pass', Parameters: { 'v.$': `$last${g}`, b }, End: true },
        },
      })),
      Next: `Each ${g}`,
    };
    states[`Each ${g}`] = {
      Type: 'Map',
      ItemsPath: '$.items',
      MaxConcurrency: 5,
      ResultPath: null,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: `Item ${g}`,
        States: {
          [`Item ${g}`]: { Type: 'Pass', Next: `Extra ${g}` },
          [`Extra ${g}`]: { Type: 'Pass', End: true },
        },
      },
      Next: `Note ${g}`,
    };
    states[`Note ${g}`] = {
      Type: 'Pass',
      Parameters: { 'message.$': "States.Format('step {}', $.call.status)" },
      ResultPath: '$.note',
      Next: next,
    };
  }
  states.Done = { Type: 'Succeed' };
  states.Failed = { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' };
  return JSON.stringify(
    { Comment: `${count} states`, StartAt: 'Call 0', TimeoutSeconds: 3600, States: states },
    null,
    2,
  );
}

function countStates(value: unknown): number {
  let n = 0;
  const walk = (m: { States?: Record<string, Record<string, unknown>> }): void => {
    for (const s of Object.values(m.States ?? {})) {
      n++;
      for (const b of (s.Branches as (typeof m)[]) ?? []) walk(b);
      if (s.ItemProcessor) walk(s.ItemProcessor as typeof m);
    }
  };
  walk(value as typeof walk extends (m: infer M) => void ? M : never);
  return n;
}

// Run with --expose-gc (scripts/bench.mjs does).
const collect = (globalThis as { gc?: () => void }).gc;

function time(run: () => unknown, minMs = 1500): number {
  // Each measurement starts from a collected heap: in alternating rounds, one side would
  // otherwise pay for collecting the garbage the other left.
  collect?.();
  for (let i = 0; i < 3; i++) run();
  const start = performance.now();
  let runs = 0;
  while (performance.now() - start < minMs || runs < 5) {
    run();
    runs++;
  }
  return (performance.now() - start) / runs;
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/**
 * Ours against theirs in alternating rounds of about 300 ms each: this machine is shared, and a
 * burst of load during one long measurement would otherwise count against one side only. The
 * ratio is the median of the rounds' ratios; the times are the rounds' medians.
 */
function compare(
  ours: () => unknown,
  theirs: () => unknown,
  rounds = 9,
): { oursMs: number; theirsMs: number; ratio: number } {
  const o: number[] = [];
  const t: number[] = [];
  for (let r = 0; r < rounds; r++) {
    o.push(time(ours, 300));
    t.push(time(theirs, 300));
  }
  return { oursMs: median(o), theirsMs: median(t), ratio: median(o.map((x, i) => t[i] / x)) };
}

function ours(text: string): number {
  const { parsed, diagnostics } = validateText(text);
  const { findings } = lintText(text, { parsed });
  return diagnostics.length + findings.length;
}

let failed = false;
console.log(
  'states   findings   validate (ms)   lint (ms)   ours validate+lint (ms/run)   asl-validator (ms/run)   ratio (median of 9 rounds)',
);
for (const target of [1000, 5000]) {
  const text = generate(target);
  const states = countStates(JSON.parse(text));
  const { diagnostics } = validateText(text);
  const errors = diagnostics.filter((d) => d.severity === 'ERROR');
  if (errors.length > 0)
    throw new Error(`the generated definition is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
  const findings = lintText(text).findings.length;
  const theirs = aslValidator(JSON.parse(text));
  if (!theirs.isValid)
    console.warn(`asl-validator disagrees at ${states}: ${theirs.errorsText().slice(0, 300)}`);
  // The parts alone (lint parses for itself), then the whole as a user runs it.
  const validateMs = time(() => validateText(text));
  const lintMs = time(() => lintText(text));
  // asl-validator takes a parsed object, so it parses the same text each run (as ours does).
  const { oursMs, theirsMs, ratio } = compare(
    () => ours(text),
    () => aslValidator(JSON.parse(text)),
  );
  console.log(
    `${String(states).padStart(6)}   ${String(findings).padStart(8)}   ${validateMs.toFixed(2).padStart(13)}   ${lintMs.toFixed(2).padStart(9)}   ${oursMs.toFixed(2).padStart(27)}   ${theirsMs.toFixed(2).padStart(22)}   ${ratio.toFixed(1)}×`,
  );
  if (ratio < 10) failed = true;
}
if (failed) {
  console.error('validate+lint is less than 10× faster than asl-validator');
  process.exit(1);
}
