#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ one after another, so they do not compete for
// the two cores; `npm run bench -- validate` runs the matching ones. Each is first bundled by
// Vite the way the CLI is (vite.cli.config.ts: our code bundled for Node 20, packages external),
// so it measures the code as it ships. Running the TypeScript through tsx instead would measure
// tsx's transform too: it keeps function names by wrapping every function it creates in a call,
// which costs the linter about 15% at 5,000 states. The bundles sit in out/bench, two folders
// below the root as the sources are, so paths found from import.meta.url hold in both.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, 'out', 'bench');
const filter = process.argv.slice(2);
const files = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${filter.join(' ')}`);
  process.exit(1);
}
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: Object.fromEntries(
        files.map((f) => [f.replace(/\.ts$/, ''), path.join(root, 'bench', f)]),
      ),
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  ssr: { target: 'node' },
});
let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const bundle = path.join(outDir, file.replace(/\.ts$/, '.mjs'));
  const r = spawnSync(process.execPath, ['--expose-gc', bundle], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
if (failed) {
  console.error(`${failed} benchmark(s) failed`);
  process.exit(1);
}
