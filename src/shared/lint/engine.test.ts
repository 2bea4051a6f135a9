import { describe, expect, it } from 'vitest';
import { lintDefinition, lintText } from './engine';
import { defineRule } from './define';
import { resolveConfig } from './config';
import { suppressedRules } from './suppress';
import { ALL_RULES } from './rules/index';

const task = { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true };

describe('lint engine', () => {
  it('visits every state, nested Parallel branches and Map processors (ItemProcessor and Iterator) included', () => {
    const seen: string[] = [];
    const spy = defineRule(
      { id: 'spy', severity: 'INFO', description: 'records visits', messages: { m: '{state}' } },
      (ctx) => ({
        state: (v) => seen.push(`${v.pointer}:${v.type}`),
        Task: (v) => ctx.report({ messageId: 'm', data: { state: v.name }, state: v }),
      }),
    );
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Next: 'M',
          Branches: [{ StartAt: 'A', States: { A: task } }],
        },
        M: { Type: 'Map', Next: 'L', ItemProcessor: { StartAt: 'B', States: { B: task } } },
        L: { Type: 'Map', End: true, Iterator: { StartAt: 'C', States: { C: task } } },
      },
    };
    const findings = lintDefinition(def, { rules: [spy] });
    expect(seen).toEqual([
      '/States/P:Parallel',
      '/States/P/Branches/0/States/A:Task',
      '/States/M:Map',
      '/States/M/ItemProcessor/States/B:Task',
      '/States/L:Map',
      '/States/L/Iterator/States/C:Task',
    ]);
    expect(findings.map((f) => [f.code, f.message, f.source, f.stateName])).toEqual([
      ['spy', 'A', 'lint', 'A'],
      ['spy', 'B', 'lint', 'B'],
      ['spy', 'C', 'lint', 'C'],
    ]);
  });

  it('gives findings line and column from the source map (JSON and YAML)', () => {
    const json =
      '{\n  "StartAt": "T",\n  "States": {\n    "T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true}\n  }\n}';
    const retry = lintText(json).findings.find((f) => f.code === 'task-retry')!;
    expect([retry.line, retry.column, retry.location]).toEqual([4, 5, '/States/T']);
    const yaml =
      'StartAt: T\nStates:\n  T:\n    Type: Task\n    Resource: arn:aws:states:::sns:publish\n    End: true\n';
    const fromYaml = lintText(yaml, { fileName: 'machine.asl.yaml' }).findings.find(
      (f) => f.code === 'task-retry',
    )!;
    expect([fromYaml.line, fromYaml.column]).toEqual([3, 3]);
  });

  it('never throws on malformed input, and reports a failing rule instead of crashing', () => {
    for (const bad of [
      null,
      42,
      'x',
      [],
      { States: 5 },
      { States: { A: null, B: { Type: 7 } } },
      { StartAt: 'A', States: { A: { Type: 'Map', ItemProcessor: 3 } } },
    ])
      expect(() => lintDefinition(bad)).not.toThrow();
    expect(lintText('{ "StartAt": ').findings).toEqual([]);
    const broken = defineRule(
      { id: 'broken', severity: 'WARNING', description: 'throws', messages: {} },
      () => ({
        state: () => {
          throw new Error('boom');
        },
      }),
    );
    const [finding] = lintDefinition(
      { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
      { rules: [broken] },
    );
    expect(finding).toMatchObject({
      code: 'lint-internal-error',
      message: expect.stringContaining('boom'),
    });
  });

  it('visits states named like prototype members as plain states, as the validator reads them', () => {
    const text =
      '{"StartAt": "__proto__", "States": {"__proto__": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Next": "constructor"}, "constructor": {"Type": "Pass", "End": true}, "Odd": 3}}';
    const findings = lintText(text).findings.filter((f) => f.code === 'task-retry');
    expect(findings.map((f) => [f.location, f.stateName])).toEqual([
      ['/States/__proto__', '__proto__'],
    ]);
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    let machine: Record<string, unknown> = {
      StartAt: 'X',
      States: { X: { Type: 'Pass', End: true } },
    };
    for (let i = 0; i < 2000; i++)
      machine = {
        StartAt: 'P',
        States: { P: { Type: 'Parallel', End: true, Branches: [machine] } },
      };
    expect(() => lintDefinition(machine)).not.toThrow();
  });

  it('honours suppressions in a state Comment, a machine Comment and an enclosing state', () => {
    const def = {
      StartAt: 'A',
      States: {
        A: {
          ...task,
          Comment: 'legacy call. asl-studio-disable task-retry, task-catch',
          Next: 'P',
          End: undefined,
        },
        P: {
          Type: 'Parallel',
          Comment: 'asl-studio-disable',
          End: true,
          Branches: [{ StartAt: 'B', States: { B: task } }],
        },
      },
    };
    const codes = lintDefinition(def).map((f) => `${f.stateName}:${f.code}`);
    expect(codes).toContain('A:task-timeout');
    expect(codes).not.toContain('A:task-retry');
    expect(codes).not.toContain('A:task-catch');
    expect(codes.filter((c) => c.startsWith('B:'))).toEqual([]);
  });

  it('parses suppression directives', () => {
    expect([...suppressedRules('asl-studio-disable task-retry,task-catch')]).toEqual([
      'task-retry',
      'task-catch',
    ]);
    expect([...suppressedRules('see asl-studio-disable')]).toEqual(['*']);
    expect([...suppressedRules('nothing here')]).toEqual([]);
    expect([...suppressedRules(42)]).toEqual([]);
  });

  it('applies severity and options from the resolved config, and skips rules turned off', () => {
    const def = { StartAt: 'T', States: { T: task } };
    const resolved = resolveConfig(ALL_RULES, {
      rules: {
        'task-retry': 'error',
        'task-catch': 'off',
        'task-timeout': ['info', { apiSeconds: 42 }],
      },
    });
    const findings = lintDefinition(def, { resolved });
    expect(findings.find((f) => f.code === 'task-retry')?.severity).toBe('ERROR');
    expect(findings.find((f) => f.code === 'task-catch')).toBeUndefined();
    const timeout = findings.find((f) => f.code === 'task-timeout')!;
    expect([timeout.severity, timeout.fixes[0].title]).toEqual([
      'INFO',
      'Add "TimeoutSeconds": 42',
    ]);
  });
});
