import type { JsonValue } from '../../asl/types';

/**
 * One history event as the engine keeps it: cheap to create (details hold references to the
 * payloads, nothing is serialised) and turned into AWS's GetExecutionHistory shape on demand by
 * `toAwsHistoryEvent`.
 */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  /** Virtual milliseconds since the epoch. */
  timestamp: number;
  type: string;
  details?: EventDetails;
}

/** Details of an event; payload fields (input, output, parameters) are JSON values, not text. */
export interface EventDetails {
  name?: string;
  input?: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  index?: number;
  length?: number;
  resourceType?: string;
  roleArn?: string;
  region?: string;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  resource?: string;
  parameters?: unknown;
  /** The variables a state assigned (AWS's assignedVariables). */
  assignedVariables?: Record<string, unknown>;
}

/** AWS's JSON shape of one history event (the payloads as JSON text, as the API returns them). */
export type AwsHistoryEvent = Record<string, JsonValue>;

const DETAILS_KEY: Record<string, string> = {
  ExecutionStarted: 'executionStartedEventDetails',
  ExecutionSucceeded: 'executionSucceededEventDetails',
  ExecutionFailed: 'executionFailedEventDetails',
  ExecutionTimedOut: 'executionTimedOutEventDetails',
  ExecutionAborted: 'executionAbortedEventDetails',
  MapStateStarted: 'mapStateStartedEventDetails',
  MapIterationStarted: 'mapIterationStartedEventDetails',
  MapIterationSucceeded: 'mapIterationSucceededEventDetails',
  MapIterationFailed: 'mapIterationFailedEventDetails',
  MapIterationAborted: 'mapIterationAbortedEventDetails',
  TaskScheduled: 'taskScheduledEventDetails',
  TaskStarted: 'taskStartedEventDetails',
  TaskSucceeded: 'taskSucceededEventDetails',
  TaskFailed: 'taskFailedEventDetails',
  TaskTimedOut: 'taskTimedOutEventDetails',
  TaskSubmitted: 'taskSubmittedEventDetails',
  MapRunFailed: 'mapRunFailedEventDetails',
  EvaluationFailed: 'evaluationFailedEventDetails',
};

const PAYLOAD_FIELDS = ['input', 'output', 'parameters'] as const;

/** Converts an engine event to the GetExecutionHistory JSON shape (payloads serialised here). */
export function toAwsHistoryEvent(event: HistoryEvent): AwsHistoryEvent {
  const out: AwsHistoryEvent = {
    timestamp: new Date(event.timestamp).toISOString(),
    type: event.type,
    id: event.id,
    previousEventId: event.previousEventId,
  };
  const d = event.details;
  if (!d) return out;
  const key = event.type.endsWith('StateEntered')
    ? 'stateEnteredEventDetails'
    : event.type.endsWith('StateExited')
      ? 'stateExitedEventDetails'
      : (DETAILS_KEY[event.type] ??
        `${event.type[0].toLowerCase()}${event.type.slice(1)}EventDetails`);
  const details: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(d)) {
    if (value === undefined) continue;
    if ((PAYLOAD_FIELDS as readonly string[]).includes(field)) {
      details[field] = JSON.stringify(value ?? null);
      details[`${field}Details`] = { truncated: false };
    } else if (field === 'assignedVariables') {
      const vars: Record<string, JsonValue> = {};
      for (const [n, v] of Object.entries(value as Record<string, unknown>))
        vars[n] = JSON.stringify(v);
      details[field] = vars;
    } else details[field] = value as JsonValue;
  }
  out[key] = details;
  return out;
}

/** Events per storage chunk. */
const CHUNK_EVENTS = 512;

/**
 * The ordered, append-only event log of one execution, stored in chunks of three cells per event (type,
 * state name, payload reference) in one array. Previous ids and timestamps are stored only where
 * they differ from the obvious (id - 1, the time of the event before), which is rare. Nothing is
 * allocated per event, so a long run's history costs little; `events` builds objects on demand.
 */
export class ExecutionHistory {
  /** [type, state name or undefined, payload] per event; payload is the input (…Entered), the output (…Exited) or the details (other events). */
  private readonly chunks: unknown[][] = [];
  private chunk: unknown[] = [];
  private count = 0;
  private readonly previousExceptions = new Map<number, number>();
  /** [id, timestamp] pairs, each the first event at a new time. */
  private readonly timeChanges: number[] = [];
  private lastTime = Number.NaN;
  private readonly assigned = new Map<number, Record<string, unknown>>();
  private cache: HistoryEvent[] = [];

  /** Appends an event with its details and returns its id. */
  add(type: string, previousEventId: number, timestamp: number, details?: EventDetails): number {
    this.push(type, undefined, details);
    return this.note(previousEventId, timestamp);
  }

  /** Appends a StateEntered (input) or StateExited (output) event and returns its id. */
  addState(
    type: string,
    previousEventId: number,
    timestamp: number,
    name: string,
    payload: unknown,
    _entered: boolean,
    assigned?: Record<string, unknown>,
  ): number {
    this.push(type, name, payload);
    const id = this.note(previousEventId, timestamp);
    if (assigned) this.assigned.set(id, assigned);
    return id;
  }

  // Fixed-size chunks: one growing array would be re-allocated and copied in the large-object
  // space as it grows, which made long runs several times slower per event.
  private push(type: string, name: string | undefined, payload: unknown): void {
    let at = 3 * (this.count % CHUNK_EVENTS);
    if (at === 0) {
      this.chunk = new Array<unknown>(3 * CHUNK_EVENTS);
      this.chunks.push(this.chunk);
      at = 0;
    }
    const chunk = this.chunk;
    chunk[at] = type;
    chunk[at + 1] = name;
    chunk[at + 2] = payload;
  }

  private note(previousEventId: number, timestamp: number): number {
    const id = ++this.count;
    if (previousEventId !== id - 1) this.previousExceptions.set(id, previousEventId);
    if (timestamp !== this.lastTime) {
      this.timeChanges.push(id, timestamp);
      this.lastTime = timestamp;
    }
    return id;
  }

  /** Number of events so far. */
  get size(): number {
    return this.count;
  }

  /** The events as objects (built once each, on first read). */
  get events(): readonly HistoryEvent[] {
    for (let i = this.cache.length; i < this.count; i++) this.cache.push(this.eventAt(i));
    return this.cache;
  }

  private eventAt(i: number): HistoryEvent {
    const id = i + 1;
    const chunk = this.chunks[Math.floor(i / CHUNK_EVENTS)];
    const at = 3 * (i % CHUNK_EVENTS);
    const type = chunk[at] as string;
    const name = chunk[at + 1] as string | undefined;
    const payload = chunk[at + 2];
    let details: EventDetails | undefined;
    if (name === undefined) details = payload as EventDetails | undefined;
    else if (type.endsWith('Entered')) details = { name, input: payload };
    else {
      details = { name, output: payload };
      const assigned = this.assigned.get(id);
      if (assigned) details.assignedVariables = assigned;
    }
    return {
      id,
      previousEventId: this.previousExceptions.get(id) ?? id - 1,
      timestamp: this.timeAt(id),
      type,
      details,
    };
  }

  private timeAt(id: number): number {
    // The last time change at or before this id (binary search over the [id, time] pairs).
    const changes = this.timeChanges;
    let lo = 0;
    let hi = changes.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (changes[2 * mid] <= id) lo = mid;
      else hi = mid - 1;
    }
    return changes[2 * lo + 1];
  }
}
