import { describe, expect, it } from 'vitest';
import { parseConfig, resolveConfig } from './config';
import { matchesGlob } from './glob';
import { ALL_RULES } from './rules/index';

describe('project config (.asl-studio.json)', () => {
  it('accepts levels, options, a workflow type and overrides by glob', () => {
    const text = JSON.stringify({
      workflowType: 'STANDARD',
      rules: {
        'task-retry': 'error',
        'state-name': 'off',
        'callback-timeout': ['warning', { seconds: 600 }],
      },
      overrides: [
        {
          files: 'express/**/*.asl.json',
          workflowType: 'EXPRESS',
          rules: { 'task-timeout': 'off' },
        },
      ],
    });
    const { config, errors } = parseConfig(text, ALL_RULES);
    expect(errors).toEqual([]);
    const plain = resolveConfig(ALL_RULES, config, 'standard/a.asl.json');
    expect(plain.workflowType).toBe('STANDARD');
    expect(plain.rules.get('task-retry')?.severity).toBe('ERROR');
    expect(plain.rules.has('state-name')).toBe(false);
    expect(plain.rules.get('callback-timeout')?.options).toEqual({ seconds: 600 });
    const express = resolveConfig(ALL_RULES, config, 'express/orders/b.asl.json');
    expect(express.workflowType).toBe('EXPRESS');
    expect(express.rules.has('task-timeout')).toBe(false);
    expect(
      resolveConfig(ALL_RULES, config, 'express/orders/b.asl.json', 'STANDARD').workflowType,
    ).toBe('STANDARD');
  });

  it('reports schema errors with their pointer and line/column', () => {
    const text = '{\n  "rules": {\n    "task-retry": "loud"\n  },\n  "colour": 1\n}';
    const { config, errors } = parseConfig(text, ALL_RULES);
    expect(config).toBeUndefined();
    expect(errors.map((e) => [e.location, e.line])).toEqual(
      expect.arrayContaining([
        ['/rules/task-retry', 3],
        ['', 1],
      ]),
    );
  });

  it('reports unknown rules, bad options and syntax errors', () => {
    expect(parseConfig('{"rules": {"task-retyr": "off"}}', ALL_RULES).errors[0].message).toContain(
      "Unknown rule 'task-retyr'",
    );
    expect(
      parseConfig('{"rules": {"callback-timeout": ["warning", {"seconds": -1}]}}', ALL_RULES)
        .errors[0],
    ).toMatchObject({
      location: '/rules/callback-timeout/1',
      message: expect.stringContaining('positive integer'),
    });
    expect(parseConfig('{"rules": ', ALL_RULES).errors[0].code).toBe('SYNTAX_ERROR');
  });

  it('matches globs', () => {
    expect(matchesGlob('a/b/c.asl.json', '**/*.asl.json')).toBe(true);
    expect(matchesGlob('c.asl.json', '**/*.asl.json')).toBe(true);
    expect(matchesGlob('a/b/c.asl.json', 'a/*.asl.json')).toBe(false);
    expect(matchesGlob('deep/x.asl.yaml', '*.asl.{json,yaml}')).toBe(true);
    expect(matchesGlob('./flows/x.json', 'flows/?.json')).toBe(true);
  });
});
