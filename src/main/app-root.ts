import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The asl-studio checkout (or installed package) a module runs from: the nearest folder upwards
 * whose package.json is named asl-studio. Works from src/ (tests, tsx) and from out/ (built).
 */
export function findAppRoot(fromDir: string): string | null {
  let dir = path.resolve(fromDir);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'asl-studio')
          return dir;
      } catch {
        // an unreadable package.json is not ours; keep looking upwards
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
