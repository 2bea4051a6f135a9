import { describe, expect, it } from 'vitest';
import { compareInstants, parseTimestamp } from './timestamp';

describe('parseTimestamp', () => {
  it('accepts RFC 3339 with T and Z or an offset, with optional fractions', () => {
    for (const text of [
      '2016-03-14T01:59:00Z',
      '2016-03-14T01:59:00.123Z',
      '2016-03-14T01:59:00+01:00',
      '2016-02-29T00:00:00-05:30',
      '0001-01-01T00:00:00Z',
    ]) {
      expect(parseTimestamp(text), text).not.toBeNull();
    }
  });
  it('rejects what AWS rejects', () => {
    for (const text of [
      '2016-12-05T21:29:29',
      '2016-12-05 21:29:29Z',
      '2016-13-05T21:29:29Z',
      '2016-12-05T25:29:29Z',
      '05-12-2016T21:29:29Z',
      '2026-11-22T03:23:04.000000',
      '2023-02-24',
      '2015-02-29T00:00:00Z',
      '2016-03-14t01:59:00z',
    ]) {
      expect(parseTimestamp(text), text).toBeNull();
    }
  });
  it('orders instants across offsets and to the nanosecond', () => {
    const a = parseTimestamp('2016-03-14T01:59:00Z')!;
    expect(compareInstants(a, parseTimestamp('2016-03-14T02:59:00+01:00')!)).toBe(0);
    expect(compareInstants(a, parseTimestamp('2016-03-14T01:59:00.000000001Z')!)).toBeLessThan(0);
    expect(
      compareInstants(
        parseTimestamp('0099-01-01T00:00:00Z')!,
        parseTimestamp('1999-01-01T00:00:00Z')!,
      ),
    ).toBeLessThan(0);
  });
});
