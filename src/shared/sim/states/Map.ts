import type { MapState } from '../../asl/types';
import { DefinitionError, type CompileEnv, type CompiledState } from '../engine/compiled';
import type { Lane, StateRun } from '../engine/core';
import type { Interpreter } from '../engine/effects';
import { runMachine } from '../engine/run-machine';
import { asLocated, Termination, toStatesError } from '../engine/state-errors';
import { StatesError } from '../errors';
import { ExecutionHistory } from '../history/events';
import { compileFlow, statesBinding } from '../io/flow';
import { compileJsonPathTemplate, type TemplateFn } from '../io/jsonpath-template';
import { compileJsonataTemplate, type CompiledJsonataTemplate } from '../jsonata/template';
import { compileErrorHandling, withRetryAndCatch } from '../retry/error-handling';
import { compileItemsSource } from './map-items';
import { compileItemReader } from './map-reader';
import { compileNumberField } from './number-field';
import { transitionOf } from './transition';

/**
 * Map: runs its ItemProcessor once per item (inline, or distributed with ItemReader, ItemBatcher
 * and ResultWriter) and gives the array of outputs. Items run one after another in index order,
 * which MaxConcurrency allows and keeps runs deterministic. Failures beyond
 * ToleratedFailureCount/Percentage fail the state.
 */
