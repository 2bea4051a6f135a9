import type { LintRule } from '../types';
import { callbackHeartbeat } from './callback-heartbeat';
import { callbackTimeout } from './callback-timeout';
import { catchResultPath } from './catch-result-path';
import { choiceDefault } from './choice-default';
import { expressDuration } from './express-duration';
import { expressUnsupported } from './express-unsupported';
import { failErrorCause } from './fail-error-cause';
import { lambdaRetryTransient } from './lambda-retry-transient';
import { machineTimeout } from './machine-timeout';
import { mapMaxConcurrency } from './map-max-concurrency';
import { payloadSize } from './payload-size';
import { preferDirectIntegration } from './prefer-direct-integration';
import { resultSelector } from './result-selector';
import { retryJitter } from './retry-jitter';
import { retryOrder } from './retry-order';
import { retryStatesAll } from './retry-states-all';
import { stateName } from './state-name';
import { syncV2 } from './sync-v2';
import { taskCatch } from './task-catch';
import { taskRetry } from './task-retry';
import { taskTimeout } from './task-timeout';
import { unboundedLoop } from './unbounded-loop';
import { variableBeforeAssign } from './variable-before-assign';
import { variableUnused } from './variable-unused';

/** Every rule, in the order their findings are listed. */
export const ALL_RULES: readonly LintRule[] = [
  taskRetry,
  taskCatch,
  retryOrder,
  retryJitter,
  retryStatesAll,
  catchResultPath,
  callbackTimeout,
  callbackHeartbeat,
  taskTimeout,
  lambdaRetryTransient,
  preferDirectIntegration,
  syncV2,
  expressUnsupported,
  expressDuration,
  mapMaxConcurrency,
  resultSelector,
  choiceDefault,
  unboundedLoop,
  failErrorCause,
  stateName,
  variableBeforeAssign,
  variableUnused,
  payloadSize,
  machineTimeout,
];
