import type { Obj } from '../types';
import { walkDefinition } from '../walk';

/** Every state name in a definition, nested machines included (names must be unique overall). */
export function allStateNames(root: Obj): Set<string> {
  const names = new Set<string>();
  walkDefinition(
    root,
    'STANDARD',
    () => {},
    (v) => names.add(v.name),
  );
  return names;
}

/** `base`, or `base 2`, `base 3`… whichever is not taken yet. */
export function uniqueName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} ${i}`)) return `${base} ${i}`;
}
