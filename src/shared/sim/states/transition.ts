import type { CompileEnv } from '../engine/compiled';
import { DefinitionError } from '../engine/compiled';

/** The state a state goes to when it succeeds: its Next, or undefined when it ends its lane. */
export function transitionOf(
  def: { Next?: unknown; End?: unknown },
  env: CompileEnv,
): string | undefined {
  if (def.End === true) return undefined;
  if (typeof def.Next === 'string') return def.Next;
  throw new DefinitionError('The state has neither "Next" nor "End": true', env.pointer);
}
