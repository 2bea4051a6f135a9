import { isJsonataExpression, type StateType } from '../asl/types';
import { isTimestamp } from './choice-rules';
import { CODES } from './codes';
import { at, type StateScope, type ValidationContext } from './context';
import { countPresent, requireField } from './object-fields';
import { looksLikePath } from './payload';
import { isPlaceholder } from './placeholders';
import { has, isObject } from './values';

type State = Record<string, unknown>;

/**
 * The rules that tie a state's fields together (required, mutually exclusive, compared), beyond
 * what each field's own check sees. Nested machines (Branches, ItemProcessor) are walked by the
 * machine walker, not here.
 */
export const STATE_RULES: Readonly<
  Record<StateType, (state: State, scope: StateScope, ctx: ValidationContext) => void>
> = {
  Pass: transition,
  Task(state, scope, ctx) {
    transition(state, scope, ctx);
    requireField(state, 'Resource', scope.pointer, scope, ctx);
    countPresent(state, ['TimeoutSeconds', 'TimeoutSecondsPath'], scope.pointer, scope, ctx);
    countPresent(state, ['HeartbeatSeconds', 'HeartbeatSecondsPath'], scope.pointer, scope, ctx);
    const timeout = state.TimeoutSeconds;
    const heartbeat = state.HeartbeatSeconds;
    if (typeof timeout === 'number' && typeof heartbeat === 'number' && heartbeat >= timeout)
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `HeartbeatSeconds (${heartbeat}) must be smaller than TimeoutSeconds (${timeout})`,
        at(scope.pointer, 'HeartbeatSeconds'),
        scope.stateName,
      );
  },
  Choice(state, scope, ctx) {
    requireField(state, 'Choices', scope.pointer, scope, ctx);
  },
  Wait(state, scope, ctx) {
    transition(state, scope, ctx);
    const keys = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];
    if (countPresent(state, keys, scope.pointer, scope, ctx) === 0)
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `One of the fields [${keys.join(', ')}] is required`,
        scope.pointer,
        scope.stateName,
      );
    const stamp = state.Timestamp;
    if (
      typeof stamp === 'string' &&
      !isPlaceholder(stamp) &&
      !(scope.language === 'JSONata' && isJsonataExpression(stamp))
    ) {
      const ptr = at(scope.pointer, 'Timestamp');
      if (looksLikePath(stamp))
        ctx.report(
          CODES.NO_PATH,
          `Field 'Timestamp' holds a path; to read the timestamp from the input use 'TimestampPath'`,
          ptr,
          scope.stateName,
        );
      else if (!isTimestamp(stamp))
        ctx.report(
          CODES.SCHEMA_VALIDATION_FAILED,
          `Field 'Timestamp' must be an ISO-8601 timestamp such as 2026-01-31T23:59:59Z`,
          ptr,
          scope.stateName,
        );
    }
  },
  Succeed: () => undefined,
  Fail(state, scope, ctx) {
    countPresent(state, ['Error', 'ErrorPath'], scope.pointer, scope, ctx);
    countPresent(state, ['Cause', 'CausePath'], scope.pointer, scope, ctx);
  },
  Parallel(state, scope, ctx) {
    transition(state, scope, ctx);
    if (
      requireField(state, 'Branches', scope.pointer, scope, ctx) &&
      (!Array.isArray(state.Branches) || state.Branches.length === 0)
    )
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Field 'Branches' must be a non-empty array of state machines`,
        at(scope.pointer, 'Branches'),
        scope.stateName,
      );
  },
  Map(state, scope, ctx) {
    transition(state, scope, ctx);
    if (countPresent(state, ['ItemProcessor', 'Iterator'], scope.pointer, scope, ctx) === 0)
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Field 'ItemProcessor' is required`,
        scope.pointer,
        scope.stateName,
      );
    countPresent(state, ['Parameters', 'ItemSelector'], scope.pointer, scope, ctx);
    countPresent(state, ['MaxConcurrency', 'MaxConcurrencyPath'], scope.pointer, scope, ctx);
    countPresent(
      state,
      ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
      scope.pointer,
      scope,
      ctx,
    );
    countPresent(
      state,
      ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
      scope.pointer,
      scope,
      ctx,
    );
    const batcher = state.ItemBatcher;
    if (isObject(batcher)) {
      const ptr = at(scope.pointer, 'ItemBatcher');
      countPresent(batcher, ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'], ptr, scope, ctx);
      countPresent(
        batcher,
        ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
        ptr,
        scope,
        ctx,
      );
    }
    const reader = state.ItemReader;
    if (isObject(reader)) {
      requireField(reader, 'Resource', at(scope.pointer, 'ItemReader'), scope, ctx);
      if (isObject(reader.ReaderConfig))
        countPresent(
          reader.ReaderConfig,
          ['MaxItems', 'MaxItemsPath'],
          at(at(scope.pointer, 'ItemReader'), 'ReaderConfig'),
          scope,
          ctx,
        );
    }
    distributedOnly(state, scope, ctx);
  },
};

/** Exactly one of Next and End. */
function transition(state: State, scope: StateScope, ctx: ValidationContext): void {
  const count = countPresent(state, ['Next', 'End'], scope.pointer, scope, ctx);
  if (count === 0)
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `One of the fields [Next, End] is required`,
      scope.pointer,
      scope.stateName,
    );
}

// AWS accepts ToleratedFailure* and Label on an inline Map (the conformance corpus has such
// machines); the reader, batcher and writer need child workflow executions.
const DISTRIBUTED_ONLY = ['ItemReader', 'ItemBatcher', 'ResultWriter'];

/** Fields of Distributed Map need `ProcessorConfig.Mode: DISTRIBUTED`, which needs an ExecutionType. */
function distributedOnly(state: State, scope: StateScope, ctx: ValidationContext): void {
  const processor = isObject(state.ItemProcessor)
    ? state.ItemProcessor
    : isObject(state.Iterator)
      ? state.Iterator
      : undefined;
  const config =
    processor && isObject(processor.ProcessorConfig) ? processor.ProcessorConfig : undefined;
  const mode = config?.Mode;
  if (isPlaceholder(mode)) return;
  if (mode === 'DISTRIBUTED') {
    if (config && !has(config, 'ExecutionType'))
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Field 'ExecutionType' is required when Mode is DISTRIBUTED`,
        at(
          at(scope.pointer, has(state, 'ItemProcessor') ? 'ItemProcessor' : 'Iterator'),
          'ProcessorConfig',
        ),
        scope.stateName,
      );
    return;
  }
  for (const key of DISTRIBUTED_ONLY)
    if (has(state, key))
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Field '${key}' is only supported by a Distributed Map (ProcessorConfig Mode DISTRIBUTED)`,
        at(scope.pointer, key),
        scope.stateName,
      );
}
