import {
  HostError,
  isHostMethod,
  parsePayload,
  type HostEnvelope,
  type HostMethod,
} from '../shared/host';
import type { HostHandlers } from './handlers';

/**
 * Runs one call from the wire (IPC or HTTP): checks the method name, validates the payload with
 * its zod schema, runs the handler, and always answers with an envelope (never throws), so the
 * UI gets a code and a readable message for every failure.
 */
export async function dispatch(
  handlers: HostHandlers,
  method: unknown,
  payload: unknown,
  log: (message: string) => void = () => undefined,
): Promise<HostEnvelope<unknown>> {
  try {
    if (!isHostMethod(method)) {
      throw new HostError('UNKNOWN_METHOD', `unknown host method '${String(method).slice(0, 64)}'`);
    }
    const valid = parsePayload(method, payload);
    const handler = handlers[method] as (p: unknown) => Promise<unknown>;
    const value = await handler(valid);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    if (error instanceof HostError)
      return { ok: false, error: { code: error.code, message: error.message } };
    log(`host method ${String(method)} failed: ${(error as Error)?.stack ?? String(error)}`);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `${String(method)} failed: ${(error as Error)?.message ?? String(error)}`,
      },
    };
  }
}

/** Handler names, for registering every method with a transport. */
export function handlerNames(handlers: HostHandlers): HostMethod[] {
  return Object.keys(handlers) as HostMethod[];
}
