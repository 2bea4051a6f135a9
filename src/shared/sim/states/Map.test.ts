import { describe, expect, it } from 'vitest';
import { run, runExecution } from '../test/run';

const processor = (state: Record<string, unknown>) => ({
  StartAt: 'I',
  States: { I: { ...state, End: true } },
});
const map = (
  extra: Record<string, unknown>,
  state: Record<string, unknown> = { Type: 'Pass' },
) => ({
  StartAt: 'M',
  States: { M: { Type: 'Map', ItemProcessor: processor(state), End: true, ...extra } },
});

describe('Map', () => {
  it('runs the processor per item of ItemsPath, with ItemSelector and $$.Map.Item', async () => {
    const def = map({
      ItemsPath: '$.xs',
      ItemSelector: { 'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index', 'k.$': '$.k' },
    });
    expect((await run(def, { input: { xs: ['a', 'b'], k: 1 } })).output).toEqual([
      { v: 'a', i: 0, k: 1 },
      { v: 'b', i: 1, k: 1 },
    ]);
  });

  it('fails when the items are not an array', async () => {
    const r = await run(map({}), { input: { a: 1 } });
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('Map state input must be an array');
  });

  it('fails with an item error unless tolerated', async () => {
    const failing = { Type: 'Fail', Error: 'Bad', Cause: 'item' };
    expect((await run(map({}, failing), { input: [1] })).error).toBe('Bad');
    const tolerated = await run(map({ ToleratedFailureCount: 1 }, failing), { input: [1, 2, 3] });
    expect(tolerated.error).toBe('States.ExceedToleratedFailureThreshold');
    const percent = await run(map({ ToleratedFailurePercentage: 100 }, failing), { input: [1, 2] });
    expect(percent.status).toBe('SUCCEEDED');
  });

  it('checks MaxConcurrencyPath as AWS does', async () => {
    const r = await run(map({ MaxConcurrencyPath: '$.c', ItemsPath: '$.xs' }), {
      input: { c: {}, xs: [] },
    });
    expect(r.cause).toContain(
      'The MaxConcurrencyPath field refers to value "{}" which is not a valid integer: $.c',
    );
  });

  it('JSONata Items and ItemSelector', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      ...map({
        Items: '{% $states.input.xs %}',
        ItemSelector: { v: '{% $states.context.Map.Item.Value * 2 %}' },
      }),
    };
    expect((await run(def, { input: { xs: [1, 2] } })).output).toEqual([{ v: 2 }, { v: 4 }]);
  });

  it('Distributed: ItemReader from a mock, ItemBatcher batches, ResultWriter gives a manifest', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemReader: {
            Resource: 'arn:aws:states:::s3:getObject',
            ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
            Parameters: { Bucket: 'b', Key: 'k' },
          },
          ItemBatcher: { MaxItemsPerBatch: 2 },
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
            ...processor({ Type: 'Pass' }),
          },
          End: true,
        },
      },
    };
    const mocks = { 'M.ItemReader': { '0': { Return: 'id,name\n1,a\n2,b\n3,c\n' } } };
    expect((await run(def, { mocks })).output).toEqual([
      {
        Items: [
          { id: '1', name: 'a' },
          { id: '2', name: 'b' },
        ],
      },
      { Items: [{ id: '3', name: 'c' }] },
    ]);
    const written = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            ...def.States.M,
            ResultWriter: {
              Resource: 'arn:aws:states:::s3:putObject',
              Parameters: { Bucket: 'out', Prefix: 'p/' },
            },
          },
        },
      },
      { mocks },
    );
    expect(written.output).toMatchObject({
      ResultWriterDetails: { Bucket: 'out', Key: 'p/manifest.json' },
    });
  });

  it('iterations read outer variables and keep their own', async () => {
    const def = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { base: 10 }, Next: 'M' },
        M: {
          Type: 'Map',
          ItemProcessor: {
            StartAt: 'I',
            States: {
              I: { Type: 'Pass', Assign: { mine: 1 }, Next: 'J' },
              J: { Type: 'Pass', Parameters: { 'b.$': '$base', 'm.$': '$mine' }, End: true },
            },
          },
          End: true,
        },
      },
    };
    expect((await run(def, { input: [1, 2] })).output).toEqual([
      { b: 10, m: 1 },
      { b: 10, m: 1 },
    ]);
  });

  it('emits Map iteration events with indexes', async () => {
    const e = await runExecution(map({}), { input: [1] });
    expect(e.history.map((h) => h.type)).toEqual([
      'ExecutionStarted',
      'MapStateEntered',
      'MapStateStarted',
      'MapIterationStarted',
      'PassStateEntered',
      'PassStateExited',
      'MapIterationSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
      'ExecutionSucceeded',
    ]);
    expect(e.history[3].details).toEqual({ name: 'M', index: 0 });
  });
});

describe('Map batching and reading limits', () => {
  it('takes MaxItemsPerBatchPath and ReaderConfig.MaxItems', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemReader: {
            Resource: 'arn:aws:states:::s3:getObject',
            ReaderConfig: { InputType: 'JSON', MaxItems: 3 },
          },
          ItemBatcher: { MaxItemsPerBatchPath: '$.size', BatchInput: { 'tag.$': '$.tag' } },
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED' },
            StartAt: 'I',
            States: { I: { Type: 'Pass', End: true } },
          },
          End: true,
        },
      },
    };
    const r = await run(def, {
      input: { size: 2, tag: 't' },
      mocks: { 'M.ItemReader': { '0': { Return: '[1,2,3,4,5]' } } },
    });
    expect(r.output).toEqual([
      { BatchInput: { tag: 't' }, Items: [1, 2] },
      { BatchInput: { tag: 't' }, Items: [3] },
    ]);
  });
});
