import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The specs drive the built app through `serve`: build it once when it is missing. */
export default function globalSetup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const built =
    existsSync(path.join(root, 'out', 'renderer', 'index.html')) &&
    existsSync(path.join(root, 'out', 'cli', 'asl-studio.js'));
  if (!built) execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
