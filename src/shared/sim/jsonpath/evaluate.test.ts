import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isStatesError } from '../errors';
import { PathNotFoundError, evaluatePath, parseJsonPath, tryEvaluatePath } from './index';

const store = {
  store: {
    book: [
      { title: 'A', price: 8, tag: 'x', tags: ['a', 'b'] },
      { title: 'B', price: 12, tag: 'y', isbn: '1' },
      { title: 'C', price: 5, tag: 'x' },
    ],
    bicycle: { price: 19, color: 'red' },
  },
  n: [1, 2, 3, 4, 5],
};

describe('evaluatePath: definite paths give the value', () => {
  it('reads fields, quoted names and indexes (negative from the end)', () => {
    expect(evaluatePath('$', store)).toBe(store);
    expect(evaluatePath('$.store.book[0].price', store)).toBe(8);
    expect(evaluatePath("$['store']['bicycle']['color']", store)).toBe('red');
    expect(evaluatePath('$.store.book[-1].title', store)).toBe('C');
    expect(evaluatePath('$.n[4]', store)).toBe(5);
  });
  it('merges a union of names at the end into one object', () => {
    expect(evaluatePath("$.store.bicycle['price','color']", store)).toEqual({
      price: 19,
      color: 'red',
    });
  });
  it('applies length() and the aggregate functions', () => {
    expect(evaluatePath('$.n.length()', store)).toBe(5);
    expect(evaluatePath('$.store.book.length()', store)).toBe(3);
    expect(evaluatePath('$.n.sum()', store)).toBe(15);
    expect(evaluatePath('$.n.min()', store)).toBe(1);
    expect(evaluatePath('$.n.max()', store)).toBe(5);
    expect(evaluatePath('$.n.avg()', store)).toBe(3);
    expect(evaluatePath('$.store.book[*].price.length()', store)).toBe(3);
  });
  it('reads the context object and variables', () => {
    expect(evaluatePath('$$.Execution.Input.a', {}, { Execution: { Input: { a: 1 } } })).toBe(1);
    expect(evaluatePath('$$', {}, { x: 1 })).toEqual({ x: 1 });
    expect(evaluatePath('$myVar.list[1]', {}, undefined, { myVar: { list: [1, 2] } })).toBe(2);
    expect(evaluatePath('$myVar', {}, undefined, { myVar: 'v' })).toBe('v');
  });
  it('keeps null values (a null is present)', () => {
    expect(evaluatePath('$.a', { a: null })).toBeNull();
  });
});

describe('evaluatePath: indefinite paths give the list of matches', () => {
  it('wildcards, deep scan, slices and index unions', () => {
    expect(evaluatePath('$.store.book[*].price', store)).toEqual([8, 12, 5]);
    expect(evaluatePath('$..price', store)).toEqual([8, 12, 5, 19]);
    expect(evaluatePath('$.store.bicycle.*', store)).toEqual([19, 'red']);
    expect(evaluatePath('$.n[1:3]', store)).toEqual([2, 3]);
    expect(evaluatePath('$.n[-2:]', store)).toEqual([4, 5]);
    expect(evaluatePath('$.n[:2]', store)).toEqual([1, 2]);
    expect(evaluatePath('$.n[::2]', store)).toEqual([1, 3, 5]);
    expect(evaluatePath('$.n[::-1]', store)).toEqual([5, 4, 3, 2, 1]);
    expect(evaluatePath('$.n[0,4,9]', store)).toEqual([1, 5]);
    // Jayway's own slice rules, which AWS inherits.
    expect(evaluatePath('$.n[-2:2]', store)).toEqual([4, 5, 1, 2]);
    expect(evaluatePath('$.n[1:-1]', store)).toEqual([]);
    expect(evaluatePath('$.n[:-1]', store)).toEqual([1, 2, 3, 4]);
    expect(evaluatePath('$.n[-9:]', store)).toEqual([1, 2, 3, 4, 5]);
    expect(evaluatePath('$.n[3:99]', store)).toEqual([4, 5]);
    expect(evaluatePath('$..book[0].title', store)).toEqual(['A']);
  });
  it('gives an empty list when nothing matches', () => {
    expect(evaluatePath('$.store.book[*].nope', store)).toEqual([]);
    expect(evaluatePath('$..nope', store)).toEqual([]);
  });
});

