import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

const task = (Resource: string) => machine({ T: { Type: 'Task', Resource, End: true } });

describe('express-unsupported', () => {
  it('passes request-response tasks in EXPRESS and anything in STANDARD', () => {
    expect(
      findingsOf('express-unsupported', task('arn:aws:states:::lambda:invoke'), {
        workflowType: 'EXPRESS',
      }),
    ).toEqual([]);
    expect(
      findingsOf('express-unsupported', task('arn:aws:states:::glue:startJobRun.sync')),
    ).toEqual([]);
  });

  it('reports .sync, .waitForTaskToken and activities in EXPRESS', () => {
    const express = { workflowType: 'EXPRESS' as const };
    expect(
      findingsOf('express-unsupported', task('arn:aws:states:::glue:startJobRun.sync'), express)[0]
        .message,
    ).toContain('.sync');
    expect(
      findingsOf(
        'express-unsupported',
        task('arn:aws:states:::sqs:sendMessage.waitForTaskToken'),
        express,
      )[0].message,
    ).toContain('.waitForTaskToken');
    expect(
      findingsOf('express-unsupported', task('arn:aws:states:us-east-1:1:activity:A'), express)[0]
        .message,
    ).toContain('activity');
  });

  it('reports a Distributed Map in EXPRESS, and .sync inside an EXPRESS child of a Distributed Map', () => {
    const map = (ExecutionType: string, inner: string) =>
      machine({
        M: {
          Type: 'Map',
          End: true,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType },
            StartAt: 'T',
            States: { T: { Type: 'Task', Resource: inner, End: true } },
          },
        },
      });
    expect(
      findingsOf('express-unsupported', map('STANDARD', 'arn:aws:states:::lambda:invoke'), {
        workflowType: 'EXPRESS',
      })[0].message,
    ).toContain('DISTRIBUTED');
    const [inner] = findingsOf(
      'express-unsupported',
      map('EXPRESS', 'arn:aws:states:::ecs:runTask.sync'),
    );
    expect(inner.location).toBe('/States/M/ItemProcessor/States/T/Resource');
  });
});
