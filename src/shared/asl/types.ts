/**
 * Types for the Amazon States Language as AWS documents it today: both query languages
 * (JSONPath and JSONata), variables (`Assign`), all eight state types and every field they take,
 * including Distributed Map.
 *
 * The types describe a *well-formed* document. Parsed text is `unknown` until the validator has
 * looked at it; code that walks user input must not trust these types blindly.
 */

/** Any JSON value. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

export type QueryLanguage = 'JSONPath' | 'JSONata';
export type StateType =
  'Pass' | 'Task' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';
export const STATE_TYPES: readonly StateType[] = [
  'Pass',
  'Task',
  'Choice',
  'Wait',
  'Succeed',
  'Fail',
  'Parallel',
  'Map',
];

/** A JSONata expression written as `{% ... %}`. */
export type JsonataString = string;

/** The top level of a state machine (also the shape of a Parallel branch and a Map processor). */
export interface StateMachine {
  Comment?: string;
  StartAt: string;
  States: Record<string, State>;
  Version?: string;
  TimeoutSeconds?: number;
  QueryLanguage?: QueryLanguage;
}

/** Fields every state may carry. */
export interface BaseState {
  Type: StateType;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
}

/** Transition fields: exactly one of Next or End on non-terminal states. */
export interface Transition {
  Next?: string;
  End?: boolean;
}

/** JSONPath-only input/output processing fields. */
export interface JsonPathIO {
  InputPath?: string | null;
  OutputPath?: string | null;
}

/** Fields that produce a result (Pass, Task, Parallel, Map). */
export interface ResultFields {
  ResultPath?: string | null;
  ResultSelector?: JsonObject;
  Parameters?: JsonValue;
  Arguments?: JsonValue | JsonataString;
  Output?: JsonValue | JsonataString;
  Assign?: JsonObject;
}

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
  Comment?: string;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: JsonValue | JsonataString;
  Assign?: JsonObject;
  Comment?: string;
}

export interface PassState extends BaseState, Transition, JsonPathIO {
  Type: 'Pass';
  Result?: JsonValue;
  ResultPath?: string | null;
  Parameters?: JsonValue;
  Output?: JsonValue | JsonataString;
  Assign?: JsonObject;
}

export interface TaskCredentials {
  RoleArn?: string;
  'RoleArn.$'?: string;
}

export interface TaskState extends BaseState, Transition, JsonPathIO, ResultFields {
  Type: 'Task';
  Resource: string;
  TimeoutSeconds?: number | JsonataString;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | JsonataString;
  HeartbeatSecondsPath?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
  Credentials?: TaskCredentials | JsonObject;
}

/** A JSONPath Choice rule (a comparison, or And/Or/Not of rules). */
export interface ChoiceRule {
  Variable?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  Next?: string;
  Comment?: string;
  /** JSONata rules use Condition instead of Variable + operator. */
  Condition?: string | boolean;
  Assign?: JsonObject;
  Output?: JsonValue | JsonataString;
  [operator: string]: unknown;
}

export interface ChoiceState extends BaseState, JsonPathIO {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
  Output?: JsonValue | JsonataString;
  Assign?: JsonObject;
}

export interface WaitState extends BaseState, Transition, JsonPathIO {
  Type: 'Wait';
  Seconds?: number | JsonataString;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
  Output?: JsonValue | JsonataString;
  Assign?: JsonObject;
}

export interface SucceedState extends BaseState, JsonPathIO {
  Type: 'Succeed';
  Output?: JsonValue | JsonataString;
}

export interface FailState extends BaseState {
  Type: 'Fail';
  Error?: string;
  ErrorPath?: string;
  Cause?: string;
  CausePath?: string;
}

export interface ParallelState extends BaseState, Transition, JsonPathIO, ResultFields {
  Type: 'Parallel';
  Branches: StateMachine[];
  Retry?: Retrier[];
  Catch?: Catcher[];
}

/** A Map's processor: a nested state machine plus, for Distributed Map, its execution mode. */
export interface ItemProcessor extends StateMachine {
  ProcessorConfig?: {
    Mode?: 'INLINE' | 'DISTRIBUTED';
    ExecutionType?: 'STANDARD' | 'EXPRESS';
  };
}

export interface ItemReader {
  Resource: string;
  ReaderConfig?: {
    InputType?: 'CSV' | 'JSON' | 'JSONL' | 'MANIFEST' | 'PARQUET';
    CSVHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    CSVHeaders?: string[];
    CSVDelimiter?: string;
    MaxItems?: number | JsonataString;
    MaxItemsPath?: string;
    ManifestType?: string;
  };
  Parameters?: JsonValue;
  Arguments?: JsonValue | JsonataString;
}

export interface ItemBatcher {
  MaxItemsPerBatch?: number | JsonataString;
  MaxItemsPerBatchPath?: string;
  MaxInputBytesPerBatch?: number | JsonataString;
  MaxInputBytesPerBatchPath?: string;
  BatchInput?: JsonObject;
}

export interface ResultWriter {
  Resource?: string;
  Parameters?: JsonValue;
  Arguments?: JsonValue | JsonataString;
  WriterConfig?: { OutputType?: 'JSON' | 'JSONL'; Transformation?: 'NONE' | 'COMPACT' | 'FLATTEN' };
}

export interface MapState extends BaseState, Transition, JsonPathIO, ResultFields {
  Type: 'Map';
  ItemProcessor?: ItemProcessor;
  /** Legacy name of ItemProcessor (inline Map only). */
  Iterator?: StateMachine;
  ItemsPath?: string;
  Items?: JsonValue | JsonataString;
  ItemSelector?: JsonValue;
  ItemReader?: ItemReader;
  ItemBatcher?: ItemBatcher;
  ResultWriter?: ResultWriter;
  MaxConcurrency?: number | JsonataString;
  MaxConcurrencyPath?: string;
  ToleratedFailurePercentage?: number | JsonataString;
  ToleratedFailurePercentagePath?: string;
  ToleratedFailureCount?: number | JsonataString;
  ToleratedFailureCountPath?: string;
  Label?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export type State =
  | PassState
  | TaskState
  | ChoiceState
  | WaitState
  | SucceedState
  | FailState
  | ParallelState
  | MapState;

/** States that carry Retry and Catch. */
export type RetryableState = TaskState | ParallelState | MapState;

/** True when a string is a JSONata expression wrapper `{% ... %}`. */
export function isJsonataExpression(value: unknown): value is JsonataString {
  return (
    typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}') && value.length >= 4
  );
}

/** The expression inside `{% ... %}`. */
export function jsonataBody(value: string): string {
  return value.slice(2, -2);
}
