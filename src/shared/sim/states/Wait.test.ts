import { describe, expect, it } from 'vitest';
import { virtualClock } from '../clock/clock';
import { run, single } from '../test/run';

describe('Wait', () => {
  it('advances the virtual clock by Seconds instantly', async () => {
    const clock = virtualClock(0);
    const started = Date.now();
    const r = await run(single({ Type: 'Wait', Seconds: 86_400, End: true }), {
      clock,
      input: { a: 1 },
    });
    expect(r).toEqual({ status: 'SUCCEEDED', output: { a: 1 } });
    expect(clock.now()).toBe(86_400_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits until Timestamp / TimestampPath, never backwards', async () => {
    const clock = virtualClock(Date.parse('2024-01-01T00:00:00Z'));
    await run(single({ Type: 'Wait', TimestampPath: '$.t', End: true }), {
      clock,
      input: { t: '2024-01-02T00:00:00Z' },
    });
    expect(clock.now()).toBe(Date.parse('2024-01-02T00:00:00Z'));
    await run(single({ Type: 'Wait', Timestamp: '2000-01-01T00:00:00Z', End: true }), { clock });
    expect(clock.now()).toBe(Date.parse('2024-01-02T00:00:00Z'));
  });

  it('rejects a SecondsPath that is not an integer, with AWS wording', async () => {
    const r = await run(single({ Type: 'Wait', SecondsPath: '$.s', End: true }), {
      input: { s: 1.5 },
    });
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain(
      'The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5',
    );
  });

  it('rejects a timestamp without offset', async () => {
    const r = await run(single({ Type: 'Wait', TimestampPath: '$.t', End: true }), {
      input: { t: '2016-12-05T21:29:29' },
    });
    expect(r.cause).toContain(
      'does not reference a valid ISO-8601 extended offset date-time format string',
    );
  });

  it('JSONata Seconds', async () => {
    const clock = virtualClock(0);
    await run(
      single(
        { Type: 'Wait', Seconds: '{% $states.input.s %}', End: true },
        { QueryLanguage: 'JSONata' },
      ),
      {
        clock,
        input: { s: 7 },
      },
    );
    expect(clock.now()).toBe(7000);
  });
});
