import {
  HOST_METHOD_NAMES,
  HostError,
  TOKEN_HEADER,
  unwrapEnvelope,
  type Host,
  type HostEnvelope,
} from '../../shared/host';

/** How to reach `asl-studio serve`. */
export interface HttpHostOptions {
  /** The server's origin, e.g. `http://127.0.0.1:5173`. */
  baseUrl: string;
  /** The per-launch token serve printed; null makes every call fail with FORBIDDEN. */
  token: string | null;
  /** Injected in tests; the page's fetch otherwise. */
  fetch?: typeof fetch;
}

/** A Host over serve's HTTP API: POST /api/<method> with a JSON payload and the token header. */
export function createHttpHost(options: HttpHostOptions): Host {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl.replace(/\/+$/, '');
  const host: Record<string, unknown> = {
    // serve has no menus and cannot push: the UI runs its commands from its own shortcuts.
    onEvent: () => () => undefined,
  };
  for (const name of HOST_METHOD_NAMES) {
    host[name] = async (payload?: unknown) => {
      if (!options.token) {
        throw new HostError(
          'FORBIDDEN',
          'this page has no access token: open the URL that `asl-studio serve` printed (it ends in ?token=…)',
        );
      }
      let response: Response;
      try {
        response = await doFetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
          body: JSON.stringify(payload ?? {}),
        });
      } catch (error) {
        throw new HostError(
          'IO_ERROR',
          `cannot reach asl-studio serve (${(error as Error).message}); is it still running?`,
        );
      }
      let envelope: HostEnvelope<unknown>;
      try {
        envelope = (await response.json()) as HostEnvelope<unknown>;
      } catch {
        throw new HostError(
          'INTERNAL',
          `asl-studio serve answered ${response.status} without a JSON body`,
        );
      }
      return unwrapEnvelope(envelope);
    };
  }
  return host as Host;
}
