import type { Retrier } from '../../asl/types';
import type { RandomSource } from '../random/random';

/** A Retrier with AWS's defaults filled in. */
export interface CompiledRetrier {
  errorEquals: string[];
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
  maxDelaySeconds: number | undefined;
  jitter: boolean;
}

/** Fills in AWS's defaults: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0, no jitter. */
export function compileRetrier(retrier: Retrier): CompiledRetrier {
  return {
    errorEquals: Array.isArray(retrier.ErrorEquals) ? retrier.ErrorEquals : [],
    intervalSeconds: retrier.IntervalSeconds ?? 1,
    maxAttempts: retrier.MaxAttempts ?? 3,
    backoffRate: retrier.BackoffRate ?? 2,
    maxDelaySeconds: retrier.MaxDelaySeconds,
    jitter: retrier.JitterStrategy === 'FULL',
  };
}

/**
 * Seconds to wait before retry number `attempt` (0 for the first retry): IntervalSeconds ×
 * BackoffRate^attempt, capped by MaxDelaySeconds, then (FULL jitter) a random share of it.
 */
export function retryDelaySeconds(
  retrier: CompiledRetrier,
  attempt: number,
  random: RandomSource,
): number {
  let delay = retrier.intervalSeconds * Math.pow(retrier.backoffRate, attempt);
  if (retrier.maxDelaySeconds !== undefined) delay = Math.min(delay, retrier.maxDelaySeconds);
  if (retrier.jitter) delay = random() * delay;
  return delay;
}
