import { getAtPointer } from '../../pointer';
import { isObject } from '../deepEqual';
import { EditError } from '../editError';
import { childScopes, statePointer } from './scope';

/** Every state name in a definition, nested branches and processors included. */
export function allStateNames(definition: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (container: unknown, pointer: string, depth: number): void => {
    if (!isObject(container) || !isObject(container.States) || depth > 64) return;
    for (const [name, state] of Object.entries(container.States)) {
      names.add(name);
      for (const child of childScopes(state, statePointer(pointer, name)))
        walk(getAtPointer(definition, child), child, depth + 1);
    }
  };
  walk(definition, '', 0);
  return names;
}

/** AWS's limit on a state name's length. */
export const MAX_STATE_NAME_LENGTH = 80;

/**
 * A name based on `base` that no state in the machine has yet: `base` itself when free, else
 * `base 2`, `base 3`… (a base already ending in a number counts on from it).
 */
export function uniqueStateName(
  definition: unknown,
  base: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  const names = allStateNames(definition);
  const isFree = (n: string): boolean => !names.has(n) && !taken.has(n);
  const trimmed = base.trim() || 'State';
  if (isFree(trimmed) && trimmed.length <= MAX_STATE_NAME_LENGTH) return trimmed;
  const numbered = trimmed.match(/^(.*\S)\s+(\d+)$/);
  const stem = numbered ? numbered[1] : trimmed;
  let n = numbered ? Number(numbered[2]) + 1 : 2;
  for (;;) {
    const suffix = ` ${n}`;
    const candidate = stem.slice(0, MAX_STATE_NAME_LENGTH - suffix.length) + suffix;
    if (isFree(candidate)) return candidate;
    n++;
  }
}

/** Throws an EditError unless `name` is a usable new state name (non-empty, short enough, unused). */
export function checkNewStateName(definition: unknown, name: string, pointer: string): void {
  if (typeof name !== 'string' || name.trim() === '')
    throw new EditError('INVALID_NAME', 'A state name cannot be empty', pointer);
  if ([...name].length > MAX_STATE_NAME_LENGTH)
    throw new EditError(
      'INVALID_NAME',
      `State name "${name}" is longer than ${MAX_STATE_NAME_LENGTH} characters`,
      pointer,
      name,
    );
  if (allStateNames(definition).has(name))
    throw new EditError(
      'STATE_EXISTS',
      `A state named "${name}" already exists (names are unique across the whole machine)`,
      pointer,
      name,
    );
}
