/**
 * The simulator's clock. It is virtual: Wait states and Retry intervals move it forward at once,
 * so a run that would take a day on AWS takes microseconds here and timestamps stay deterministic.
 */
export interface Clock {
  /** Milliseconds since the epoch, as the execution sees it. */
  now(): number;
  /** Moves time forward (never backward) by the given milliseconds. */
  advance(ms: number): void;
}

/** A virtual clock that starts at `startMs` (default: the real time when it is created). */
export function virtualClock(startMs: number = Date.now()): Clock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      if (ms > 0 && Number.isFinite(ms)) current += ms;
    },
  };
}

/** An ISO-8601 UTC timestamp with milliseconds, as AWS writes them in the context object. */
export function isoTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}
