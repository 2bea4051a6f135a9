#!/usr/bin/env node
// `npm test`: every check the project has, in one command, ending with a plain `N passed, M failed`
// line (CI reads that line, not Vitest's or Playwright's own summaries).
//
//   1. unit tests (Vitest, src/**/*.test.ts)
//   2. a build of the app (electron-vite) and the CLI, which the end-to-end specs drive
//   3. end-to-end specs (Playwright in Chromium through `asl-studio serve`), when Chromium exists
//   4. the type check and ESLint (layer rules included), each counted as one check
//
// `npm test -- --unit` runs only the unit tests; `--e2e` only the build and end-to-end specs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : 'all';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
const notes = [];

function run(label, command, commandArgs, extraEnv = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  } catch {
    return undefined;
  }
}

function check(label, command, commandArgs) {
  const status = run(label, command, commandArgs);
  if (status === 0) passed++;
  else {
    failed++;
    notes.push(`${label} failed`);
  }
}

if (only !== 'e2e') {
  rmSync(path.join(root, '.vitest-results.json'), { force: true });
  const status = run('unit tests (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.vitest-results.json',
  ]);
  const report = readJson('.vitest-results.json');
  if (report) {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A suite that fails to load has no failed tests but is a failure all the same.
    const brokenSuites = (report.testResults ?? []).filter(
      (s) =>
        s.status === 'failed' && (s.assertionResults ?? []).every((a) => a.status !== 'failed'),
    );
    failed += brokenSuites.length;
    for (const s of brokenSuites)
      notes.push(`test file failed to run: ${path.relative(root, s.name)}`);
  } else {
    failed++;
    notes.push(`vitest produced no report (exit ${status})`);
  }
}

if (only !== 'unit') {
  const build = run('build (electron-vite + CLI)', 'npm', ['run', 'build']);
  if (build !== 0) {
    failed++;
    notes.push('npm run build failed');
  } else if (!existsSync('/usr/bin/chromium') && !process.env.ASL_STUDIO_CHROMIUM) {
    notes.push(
      'end-to-end specs skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)',
    );
  } else {
    rmSync(path.join(root, '.playwright-results.json'), { force: true });
    const status = run('end-to-end specs (playwright)', bin('playwright'), ['test']);
    const report = readJson('.playwright-results.json');
    if (report?.stats) {
      passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
      failed += report.stats.unexpected ?? 0;
      if ((report.errors ?? []).length > 0 && (report.stats.expected ?? 0) === 0) {
        failed++;
        notes.push('playwright reported errors outside tests');
      }
    } else {
      failed++;
      notes.push(`playwright produced no report (exit ${status})`);
    }
  }
}

if (only === 'all') {
  check('type check (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  check('lint (eslint)', bin('eslint'), ['.']);
}

console.log('');
for (const note of notes) console.log(`note: ${note}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
