import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse';
import { printJson, printYaml } from '../print';
import { toPointer } from '../pointer';
import { EditError } from './editError';
import { openSession } from './primitives';
import { applyTextEdits, type EditableDocument } from './textEdit';

type Op =
  | { kind: 'set'; path: string[]; value: unknown }
  | { kind: 'remove'; path: string[] }
  | { kind: 'insert'; path: string[]; index: number; value: unknown }
  | { kind: 'rename'; path: string[]; key: string }
  | { kind: 'add'; path: string[]; key: string; value: unknown; after: string | null };

const key = fc.constantFrom('a', 'b', 'c', 'States', 'Next', 'x/y', 'k~1', '0', '1');
const path = fc.array(key, { maxLength: 3 });
// Through JSON once: JSON cannot write -0, so it never round-trips.
const value = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path, value }),
  fc.record({ kind: fc.constant('remove' as const), path }),
  fc.record({ kind: fc.constant('insert' as const), path, index: fc.nat(3), value }),
  fc.record({ kind: fc.constant('rename' as const), path, key }),
  fc.record({
    kind: fc.constant('add' as const),
    path,
    key,
    value,
    after: fc.option(key, { nil: null }),
  }),
);
const root = fc.dictionary(key, value, { maxKeys: 4 });

/** Applies ops to a session; ops that cannot apply must fail with an EditError and change nothing. */
function run(doc: EditableDocument, ops: Op[]): void {
  const session = openSession(doc);
  for (const o of ops) {
    const pointer = toPointer(o.path);
    const before = JSON.stringify(session.value());
    try {
      if (o.kind === 'set') session.set(pointer, o.value);
      else if (o.kind === 'remove') session.remove(pointer);
      else if (o.kind === 'insert') session.insert(pointer, o.index, o.value);
      else if (o.kind === 'rename') session.renameKey(pointer, o.key);
      else session.addMember(pointer, o.key, o.value, o.after);
    } catch (e) {
      expect(e).toBeInstanceOf(EditError);
      expect(JSON.stringify(session.value())).toBe(before);
    }
  }
  const result = session.result();
  expect(applyTextEdits(doc.text, result.edits)).toBe(result.text);
  const parsed = parseDocument(result.text, doc.format);
  expect(parsed.errors).toEqual([]);
  // The text says exactly what the operations meant (key order is checked in the unit tests:
  // JavaScript objects put integer-like keys first, whatever the text says).
  expect(parsed.value).toEqual(session.value());
}

describe('edit sessions, any sequence of primitive changes', () => {
  it('JSON text always matches the intended value', () => {
    fc.assert(
      fc.property(root, fc.array(op, { maxLength: 8 }), (r, ops) =>
        run({ text: printJson(r), format: 'json' }, ops),
      ),
      { numRuns: 300 },
    );
  });

  it('one-line JSON (objects and arrays written inline) always matches the intended value', () => {
    const inline = (r: unknown): string =>
      '{\n  "inline": ' +
      JSON.stringify(r).replace(/,"/g, ', "').replace(/":/g, '": ') +
      ',\n  "tight": ' +
      JSON.stringify(r) +
      '\n}';
    const nested = fc
      .array(op, { maxLength: 8 })
      .map((ops) =>
        ops.map((o) => ({ ...o, path: [o.path.length % 2 ? 'inline' : 'tight', ...o.path] }) as Op),
      );
    fc.assert(
      fc.property(root, nested, (r, ops) => run({ text: inline(r), format: 'json' }, ops)),
      { numRuns: 300 },
    );
  });

  it('YAML text always matches the intended value', () => {
    fc.assert(
      fc.property(root, fc.array(op, { maxLength: 8 }), (r, ops) =>
        run({ text: '# head\n' + printYaml(r), format: 'yaml' }, ops),
      ),
      { numRuns: 300 },
    );
  });
});

describe('edit sessions, a member named __proto__', () => {
  it('keeps it as an ordinary member in the value, as the text does', () => {
    const session = openSession({ text: '{\n  "a": {}\n}', format: 'json' });
    session.set('/a', JSON.parse('{"__proto__": 0}'));
    session.set('/b/__proto__', 1);
    const result = session.result();
    expect(JSON.stringify(session.value())).toBe('{"a":{"__proto__":0},"b":{"__proto__":1}}');
    expect(JSON.stringify(parseDocument(result.text, 'json').value)).toBe(
      JSON.stringify(session.value()),
    );
  });
});

describe('edit sessions, a set after a rename in the same session', () => {
  it('adds a new member instead of overwriting the renamed one', () => {
    const session = openSession({ text: '{\n  "inline": {},\n  "tight": {}\n}', format: 'json' });
    session.set('/tight', '');
    session.renameKey('/tight', 'a');
    session.set('/tight', false);
    const result = session.result();
    expect(parseDocument(result.text, 'json').value).toEqual({ inline: {}, a: '', tight: false });
  });
});
