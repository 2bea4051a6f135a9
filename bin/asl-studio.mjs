#!/usr/bin/env node
// Runs the built CLI. `npm ci` builds it (the prepare script); `npm run build:cli` rebuilds it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/asl-studio.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('asl-studio: the CLI is not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
