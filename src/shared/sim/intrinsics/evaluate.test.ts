import { describe, expect, it } from 'vitest';
import { IntrinsicEvaluationError } from './failure';
import { evaluateIntrinsic } from './evaluate';
import { seededRandom as seeded } from '../random/random';

const random = seeded(42);
const run = (
  text: string,
  input: unknown = {},
  context: unknown = {},
  variables?: Record<string, unknown>,
) => evaluateIntrinsic(text, input, context, random, variables);

/** Runs a call that must fail and returns its error name, AWS's cause and our detail. */
function failure(
  text: string,
  input: unknown = {},
): { error: string; cause: string; detail: string } {
  try {
    run(text, input);
  } catch (error) {
    if (error instanceof IntrinsicEvaluationError)
      return { error: error.error, cause: error.cause, detail: error.detail };
    throw error;
  }
  throw new Error(`${text} did not fail`);
}

/** True when a call fails the way AWS fails bad arguments (States.Runtime, "Invalid arguments in …"). */
function rejects(text: string, input: unknown = {}): boolean {
  const { error, cause } = failure(text, input);
  const name = /^States\.\w+/.exec(text)?.[0];
  return (
    error === 'States.Runtime' &&
    cause.startsWith('There was an error while evaluating the intrinsic function: ') &&
    cause.includes(`Invalid arguments in ${name}`)
  );
}

describe('States.Format', () => {
  it('fills placeholders with strings bare and other values as Java prints them', () => {
    expect(run("States.Format('Formatting argument {}.', $.v)", { v: '' })).toBe(
      'Formatting argument .',
    );
    expect(run("States.Format('a={} b={}', $.a, $.b)", { a: 1.1, b: true })).toBe('a=1.1 b=true');
    expect(run("States.Format('{}', $.o)", { o: { Arg1: 1, Arg2: [] } })).toBe('{Arg1=1, Arg2=[]}');
    expect(run("States.Format('{} {}', $.l, $.n)", { l: [1, 'x', [2]], n: null })).toBe(
      '[1, x, [2]] null',
    );
  });
  it('keeps escaped braces and quotes literal', () => {
    expect(run("States.Format('\\{\\} {} it\\'s', 'x')")).toBe("{} x it's");
  });
  it('rejects stray braces as AWS does', () => {
    expect(failure("States.Format('Hello {', 'x')").cause).toBe(
      "There was an error while evaluating the intrinsic function: States.Format('Hello {', 'x'). Invalid template in States.Format: matching '}' not found for '{'.",
    );
    expect(failure("States.Format('Hello {{}}', 'x')").error).toBe('States.Runtime');
    expect(rejects("States.Format('}')")).toBe(true);
  });
  it('fails when values and placeholders do not match', () => {
    expect(rejects("States.Format('{} {}', 1)")).toBe(true);
    expect(rejects("States.Format('none', 1)")).toBe(true);
  });
});

describe('States.StringToJson', () => {
  it('parses JSON text; blank text gives null', () => {
    expect(run('States.StringToJson($.s)', { s: '{"a":[1,true]}' })).toEqual({ a: [1, true] });
    expect(run('States.StringToJson($.s)', { s: '"HelloWorld"' })).toBe('HelloWorld');
    expect(run('States.StringToJson($.s)', { s: ' ' })).toBeNull();
    expect(run('States.StringToJson($.s)', { s: '-0' })).toBe(-0);
  });
  it('fails on invalid JSON and on non-strings', () => {
    expect(rejects('States.StringToJson($.s)', { s: '{nope' })).toBe(true);
    expect(rejects('States.StringToJson($.s)', { s: 1 })).toBe(true);
  });
});

describe('States.JsonToString', () => {
  it('serialises compactly', () => {
    expect(run('States.JsonToString($.v)', { v: { a: [1, 'x'] } })).toBe('{"a":[1,"x"]}');
    expect(run('States.JsonToString($.v)', { v: null })).toBe('null');
    expect(run('States.JsonToString($.v)', { v: 'HelloWorld' })).toBe('"HelloWorld"');
  });
});

describe('States.Array', () => {
  it('collects its arguments', () => {
    expect(run('States.Array()')).toEqual([]);
    expect(run("States.Array('a', 1, true, null, $.x, States.Array(2))", { x: { y: 1 } })).toEqual([
      'a',
      1,
      true,
      null,
      { y: 1 },
      [2],
    ]);
  });
});

