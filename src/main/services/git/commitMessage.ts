import { indexStates, topLevelFields } from './stateIndex';

/** What changed between two versions of a definition, state by state. */
export interface DefinitionChanges {
  added: string[];
  removed: string[];
  updated: string[];
  renamed: Array<{ from: string; to: string }>;
  /** Top-level fields (StartAt, Comment, TimeoutSeconds…) that changed. */
  fields: string[];
}

/** Compares two definitions (old may be undefined: a new file) state by state. */
export function diffDefinitions(oldDefinition: unknown, newDefinition: unknown): DefinitionChanges {
  const before = indexStates(oldDefinition);
  const after = indexStates(newDefinition);
  let added = [...after.keys()].filter((name) => !before.has(name));
  let removed = [...before.keys()].filter((name) => !after.has(name));
  // Rewiring a neighbour to reach an added state (or to skip a removed one) is part of that add or
  // remove, not an update of its own: "Add state X", not "Add state X, update state W".
  const onlyRewired = (name: string): boolean => {
    const old = before.get(name)!;
    const now = after.get(name)!;
    return (
      old.withoutTransition === now.withoutTransition &&
      ((now.next !== undefined && added.includes(now.next)) ||
        (old.next !== undefined && removed.includes(old.next)))
    );
  };
  const updated = [...after.keys()].filter(
    (n) => before.has(n) && before.get(n)!.full !== after.get(n)!.full && !onlyRewired(n),
  );
  // A state that vanished and reappeared with identical fields under another name was renamed.
  const renamed: DefinitionChanges['renamed'] = [];
  for (const from of removed) {
    const to = added.find((name) => after.get(name)!.full === before.get(from)!.full);
    if (to !== undefined) {
      renamed.push({ from, to });
      added = added.filter((name) => name !== to);
    }
  }
  removed = removed.filter((name) => !renamed.some((r) => r.from === name));
  const oldFields = topLevelFields(oldDefinition);
  const newFields = topLevelFields(newDefinition);
  const fieldNames = new Set([...oldFields.keys(), ...newFields.keys()]);
  const fields = [...fieldNames].filter((k) => oldFields.get(k) !== newFields.get(k));
  return { added, removed, updated, renamed, fields };
}

function listNames(names: string[]): string {
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "state X", "states X and Y", or "4 states" when naming them all would make a long subject. */
function statesPhrase(names: string[]): string {
  if (names.length === 1) return `state ${names[0]}`;
  if (names.length <= 3) return `states ${listNames(names)}`;
  return `${names.length} states`;
}

/**
 * A commit subject from what changed, e.g. "Add state NotifyFailure to OrderWorkflow",
 * "Update 2 states in OrderWorkflow", "Create OrderWorkflow definition".
 */
export function commitMessageFor(
  name: string,
  oldDefinition: unknown,
  newDefinition: unknown,
): string {
  if (oldDefinition === undefined) return `Create ${name} definition`;
  const changes = diffDefinitions(oldDefinition, newDefinition);
  const parts: Array<{ text: string; preposition: string }> = [];
  if (changes.added.length)
    parts.push({ text: `add ${statesPhrase(changes.added)}`, preposition: 'to' });
  if (changes.removed.length) {
    parts.push({ text: `remove ${statesPhrase(changes.removed)}`, preposition: 'from' });
  }
  if (changes.renamed.length === 1) {
    const { from, to } = changes.renamed[0];
    parts.push({ text: `rename state ${from} to ${to}`, preposition: 'in' });
  } else if (changes.renamed.length > 1) {
    parts.push({ text: `rename ${changes.renamed.length} states`, preposition: 'in' });
  }
  if (changes.updated.length) {
    parts.push({ text: `update ${statesPhrase(changes.updated)}`, preposition: 'in' });
  }
  if (parts.length === 0) {
    if (changes.fields.length === 0) return `Update ${name} definition`;
    return `Update ${listNames(changes.fields)} of ${name}`;
  }
  const preposition = parts.length === 1 ? parts[0].preposition : 'in';
  const text = parts.map((p) => p.text).join(', ');
  return `${text[0].toUpperCase()}${text.slice(1)} ${preposition} ${name}`;
}
