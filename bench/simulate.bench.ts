/**
 * Simulator benchmark: ASL Studio's engine against aws-local-stepfunctions on the same
 * workloads. Each (subject, workload) runs in its own child process so peak memory is measured
 * per subject; the parent prints states/second, peak memory and the ratios.
 *
 *   npm run bench -- simulate
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Definition = Record<string, unknown>;

interface Workload {
  name: string;
  /** State transitions one run makes (for states/second). */
  transitions: number;
  definition: () => Definition;
  input: unknown;
  /** Timed repetitions (after one untimed warm-up run). */
  repeats: number;
}

function passChain(n: number): Definition {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    states[`S${i}`] =
      i === n - 1 ? { Type: 'Pass', End: true } : { Type: 'Pass', Next: `S${i + 1}` };
  }
  return { StartAt: 'S0', States: states };
}

const WORKLOADS: Workload[] = [
  {
    name: 'pass-chain-1000',
    transitions: 1000,
    definition: () => passChain(1000),
    input: { a: 1, b: [1, 2, 3] },
    repeats: 20,
  },
  {
    name: 'pass-chain-10000',
    transitions: 10000,
    definition: () => passChain(10000),
    input: { a: 1, b: [1, 2, 3] },
    repeats: 5,
  },
  {
    name: 'map-10000-items',
    transitions: 10001,
    definition: () => ({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    }),
    input: { items: Array.from({ length: 10000 }, (_, i) => i) },
    repeats: 3,
  },
  {
    name: 'choice-loop-10000',
    transitions: 20001,
    definition: () => ({
      StartAt: 'Check',
      States: {
        Check: {
          Type: 'Choice',
          Choices: [{ Variable: '$.i', NumericLessThan: 10000, Next: 'Increment' }],
          Default: 'Done',
        },
        Increment: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'Check' },
        Done: { Type: 'Succeed' },
      },
    }),
    input: { i: 0 },
    repeats: 3,
  },
];

type Runner = (definition: Definition, input: unknown) => Promise<unknown>;

// The history limit (25,000 events) would stop these long runs on AWS STANDARD; lift it for both.
async function oursRunner(definition: Definition): Promise<Runner> {
  const { compileDefinition, createExecution } = await import('../src/shared/sim/index');
  const compiled = compileDefinition(definition);
  return async (_def, input) => {
    const result = await createExecution(compiled, {
      input,
      limits: { maxHistoryEvents: Number.MAX_SAFE_INTEGER },
    }).runToCompletion();
    if (result.status !== 'SUCCEEDED')
      throw new Error(`ours: ${result.status} ${result.error} ${result.cause}`);
    return result.output;
  };
}

async function peerRunner(definition: Definition): Promise<Runner> {
  const { StateMachine } = await import('aws-local-stepfunctions');
  const machine = new StateMachine(definition as never, {
    validationOptions: { checkPaths: false, checkArn: false },
  });
  return async (_def, input) => machine.run(input as never).result;
}

async function child(subject: string, workloadName: string): Promise<void> {
  const workload = WORKLOADS.find((w) => w.name === workloadName)!;
  const definition = workload.definition();
  const run = await (subject === 'ours' ? oursRunner : peerRunner)(definition);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baselineRss = process.memoryUsage().rss;
  // The first run is measured for memory (peak RSS over the baseline) and warms the JIT.
  await run(definition, workload.input);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  await run(definition, workload.input);
  // CPU time, not wall time: the machine is shared, and both subjects are charged the same way.
  // Repeat until at least a CPU-second has been measured so both reach their optimised code.
  const start = process.cpuUsage();
  let runs = 0;
  let seconds = 0;
  while (runs < workload.repeats || seconds < 1) {
    await run(definition, workload.input);
    runs++;
    const used = process.cpuUsage(start);
    seconds = (used.user + used.system) / 1e6;
  }
  const statesPerSecond = (workload.transitions * runs) / seconds;
  process.stdout.write(
    JSON.stringify({
      statesPerSecond,
      peakMiB: Math.max(0, peakRss - baselineRss) / 2 ** 20,
      peakRssMiB: peakRss / 2 ** 20,
    }),
  );
}

function measure(
  subject: string,
  workload: string,
): { statesPerSecond: number; peakMiB: number; peakRssMiB: number } {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', self, '--child', subject, workload],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`${subject}/${workload} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    await child(process.argv[3], process.argv[4]);
    return;
  }
  const only = process.argv.slice(2);
  console.log(
    'workload             | ours states/s | peer states/s | speed ×  | ours MiB | peer MiB | memory ratio',
  );
  let speedOk = true;
  let memoryOk = true;
  const unresolved: string[] = [];
  for (const w of WORKLOADS.filter((x) => only.length === 0 || only.includes(x.name))) {
    const ours = measure('ours', w.name);
    const peer = measure('peer', w.name);
    const speed = ours.statesPerSecond / peer.statesPerSecond;
    const memory = ours.peakMiB / Math.max(peer.peakMiB, 0.01);
    speedOk &&= speed >= 10;
    // Below ~2 MiB above the baseline, peak RSS cannot tell the subjects apart (page granularity,
    // allocator slack); say so instead of claiming a ratio either way.
    if (ours.peakMiB < 2 && peer.peakMiB < 2) unresolved.push(w.name);
    else memoryOk &&= memory <= 0.5;
    console.log(
      `${w.name.padEnd(20)} | ${fmt(ours.statesPerSecond).padStart(13)} | ${fmt(peer.statesPerSecond).padStart(13)} | ${speed.toFixed(1).padStart(7)}× | ${ours.peakMiB.toFixed(1).padStart(8)} | ${peer.peakMiB.toFixed(1).padStart(8)} | ${memory.toFixed(2)}`,
    );
  }
  console.log(
    "(peak memory: the workload's peak RSS above the process baseline, each subject in its own process)",
  );
  console.log(
    `speed: ${speedOk ? 'at least 10× faster on every workload' : 'NOT 10× faster on every workload'}`,
  );
  console.log(
    `memory: ${memoryOk ? 'at most ½ of the peer' : 'NOT at most ½ of the peer'} where measurable` +
      (unresolved.length ? `; below RSS resolution for both on ${unresolved.join(', ')}` : ''),
  );
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

void main();
