/**
 * `npm run bench -- export`: exports definitions of 100 and 1,000 states into a temporary
 * repository, one changed state per round, with our service (safety checks, preview of HEAD,
 * atomic write, partial commit) and with the bare minimum a script would do (write the file,
 * `git add`, `git commit -- path`). Prints milliseconds per export and the ratio: the price of
 * the checks. Also times the commit-message diff alone.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitExportService } from '../src/main/services/git';
import { commitMessageFor } from '../src/main/services/git/commitMessage';

const home = mkdtempSync(path.join(tmpdir(), 'asl-bench-home-'));
writeFileSync(path.join(home, '.gitconfig'), '');
Object.assign(process.env, {
  HOME: home,
  GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
  GIT_CONFIG_NOSYSTEM: '1',
});

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'asl-bench-repo-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Bench');
  git('config', 'user.email', 'bench@example.com');
  git('commit', '--quiet', '--allow-empty', '-m', 'init');
  return dir;
}

/** `count` chained Task states; `round` changes one state's Comment so each export has a change. */
function definition(count: number, round: number): Record<string, unknown> {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    States[`Step${i}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: `fn-${i}`, 'Payload.$': '$' },
      ...(i === round % count ? { Comment: `round ${round}` } : {}),
      ...(i === count - 1 ? { End: true } : { Next: `Step${i + 1}` }),
    };
  }
  return { StartAt: 'Step0', States };
}

// A `git` first on PATH that counts its runs, then hands over to the real one: the number of git
// processes per export is the figure that holds on a busy machine, where timings wander.
const shim = mkdtempSync(path.join(tmpdir(), 'asl-bench-shim-'));
const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
const counter = path.join(shim, 'count');
writeFileSync(counter, '');
writeFileSync(
  path.join(shim, 'git'),
  `#!/bin/sh\necho x >> "${counter}"\nexec "${realGit}" "$@"\n`,
);
chmodSync(path.join(shim, 'git'), 0o755);
process.env.PATH = `${shim}${path.delimiter}${process.env.PATH}`;
const spawned = (): number => readFileSync(counter, 'utf8').length / 2;

const ROUNDS = 8;
const service = new GitExportService();

for (const count of [100, 1000]) {
  const ours = repo();
  const peer = repo();
  let oursMs = 0;
  let peerMs = 0;
  let oursGit = 0;
  let peerGit = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const value = definition(count, round);
    let count0 = spawned();
    let start = performance.now();
    const result = await service.exportDefinition({
      repo: ours,
      path: 'sfn/definition.json',
      text: JSON.stringify(value),
      format: 'json',
      name: 'Bench',
    });
    oursMs += performance.now() - start;
    oursGit += spawned() - count0;
    count0 = spawned();
    if (!result.ok) throw new Error(`export refused: ${result.refusal.message}`);

    start = performance.now();
    mkdirSync(path.join(peer, 'sfn'), { recursive: true });
    writeFileSync(path.join(peer, 'sfn/definition.json'), JSON.stringify(value, null, 2) + '\n');
    execFileSync('git', ['add', '--', 'sfn/definition.json'], { cwd: peer });
    execFileSync(
      'git',
      ['commit', '--quiet', '-m', `round ${round}`, '--', 'sfn/definition.json'],
      { cwd: peer },
    );
    peerMs += performance.now() - start;
    peerGit += spawned() - count0;
  }
  const o = oursMs / ROUNDS;
  const p = peerMs / ROUNDS;
  console.log(
    `${String(count).padStart(5)} states: ours ${o.toFixed(1)} ms/export (${oursGit / ROUNDS} git processes), ` +
      `plain git add+commit ${p.toFixed(1)} ms/export (${peerGit / ROUNDS}), ratio ${(o / p).toFixed(2)}×`,
  );
}

const before = definition(1000, 1);
const after = definition(1000, 2);
const start = performance.now();
const runs = 20;
let message = '';
for (let i = 0; i < runs; i++) message = commitMessageFor('Bench', before, after);
console.log(
  `commit message for 1,000 states: ${((performance.now() - start) / runs).toFixed(2)} ms ("${message}")`,
);