export function compileMap(name: string, def: MapState, env: CompileEnv): CompiledState {
  const jsonata = env.queryLanguage === 'JSONata';
  // ItemSelector (or legacy Parameters) shapes each item; it is not the Map's own Parameters.
  const flow = compileFlow({ ...def, Parameters: undefined, Arguments: undefined }, jsonata);
  const next = transitionOf(def, env);
  const handling = compileErrorHandling(def.Retry, def.Catch, jsonata);
  const processorDef = def.ItemProcessor ?? def.Iterator;
  if (!processorDef) throw new DefinitionError('A Map state needs an "ItemProcessor"', env.pointer);
  const processor = env.compileMachine(
    processorDef,
    `${env.pointer}/${def.ItemProcessor ? 'ItemProcessor' : 'Iterator'}`,
  );
  const distributed = def.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED';
  const items = compileItemsSource(def, jsonata);
  const reader = def.ItemReader ? compileItemReader(name, def.ItemReader, jsonata) : undefined;
  const selectorSource = def.ItemSelector ?? (jsonata ? undefined : def.Parameters);
  const selectorPath: TemplateFn | undefined =
    !jsonata && selectorSource !== undefined
      ? compileJsonPathTemplate(selectorSource, 'ItemSelector')
      : undefined;
  const selectorJsonata: CompiledJsonataTemplate | undefined =
    jsonata && selectorSource !== undefined
      ? compileJsonataTemplate(selectorSource, 'ItemSelector')
      : undefined;
  const maxConcurrency = compileNumberField(
    'MaxConcurrency',
    def.MaxConcurrency,
    def.MaxConcurrencyPath,
    jsonata,
    {
      integer: true,
      min: 0,
      rangeMessage: 'MaxConcurrency must be a non-negative integer.',
    },
  );
  const toleratedCount = compileNumberField(
    'ToleratedFailureCount',
    def.ToleratedFailureCount,
    def.ToleratedFailureCountPath,
    jsonata,
    {
      integer: true,
      min: 0,
      rangeMessage: 'ToleratedFailureCount must be a non-negative integer.',
    },
  );
  const toleratedPercentage = compileNumberField(
    'ToleratedFailurePercentage',
    def.ToleratedFailurePercentage,
    def.ToleratedFailurePercentagePath,
    jsonata,
    {
      integer: false,
      min: 0,
      max: 100,
      rangeMessage: 'ToleratedFailurePercentage must be between 0 and 100.',
    },
  );
  const batcher = def.ItemBatcher;
  const batchMaxItems = compileNumberField(
    'MaxItemsPerBatch',
    batcher?.MaxItemsPerBatch,
    batcher?.MaxItemsPerBatchPath,
    jsonata,
    {
      integer: true,
      min: 1,
      rangeMessage: 'MaxItemsPerBatch must be a positive integer.',
    },
  );
  const batchMaxBytes = compileNumberField(
    'MaxInputBytesPerBatch',
    batcher?.MaxInputBytesPerBatch,
    batcher?.MaxInputBytesPerBatchPath,
    jsonata,
    { integer: true, min: 1, rangeMessage: 'MaxInputBytesPerBatch must be a positive integer.' },
  );
  const batchInput =
    batcher?.BatchInput !== undefined && !jsonata
      ? compileJsonPathTemplate(batcher.BatchInput, 'BatchInput')
      : undefined;
  const batchInputJsonata =
    batcher?.BatchInput !== undefined && jsonata
      ? compileJsonataTemplate(batcher.BatchInput, 'BatchInput')
      : undefined;

  function* selectItem(
    run: StateRun,
    effective: unknown,
    input: unknown,
    item: unknown,
    index: number,
  ): Interpreter<unknown> {
    if (!selectorPath && !selectorJsonata) return item;
    const lane: Lane = { ...run.lane, mapItem: { Index: index, Value: item } };
    const itemRun: StateRun = { ...run, lane };
    if (selectorPath) return selectorPath(effective, itemRun);
    const states = statesBinding(itemRun, input);
    return yield { kind: 'await', promise: selectorJsonata!.evaluate(states, lane.vars) };
  }

  function* attempt(run: StateRun, input: unknown): Interpreter<unknown> {
    const core = run.core;
    let effective = jsonata ? input : flow.prepare(run, input);
    if (effective instanceof Promise) effective = yield { kind: 'await', promise: effective };
    let list = reader ? yield* reader(run, effective) : items(run, effective, input);
    if (list instanceof Promise) list = (yield { kind: 'await', promise: list }) as unknown[];
    const concurrency = maxConcurrency(run, effective, input);
    if (concurrency instanceof Promise) yield { kind: 'await', promise: concurrency };
    let count = toleratedCount(run, effective, input);
    if (count instanceof Promise)
      count = (yield { kind: 'await', promise: count }) as number | undefined;
    let percentage = toleratedPercentage(run, effective, input);
    if (percentage instanceof Promise)
      percentage = (yield { kind: 'await', promise: percentage }) as number | undefined;
    const work = batcher ? yield* batch(run, effective, list as unknown[]) : (list as unknown[]);
    if (run.record) run.record.parameters = work;

    core.event(run.lane, 'MapStateStarted', { length: work.length });
    if (distributed) core.event(run.lane, 'MapRunStarted');
    const results: unknown[] = new Array(work.length);
    let failures = 0;
    const tolerant = count !== undefined || percentage !== undefined;
    for (let index = 0; index < work.length; index++) {
      const itemInput = batcher
        ? work[index]
        : yield* selectItem(run, effective, input, work[index], index);
      const lane: Lane = {
        vars: processor.assigns ? { ...run.lane.vars } : run.lane.vars,
        lastEventId: run.lane.lastEventId,
        path: `${run.lane.path}${name}/${index}/`,
      };
      if (!distributed) core.event(run.lane, 'MapIterationStarted', { name, index });
      lane.lastEventId = run.lane.lastEventId;
      // A Distributed Map iteration is a child execution: its own history, numbered from 1.
      if (distributed) {
        lane.history = new ExecutionHistory();
        lane.lastEventId = 0;
      }
      try {
        results[index] = yield* runMachine(core, processor, lane, itemInput);
        if (!distributed) {
          run.lane.lastEventId = lane.lastEventId;
          core.event(run.lane, 'MapIterationSucceeded', { name, index });
        }
      } catch (thrown) {
        if (thrown instanceof Termination) throw thrown;
        const error = asLocated(toStatesError(thrown));
        if (!distributed) {
          run.lane.lastEventId = lane.lastEventId;
          core.event(run.lane, 'MapIterationFailed', { name, index });
        }
        failures++;
        if (!tolerant) {
          core.event(run.lane, distributed ? 'MapRunFailed' : 'MapStateFailed', {
            error: error.error,
            cause: error.cause,
          });
          throw error;
        }
        results[index] = { Error: error.error || undefined, Cause: error.cause || undefined };
        if (exceeds(failures, work.length, count, percentage)) {
          const exceeded = new StatesError(
            'States.ExceedToleratedFailureThreshold',
            'The specified tolerated failure threshold was exceeded',
          );
          core.event(run.lane, distributed ? 'MapRunFailed' : 'MapStateFailed', {
            error: exceeded.error,
            cause: exceeded.cause,
          });
          throw asLocated(exceeded);
        }
      }
    }
    if (distributed) core.event(run.lane, 'MapRunSucceeded');
    core.event(run.lane, 'MapStateSucceeded');
    let result: unknown = results;
    if (def.ResultWriter) result = writeResults(run);
    if (run.record) run.record.result = result;
    let output = flow.finish(run, input, effective, result);
    if (output instanceof Promise) output = yield { kind: 'await', promise: output };
    run.next = next;
    return output;
  }

  function* batch(run: StateRun, effective: unknown, list: unknown[]): Interpreter<unknown[]> {
    let maxItems = batchMaxItems(run, effective, effective);
    if (maxItems instanceof Promise)
      maxItems = (yield { kind: 'await', promise: maxItems }) as number | undefined;
    let maxBytes = batchMaxBytes(run, effective, effective);
    if (maxBytes instanceof Promise)
      maxBytes = (yield { kind: 'await', promise: maxBytes }) as number | undefined;
    let extra: unknown = undefined;
    if (batchInput) extra = batchInput(effective, run);
    else if (batchInputJsonata)
      extra = yield {
        kind: 'await',
        promise: batchInputJsonata.evaluate(statesBinding(run, effective), run.lane.vars),
      };
    const batches: unknown[] = [];
    let current: unknown[] = [];
    let bytes = 0;
    for (const item of list) {
      const size = JSON.stringify(item).length;
      if (
        current.length > 0 &&
        ((maxItems !== undefined && current.length >= maxItems) ||
          (maxBytes !== undefined && bytes + size > maxBytes))
      ) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
      current.push(item);
      bytes += size;
    }
    if (current.length > 0) batches.push(current);
    return batches.map((Items) => (extra !== undefined ? { BatchInput: extra, Items } : { Items }));
  }

  // The simulator has no S3: ResultWriter gives the manifest reference AWS returns, and the
  // results stay visible in the state's record for inspection.
  function writeResults(run: StateRun): unknown {
    const writer = def.ResultWriter!;
    const p = (writer.Parameters ?? writer.Arguments ?? {}) as { Bucket?: string; Prefix?: string };
    return {
      MapRunArn: `${run.core.context.StateMachine.Id as string}/${name}`,
      ResultWriterDetails: { Bucket: p.Bucket ?? '', Key: `${p.Prefix ?? ''}manifest.json` },
    };
  }

  return {
    name,
    type: 'Map',
    definition: def,
    enteredEvent: 'MapStateEntered',
    exitedEvent: 'MapStateExited',
    run: (run, input) => withRetryAndCatch(run, input, handling, () => attempt(run, input)),
  };
}

function exceeds(
  failures: number,
  total: number,
  count: number | undefined,
  percentage: number | undefined,
): boolean {
  if (count !== undefined && failures > count) {
    if (percentage === undefined || (failures / total) * 100 > percentage) return true;
  }
  if (percentage !== undefined && (failures / total) * 100 > percentage) {
    if (count === undefined || failures > count) return true;
  }
  return false;
}