describe('States.ArrayPartition', () => {
  it('chunks, the last chunk shorter', () => {
    expect(run('States.ArrayPartition($.a, 2)', { a: [0, 1, 2] })).toEqual([[0, 1], [2]]);
    expect(run('States.ArrayPartition($.a, 5)', { a: [0, 1] })).toEqual([[0, 1]]);
    expect(run('States.ArrayPartition($.a, 1)', { a: [] })).toEqual([]);
  });
  it('truncates a fractional chunk size (2.6 → 2, 0.6 → 0 is rejected)', () => {
    expect(run('States.ArrayPartition($.a, 2.6)', { a: [1, 2, 3, 4, 5] })).toEqual([
      [1, 2],
      [3, 4],
      [5],
    ]);
    expect(rejects('States.ArrayPartition($.a, 0.6)', { a: [1] })).toBe(true);
  });
  it('rejects a chunk size below 1 or a non-array', () => {
    expect(rejects('States.ArrayPartition($.a, 0)', { a: [1] })).toBe(true);
    expect(rejects("States.ArrayPartition('x', 1)")).toBe(true);
  });
});

describe('States.ArrayContains', () => {
  it('compares deeply', () => {
    expect(run('States.ArrayContains($.a, $.v)', { a: [[1, 2, 3], 2], v: [1, 2, 3] })).toBe(true);
    expect(
      run('States.ArrayContains($.a, $.v)', { a: [{ 1: 2, 2: [] }], v: { 2: [], 1: 2 } }),
    ).toBe(true);
    expect(run('States.ArrayContains($.a, $.v)', { a: [], v: null })).toBe(false);
    expect(run('States.ArrayContains($.a, false)', { a: [true, false] })).toBe(true);
  });
});

describe('States.ArrayRange', () => {
  it('truncates fractional arguments toward zero, as AWS does', () => {
    expect(run('States.ArrayRange(1.4, 5.6, 2.2)')).toEqual([1, 3, 5]);
    expect(run('States.ArrayRange(1.6, 1.4, 1)')).toEqual([1]);
    expect(run('States.ArrayRange(5.4, -0.6, -2.4)')).toEqual([5, 3, 1]);
    expect(rejects('States.ArrayRange(1, 10, 0.49)')).toBe(true);
  });
  it('counts from start to end inclusive by step', () => {
    expect(run('States.ArrayRange(0, 10, 3)')).toEqual([0, 3, 6, 9]);
    expect(run('States.ArrayRange(1, 9, 9)')).toEqual([1]);
    expect(run('States.ArrayRange(5, 1, -2)')).toEqual([5, 3, 1]);
    expect(run('States.ArrayRange(5, 1, 1)')).toEqual([]);
  });
  it('rejects step 0 and more than 1000 items', () => {
    expect(rejects('States.ArrayRange(0, 10, 0)')).toBe(true);
    expect(rejects('States.ArrayRange(0, 1000, 1)')).toBe(true);
    expect(run('States.ArrayRange(1, 1000, 1)')).toHaveLength(1000);
  });
});

describe('States.ArrayGetItem', () => {
  it('reads by zero-based index and rejects out-of-range indexes', () => {
    expect(run('States.ArrayGetItem($.a, 5)', { a: [1, 2, 3, 4, 5, 6, 7] })).toBe(6);
    expect(rejects('States.ArrayGetItem($.a, 3)', { a: [1] })).toBe(true);
    expect(failure('States.ArrayGetItem($.a, 3)', { a: [1] }).detail).toContain('out of bounds');
    expect(run('States.ArrayGetItem($.a, 999)', { a: [] })).toBeNull();
    expect(rejects('States.ArrayGetItem($.a, -1)', { a: [1] })).toBe(true);
    // AWS truncates fractional integer arguments toward zero.
    expect(run('States.ArrayGetItem($.a, 1.5)', { a: [1, 2] })).toBe(2);
  });
});

describe('States.ArrayLength', () => {
  it('counts items', () => {
    expect(run('States.ArrayLength($)', [1, 2, 3])).toBe(3);
    expect(rejects('States.ArrayLength($.s)', { s: 'abc' })).toBe(true);
  });
});

describe('States.ArrayUnique', () => {
  it('drops repeats, keeping the first of each, deep equality for objects', () => {
    expect(run('States.ArrayUnique($.a)', { a: [1, 2, 2, 3, 3, 4, 1] })).toEqual([1, 2, 3, 4]);
    expect(run('States.ArrayUnique($.a)', { a: [{ x: 1 }, { x: 1 }, '1', 1] })).toEqual([
      { x: 1 },
      '1',
      1,
    ]);
  });
});

