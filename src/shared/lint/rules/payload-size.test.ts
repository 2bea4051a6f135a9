import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

const distributed = (extra: Record<string, unknown>) =>
  machine({
    M: {
      Type: 'Map',
      End: true,
      ItemReader: { Resource: 'arn:aws:states:::s3:listObjectsV2', Parameters: { Bucket: 'b' } },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
        StartAt: 'P',
        States: { P: { Type: 'Pass', End: true } },
      },
      ...extra,
    },
  });

describe('payload-size', () => {
  it('passes small literals and distributed Maps that write results to S3', () => {
    expect(
      findingsOf(
        'payload-size',
        machine({ P: { Type: 'Pass', Result: { a: 'x'.repeat(1000) }, End: true } }),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'payload-size',
        distributed({
          ResultWriter: {
            Resource: 'arn:aws:states:::s3:putObject',
            Parameters: { Bucket: 'b', Prefix: 'p' },
          },
        }),
      ),
    ).toEqual([]);
  });

  it('reports a literal that approaches 256 KiB', () => {
    const [finding] = findingsOf(
      'payload-size',
      machine({ P: { Type: 'Pass', Result: { a: 'x'.repeat(230000) }, End: true } }),
    );
    expect(finding).toMatchObject({
      location: '/States/P/Result',
      message: expect.stringContaining('88%'),
    });
  });

  it('honours the warnBytes option', () => {
    expect(
      findingsOf(
        'payload-size',
        machine({ P: { Type: 'Pass', Result: 'x'.repeat(2000), End: true } }),
        { ruleOptions: { warnBytes: 1000 } },
      ),
    ).toHaveLength(1);
  });

  it('reports a distributed Map that gathers every result into its output', () => {
    expect(findingsOf('payload-size', distributed({}))[0].message).toContain('ResultWriter');
  });
});
