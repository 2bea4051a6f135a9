import { describe, expect, it } from 'vitest';
import { commitMessageFor, diffDefinitions } from './commitMessage';
import { chainDefinition } from './testRepo';

const name = 'OrderWorkflow';

describe('commitMessageFor', () => {
  it('creates, adds, removes and updates', () => {
    const base = chainDefinition('Receive', 'Charge');
    expect(commitMessageFor(name, undefined, base)).toBe('Create OrderWorkflow definition');
    expect(
      commitMessageFor(name, base, chainDefinition('Receive', 'Charge', 'NotifyFailure')),
    ).toBe('Add state NotifyFailure to OrderWorkflow');
    expect(commitMessageFor(name, chainDefinition('Receive', 'Charge', 'Ship'), base)).toBe(
      'Remove state Ship from OrderWorkflow',
    );
    const updated = structuredClone(base) as { States: Record<string, Record<string, unknown>> };
    updated.States.Receive.Comment = 'x';
    updated.States.Charge.Result = 1;
    expect(commitMessageFor(name, base, updated)).toBe(
      'Update states Receive and Charge in OrderWorkflow',
    );
  });

  it('counts states when there are many, and joins different kinds of change', () => {
    const base = chainDefinition('A');
    expect(commitMessageFor(name, base, chainDefinition('A', 'B', 'C', 'D', 'E'))).toBe(
      'Add 4 states to OrderWorkflow',
    );
    const mixed = chainDefinition('A', 'B');
    (mixed.States as Record<string, Record<string, unknown>>).A.Comment = 'changed';
    expect(commitMessageFor(name, base, mixed)).toBe(
      'Add state B, update state A in OrderWorkflow',
    );
  });

  it('recognises a rename and a change of top-level fields', () => {
    const before = { StartAt: 'A', States: { A: { Type: 'Succeed' } } };
    const after = { StartAt: 'Done', States: { Done: { Type: 'Succeed' } } };
    expect(commitMessageFor(name, before, after)).toBe('Rename state A to Done in OrderWorkflow');
    expect(commitMessageFor(name, before, { ...before, TimeoutSeconds: 30 })).toBe(
      'Update TimeoutSeconds of OrderWorkflow',
    );
    expect(commitMessageFor(name, before, structuredClone(before))).toBe(
      'Update OrderWorkflow definition',
    );
  });

  it('sees states inside Parallel branches and Map processors, without blaming the parent', () => {
    const machine = (inner: Record<string, unknown>) => ({
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: inner }], End: true },
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'Y', States: { Y: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    });
    const before = machine({ X: { Type: 'Pass', End: true } });
    const after = machine({ X: { Type: 'Pass', Next: 'Z' }, Z: { Type: 'Pass', End: true } });
    expect(diffDefinitions(before, after)).toMatchObject({
      added: ['Z'],
      updated: [],
      removed: [],
    });
    expect(commitMessageFor(name, before, after)).toBe('Add state Z to OrderWorkflow');
  });

  it('ignores key order and survives junk', () => {
    const a = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
    const b = { States: { A: { End: true, Type: 'Pass' } }, StartAt: 'A' };
    expect(diffDefinitions(a, b)).toEqual({
      added: [],
      removed: [],
      updated: [],
      renamed: [],
      fields: [],
    });
    expect(commitMessageFor(name, 'not a machine', a)).toBe('Add state A to OrderWorkflow');
  });
});
