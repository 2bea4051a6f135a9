/**
 * What the interpreter (a generator) asks of its driver. Everything else runs synchronously, so a
 * run whose tasks answer synchronously never touches a Promise.
 */
export type Effect =
  /** Pause here (stepping, or a breakpoint) until the caller resumes. */
  | { kind: 'pause' }
  /** Wait for a promise (an async task resolver, a JSONata evaluation). */
  | { kind: 'await'; promise: Promise<unknown> }
  /** Wait for sendTaskSuccess/Failure on this token. */
  | {
      kind: 'callback';
      token: string;
      /** Virtual time (ms) by which the task must be answered (TimeoutSeconds). */
      timeoutAt?: number;
      /** Longest gap (ms) allowed between heartbeats (HeartbeatSeconds). */
      heartbeatMs?: number;
    };

/** The generator type every state handler and machine runner uses. */
export type Interpreter<T> = Generator<Effect, T, unknown>;

/** Awaits a value that may be a promise: synchronous values never yield. */
export function* awaitValue<T>(value: T | Promise<T>): Interpreter<T> {
  if (value instanceof Promise) return (yield { kind: 'await', promise: value }) as T;
  return value;
}

/** The singleton pause effect. */
export const PAUSE: Effect = { kind: 'pause' };