describe('States.Base64Encode / States.Base64Decode', () => {
  it('round-trips UTF-8 text', () => {
    expect(run("States.Base64Encode('Hello World')")).toBe('SGVsbG8gV29ybGQ=');
    expect(run("States.Base64Decode('SGVsbG8gV29ybGQ=')")).toBe('Hello World');
    expect(run('States.Base64Decode(States.Base64Encode($.s))', { s: 'héllo ☃ 😀' })).toBe(
      'héllo ☃ 😀',
    );
    expect(run("States.Base64Decode('')")).toBe('');
  });
  it('decodes leniently, as AWS does', () => {
    expect(run("States.Base64Decode(' YWJjZA== ')")).toBe('abcd');
    expect(run("States.Base64Decode('YWJjZA')")).toBe('abcd');
    expect(run("States.Base64Decode('ab==cd')")).toBe('i');
    expect(run("States.Base64Decode('4pyT')")).toBe('✓');
    expect(typeof run("States.Base64Decode('!!!invalid!!!')")).toBe('string');
  });
  it('rejects non-strings and input over 10,000 characters', () => {
    expect(rejects('States.Base64Decode(123)')).toBe(true);
    expect(rejects('States.Base64Encode($.s)', { s: 'x'.repeat(10_001) })).toBe(true);
  });
});

