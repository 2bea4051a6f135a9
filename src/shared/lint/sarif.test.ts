import { describe, expect, it } from 'vitest';
import { lintText } from './engine';
import { ALL_RULES } from './rules/index';
import { toSarif } from './sarif';

describe('SARIF 2.1.0', () => {
  it('lists rules with help URIs and results with 1-based physical locations', () => {
    const text =
      '{\n  "StartAt": "T",\n  "States": {\n    "T": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true }\n  }\n}\n';
    const { findings } = lintText(text);
    const validation = {
      severity: 'ERROR' as const,
      code: 'SCHEMA_VALIDATION_FAILED',
      message: 'bad',
      location: '/States',
      line: 3,
      column: 3,
      source: 'validate' as const,
    };
    const log = toSarif(
      [{ file: 'flows/my machine.asl.json', diagnostics: [...findings, validation] }],
      ALL_RULES,
      '1.0.0',
    ) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: Record<string, unknown>[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toContain('task-retry');
    expect(ids).toContain('SCHEMA_VALIDATION_FAILED');
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\//);
    const retry = run.results.find((r) => r.ruleId === 'task-retry') as {
      level: string;
      ruleIndex: number;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
    };
    expect(retry.level).toBe('warning');
    expect(ids[retry.ruleIndex]).toBe('task-retry');
    expect(retry.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'flows/my%20machine.asl.json',
    );
    expect(retry.locations[0].physicalLocation.region).toMatchObject({
      startLine: 4,
      startColumn: 5,
    });
    expect(run.results.find((r) => r.ruleId === 'SCHEMA_VALIDATION_FAILED')?.level).toBe('error');
  });
});
