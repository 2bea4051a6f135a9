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

/**
 * A state entered/exited event, the bulk of every history: one object holding references, its
 * details built only when someone reads them.
 */
class StateEvent implements HistoryEvent {
  constructor(
    readonly id: number,
    readonly previousEventId: number,
    readonly timestamp: number,
    readonly type: string,
    private readonly name: string,
    private readonly payload: unknown,
    private readonly entered: boolean,
    private readonly assigned: Record<string, unknown> | undefined,
  ) {}

  get details(): EventDetails {
    if (this.entered) return { name: this.name, input: this.payload };
    const details: EventDetails = { name: this.name, output: this.payload };
    if (this.assigned) details.assignedVariables = this.assigned;
    return details;
  }
}

/** The ordered, append-only event log of one execution. */
export class ExecutionHistory {
  readonly events: HistoryEvent[] = [];

  /** Appends a StateEntered (input) or StateExited (output) event and returns its id. */
  addState(
    type: string,
    previousEventId: number,
    timestamp: number,
    name: string,
    payload: unknown,
    entered: boolean,
    assigned?: Record<string, unknown>,
  ): number {
    const id = this.events.length + 1;
    this.events.push(
      new StateEvent(id, previousEventId, timestamp, type, name, payload, entered, assigned),
    );
    return id;
  }

  /** Appends an event and returns its id. */
  add(type: string, previousEventId: number, timestamp: number, details?: EventDetails): number {
    const id = this.events.length + 1;
    this.events.push({ id, previousEventId, timestamp, type, details });
    return id;
  }

  /** Number of events so far. */
  get size(): number {
    return this.events.length;
  }
}