describe('evaluatePath: filters', () => {
  const titles = (path: string) =>
    (evaluatePath(path, store) as { title: string }[]).map((b) => b.title);
  it('compares with numbers and strings, combines with && || !', () => {
    expect(titles("$.store.book[?(@.price < 10 && @.tag == 'x')]")).toEqual(['A', 'C']);
    expect(titles('$.store.book[?(@.price >= 12 || @.price == 5)]')).toEqual(['B', 'C']);
    expect(titles('$.store.book[?(!(@.price > 6))]')).toEqual(['C']);
    expect(titles("$.store.book[?(@.tag != 'x')]")).toEqual(['B']);
    expect(titles('$.store.book[?(@.price <= 8)]')).toEqual(['A', 'C']);
  });
  it('tests existence, membership, regex, size and comparisons with the root', () => {
    expect(titles('$.store.book[?(@.isbn)]')).toEqual(['B']);
    expect(titles("$.store.book[?(@.tag in ['y', 'z'])]")).toEqual(['B']);
    expect(titles("$.store.book[?(@.tag nin ['y'])]")).toEqual(['A', 'C']);
    expect(titles('$.store.book[?(@.title =~ /[ab]/i)]')).toEqual(['A', 'B']);
    expect(titles('$.store.book[?(@.tags size 2)]')).toEqual(['A']);
    expect(titles("$.store.book[?(@.tags anyof ['b', 'q'])]")).toEqual(['A']);
    expect(titles("$.store.book[?(@.tags subsetof ['a', 'b', 'c'])]")).toEqual(['A']);
    expect(titles('$.store.book[?(@.price > $.n[4])]')).toEqual(['A', 'B']);
  });
  it('reads bare words as strings, as AWS does', () => {
    expect(titles('$.store.book[?(@.tag==y)]')).toEqual(['B']);
  });
  it('never matches on mixed types', () => {
    expect(titles("$.store.book[?(@.price < '10')]")).toEqual([]);
    expect(titles("$.store.book[?(@.price == '8')]")).toEqual([]);
  });
  it('treats script-like text as data, never code', () => {
    const globals = globalThis as { hacked?: boolean };
    expect(() => parseJsonPath('$[?(@.a == (globalThis.hacked = true))]')).toThrow();
    expect(globals.hacked).toBeUndefined();
  });
});

describe('evaluatePath: robustness', () => {
  it("reads Jayway's `$.['a']` form", () => {
    expect(evaluatePath("$.['a'][0]", { a: [5] })).toBe(5);
  });
  it('deep-scans a payload nested 100,000 levels deep without overflowing the stack', () => {
    let deep: unknown = { x: 1 };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(evaluatePath('$..x', deep)).toEqual([1]);
  });
});

describe('evaluatePath: no match', () => {
  it('throws States.Runtime with Jayway wording for definite paths', () => {
    const cause = (path: string, input: unknown = { a: { b: 1 }, l: [1] }) => {
      try {
        evaluatePath(path, input);
      } catch (error) {
        expect(error).toBeInstanceOf(PathNotFoundError);
        return (error as PathNotFoundError).cause;
      }
      return 'no error';
    };
    expect(cause('$.NoSuchInputPath')).toBe(
      "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']",
    );
    expect(cause('$.a.c')).toBe("Invalid path '$.a.c' : No results for path: $['a']['c']");
    expect(cause('$.x.y')).toBe("Invalid path '$.x.y' : Missing property in path $['x']");
    expect(cause('$.l[3]')).toBe("Invalid path '$.l[3]' : No results for path: $['l'][3]");
    expect(cause('$.a.b.c')).toBe(
      "Invalid path '$.a.b.c' : Expected to find an object with property ['c'] in path $['a']['b'] but found 'java.lang.Integer'. This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JsonSmartJsonProvider'.",
    );
    expect(cause('$.a[0].x')).toBe(
      `Invalid path '$.a[0].x' : Filter: [0]['x'] can only be applied to arrays. Current context is: {"b":1}`,
    );
    expect(cause('$.n[0]', { n: null })).toBe("Invalid path '$.n[0]' : The path $['n'] is null");
  });
  it('tryEvaluatePath gives undefined instead', () => {
    expect(tryEvaluatePath('$.missing', {})).toBeUndefined();
    expect(tryEvaluatePath('$v.x', {}, undefined, {})).toBeUndefined();
  });
});

// Paths built from the pieces the grammar allows, so the property explores real evaluations.
const segment = fc.oneof(
  fc.constantFrom(
    '.a',
    '.b',
    '[0]',
    '[-1]',
    '[*]',
    '..a',
    '[1:]',
    '[0,1]',
    "['a','b']",
    '.*',
    '[?(@.a > 1)]',
    "[?(@ == 'x')]",
    '.length()',
  ),
);
const pathArb = fc.array(segment, { maxLength: 5 }).map((parts) => '$' + parts.join(''));

describe('properties', () => {
  it('evaluatePath throws nothing but StatesError on any JSON and any valid path', () => {
    fc.assert(
      fc.property(pathArb, fc.jsonValue(), (path, json) => {
        let ast;
        try {
          ast = parseJsonPath(path);
        } catch {
          return;
        }
        try {
          evaluatePath(ast, json);
        } catch (error) {
          if (!isStatesError(error)) throw error;
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('an indefinite path always gives an array', () => {
    fc.assert(
      fc.property(pathArb, fc.jsonValue(), (path, json) => {
        let ast;
        try {
          ast = parseJsonPath(path);
        } catch {
          return;
        }
        if (!ast.definite) expect(Array.isArray(evaluatePath(ast, json))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