describe('States.Hash', () => {
  it('matches the digests AWS returned', () => {
    expect(run("States.Hash('input data', 'MD5')")).toBe('812f45842bc6d66ee14572ce20db8e86');
    expect(run("States.Hash('input data', 'SHA-1')")).toBe(
      'aaff4a450a104cd177d28d18d74485e8cae074b7',
    );
    expect(run("States.Hash('input data', 'SHA-512')")).toBe(
      '6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4',
    );
  });
  it('matches the published test vectors for SHA-256 and SHA-384', () => {
    expect(run("States.Hash('abc', 'SHA-256')")).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(run("States.Hash('abc', 'SHA-384')")).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
    expect(run("States.Hash('', 'MD5')")).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
  it('hashes non-string data as its JSON text, as AWS does', () => {
    expect(run("States.Hash($.n, 'MD5')", { n: 123 })).toBe(run("States.Hash('123', 'MD5')"));
    expect(run("States.Hash('✓', 'SHA-256')")).toBe(
      '1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604',
    );
    expect(rejects("States.Hash('data', 'sha-256')")).toBe(true);
    expect(rejects("States.Hash('hello', 123)")).toBe(true);
  });
  it('rejects unknown algorithms', () => {
    expect(failure("States.Hash('x', 'SHA-3')")).toEqual({
      error: 'States.Runtime',
      cause:
        "There was an error while evaluating the intrinsic function: States.Hash('x', 'SHA-3'). Invalid arguments in States.Hash",
      detail: "unknown algorithm 'SHA-3'; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512",
    });
  });
});

describe('States.JsonMerge', () => {
  it('merges shallowly, the right side winning; deep mode is rejected as AWS does', () => {
    const input = {
      a: { a: { a1: 1, a2: 2 }, b: 2, d: 3 },
      b: { a: { a3: 1, a4: 2 }, c: 3, d: 4 },
    };
    expect(run('States.JsonMerge($.a, $.b, false)', input)).toEqual({
      a: { a3: 1, a4: 2 },
      b: 2,
      c: 3,
      d: 4,
    });
    expect(rejects('States.JsonMerge($.a, $.b, true)', input)).toBe(true);
    expect(run("States.JsonMerge($.a, $.b, 'false')", input)).toMatchObject({ c: 3, d: 4 });
    expect(rejects('States.JsonMerge($.a, 1, false)', input)).toBe(true);
  });
});

describe('States.MathRandom', () => {
  it('draws an integer in [start, end) from the passed-in source', () => {
    for (let i = 0; i < 200; i++) {
      const value = evaluateIntrinsic('States.MathRandom(1, 10)', {}, {}, seeded(i)) as number;
      expect(Number.isInteger(value) && value >= 1 && value < 10).toBe(true);
    }
    expect(evaluateIntrinsic('States.MathRandom(0, 1000)', {}, {}, seeded(7))).toBe(
      evaluateIntrinsic('States.MathRandom(0, 1000)', {}, {}, seeded(7)),
    );
  });
  it('truncates fractional bounds and rejects an empty range', () => {
    for (let i = 0; i < 50; i++) {
      const value = evaluateIntrinsic('States.MathRandom(1.6, 5.4)', {}, {}, seeded(i)) as number;
      expect(value >= 1 && value < 5).toBe(true);
    }
    expect(rejects('States.MathRandom(1.4, 1.6)')).toBe(true);
    expect(rejects("States.MathRandom(1, 10, 'seed')")).toBe(true);
  });
  it('gives the same number for the same seed argument', () => {
    expect(run('States.MathRandom(0, 100000, 1234)')).toBe(
      run('States.MathRandom(0, 100000, 1234)'),
    );
    expect(rejects('States.MathRandom(5, 5)')).toBe(true);
  });
});

describe('States.MathAdd', () => {
  it('rounds each operand half-up, as AWS does', () => {
    const cases: [number, number, number][] = [
      [-1.5, 0, -1],
      [2.5, 0, 3],
      [-0.5, 0.5, 1],
      [-0.5, 0, 0],
      [-2.5, 0, -2],
      [1.5, 1.51, 4],
      [-1.49, -1.5, -2],
      [1.49, -1.49, 0],
      [111, -1, 110],
    ];
    for (const [a, b, sum] of cases) expect(run('States.MathAdd($.a, $.b)', { a, b })).toBe(sum);
    expect(rejects("States.MathAdd('1', 2)")).toBe(true);
    expect(run('States.MathAdd(2147483646, 1)')).toBe(2147483647);
    expect(rejects('States.MathAdd(2147483647, 1)')).toBe(true);
    expect(rejects('States.MathAdd(-2147483648, -1)')).toBe(true);
    expect(rejects('States.MathAdd(3000000000, 1)')).toBe(true);
    expect(rejects('States.MathAdd(true, 1)')).toBe(true);
  });
});

describe('States.StringSplit', () => {
  it('splits at any delimiter character and drops empty pieces', () => {
    expect(run("States.StringSplit('a,b,c', ',')")).toEqual(['a', 'b', 'c']);
    expect(run("States.StringSplit(' , ', ',')")).toEqual([' ', ' ']);
    expect(run("States.StringSplit(',,,,', ',')")).toEqual([]);
    expect(run("States.StringSplit('a-b+c', '+-')")).toEqual(['a', 'b', 'c']);
  });
});

describe('States.UUID', () => {
  it('gives a v4 UUID from the random source, repeatably', () => {
    const a = evaluateIntrinsic('States.UUID()', {}, {}, seeded(1));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(evaluateIntrinsic('States.UUID()', {}, {}, seeded(1))).toBe(a);
    expect(evaluateIntrinsic('States.UUID()', {}, {}, seeded(2))).not.toBe(a);
  });
});

describe('arguments', () => {
  it('reads the context object and variables', () => {
    expect(
      run(
        'States.Array($$.Execution.Id, $v.x)',
        {},
        { Execution: { Id: 'id-1' } },
        { v: { x: 2 } },
      ),
    ).toEqual(['id-1', 2]);
  });
  it('fails cleanly (States.Runtime) on pathologically nested arguments', () => {
    const nest = () => {
      let deep: unknown = 1;
      for (let i = 0; i < 200_000; i++) deep = [deep];
      return deep;
    };
    expect(failure('States.ArrayContains($.a, $.b)', { a: [nest()], b: nest() }).detail).toContain(
      'nested too deeply',
    );
  });
  it("reports a path argument that names nothing in AWS's words", () => {
    expect(failure('States.Array(1, States.ArrayLength($.missing))', { a: 1 })).toMatchObject({
      error: 'States.Runtime',
      cause:
        "There was an error while evaluating the intrinsic function: States.ArrayLength($.missing). The JsonPath argument for the field '$.missing' could not be found in the input '{\"a\":1}'",
    });
  });
  it('renders the failing call with its arguments as written', () => {
    expect(failure('States.MathAdd($.a, 1.50)', { a: 'x' }).cause).toBe(
      'There was an error while evaluating the intrinsic function: States.MathAdd($.a, 1.50). Invalid arguments in States.MathAdd',
    );
    expect(failure("States.Format('{} \\'{}\\'', 1)").cause).toBe(
      "There was an error while evaluating the intrinsic function: States.Format('{} \\'{}\\'', 1). Invalid arguments in States.Format: number of arguments do not match the occurrences of {}.",
    );
  });
});
