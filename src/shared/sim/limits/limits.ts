/** The limits a run enforces; AWS's values by default, overridable (e.g. for benchmarks). */
export interface SimulationLimits {
  /** Largest state input/output/result in bytes (UTF-8 JSON); AWS: 256 KiB. */
  maxPayloadBytes: number;
  /** Most history events in a STANDARD execution; AWS: 25,000. */
  maxHistoryEvents: number;
  /** Most state transitions in one run, so an endless loop ends with a clear error. */
  maxTransitions: number;
}

/** AWS's quotas plus the simulator's own transition budget. */
export const DEFAULT_LIMITS: SimulationLimits = {
  maxPayloadBytes: 256 * 1024,
  maxHistoryEvents: 25_000,
  maxTransitions: 1_000_000,
};
