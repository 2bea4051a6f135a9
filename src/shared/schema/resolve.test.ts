import { describe, expect, it } from 'vitest';
import aslSchema from 'amazon-states-language-service/out/json-schema/bundled.json';
import {
  branches,
  childSchemas,
  resolveRef,
  schemaDescription,
  schemasAt,
  type Known,
  type PathKey,
  type Schema,
} from './resolve';

const asl: Schema = aslSchema;

/** The property names every branch of the schemas at `path` allows. */
function keysAt(path: PathKey[], known: Known[] = []): string[] {
  const schemas = schemasAt(asl, path, (d) => known[d] ?? {});
  const last = known[path.length] ?? {};
  return [
    ...new Set(
      schemas.flatMap((s) =>
        branches(asl, s, last).flatMap((b) => Object.keys(b.properties ?? {})),
      ),
    ),
  ];
}

describe('resolveRef', () => {
  it('follows JSON pointers into the schema, with ~0 and ~1 escapes', () => {
    expect(resolveRef(asl, '#/properties/StartAt')?.type).toBe('string');
    expect(resolveRef(asl, '#')).toBe(asl);
    expect(resolveRef(asl, '#/properties/Nope')).toBeUndefined();
    expect(resolveRef(asl, 'other.json#/x')).toBeUndefined();
    const escaped: Schema = { properties: { 'a/b~c': { type: 'integer' } } };
    expect(resolveRef(escaped, '#/properties/a~1b~0c')?.type).toBe('integer');
  });

  it('resolves every $ref the ASL schema holds', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null)
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref' && typeof v === 'string') refs.push(v);
          else walk(v);
        }
    };
    walk(asl);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(resolveRef(asl, ref), ref).toBeDefined();
  });
});

describe('schemasAt and branches', () => {
  it('gives the root fields', () => {
    expect(keysAt([])).toEqual(
      expect.arrayContaining(['Comment', 'StartAt', 'States', 'TimeoutSeconds', 'QueryLanguage']),
    );
  });

  it("picks a state's alternative by its Type", () => {
    const task = keysAt(['States', 'A'], [{}, {}, { Type: 'Task' }]);
    expect(task).toEqual(
      expect.arrayContaining(['Type', 'Comment', 'Resource', 'Retry', 'Catch', 'TimeoutSeconds']),
    );
    expect(task).not.toContain('Choices');
    const choice = keysAt(['States', 'A'], [{}, {}, { Type: 'Choice' }]);
    expect(choice).toEqual(expect.arrayContaining(['Choices', 'Default']));
    expect(choice).not.toContain('Resource');
    expect(choice).not.toContain('End');
  });

  it('offers every alternative while the Type is missing or half-typed', () => {
    const written: Known[] = [{}, { Type: 'Tas' }];
    for (const known of written) {
      const keys = keysAt(['States', 'A'], [{}, {}, known]);
      expect(keys).toEqual(expect.arrayContaining(['Resource', 'Choices', 'Branches', 'Seconds']));
    }
  });

  it('steps through items, $refs and nested machines', () => {
    const task: Known[] = [{}, {}, { Type: 'Task' }];
    expect(keysAt(['States', 'A', 'Retry', 0], task)).toEqual(
      expect.arrayContaining(['ErrorEquals', 'MaxAttempts', 'JitterStrategy']),
    );
    expect(keysAt(['States', 'A', 'Catch', 2], task)).toEqual(
      expect.arrayContaining(['ErrorEquals', 'Next', 'ResultPath']),
    );
    const map: Known[] = [{}, {}, { Type: 'Map' }];
    expect(keysAt(['States', 'M', 'ItemProcessor'], map)).toEqual(
      expect.arrayContaining(['ProcessorConfig', 'StartAt', 'States']),
    );
    expect(keysAt(['States', 'M', 'ItemProcessor', 'ProcessorConfig'], map)).toEqual([
      'Mode',
      'ExecutionType',
    ]);
    const nested = ['States', 'P', 'Branches', 0, 'States', 'W'];
    expect(keysAt(nested, [{}, {}, { Type: 'Parallel' }, {}, {}, {}, { Type: 'Wait' }])).toEqual(
      expect.arrayContaining(['Seconds', 'Timestamp', 'Next']),
    );
  });

  it('finds nothing under a field that takes free JSON', () => {
    expect(keysAt(['States', 'A', 'Parameters'], [{}, {}, { Type: 'Pass' }])).toEqual([]);
  });

  it('reads patternProperties, additionalProperties and tuple items', () => {
    const schema: Schema = {
      properties: { fixed: { type: 'string' } },
      patternProperties: { '^x-': { type: 'integer' } },
      additionalProperties: { type: 'boolean' },
      items: [{ type: 'null' }, { type: 'number' }],
    };
    expect(childSchemas(schema, schema, 'fixed')[0].type).toBe('string');
    expect(childSchemas(schema, schema, 'x-any')[0].type).toBe('integer');
    expect(childSchemas(schema, schema, 'other')[0].type).toBe('boolean');
    expect(childSchemas(schema, schema, 0)[0].type).toBe('null');
    expect(childSchemas(schema, schema, 5)[0].type).toBe('number');
  });

  it('stops at $ref loops', () => {
    const loop: Schema = { $ref: '#/properties/a', properties: { a: { $ref: '#' } } };
    expect(branches(loop, loop).length).toBe(2);
    expect(schemaDescription(loop, loop)).toBeUndefined();
  });
});

describe('schemaDescription', () => {
  it("prefers a field's own description, then its $ref's", () => {
    const [comment] = childSchemas(asl, asl, 'Comment');
    expect(schemaDescription(asl, comment)).toBe('A human-readable comment or description.');
    const stateComment = schemasAt(asl, ['States', 'A', 'Comment'], (d): Known =>
      d === 2 ? { Type: 'Task' } : {},
    );
    expect(stateComment.map((s) => schemaDescription(asl, s))).toContain(
      'A human-readable comment or description.',
    );
  });

  it('describes a state by its Type, and says nothing when the alternatives disagree', () => {
    const [state] = schemasAt(asl, ['States', 'A']);
    expect(schemaDescription(asl, state, { Type: 'Choice' })).toMatch(/^A Choice state/);
    expect(schemaDescription(asl, state)).toBeUndefined();
  });
});
