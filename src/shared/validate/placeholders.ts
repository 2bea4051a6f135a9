/**
 * `${Name}` placeholders, as CloudFormation, SAM, CDK and Terraform write them in a definition
 * before substituting DefinitionSubstitutions at deploy time.
 *
 * How they are accepted: a string that is exactly one placeholder may stand for any scalar (a
 * number such as `"TimeoutSeconds": "${Timeout}"`, a boolean, an enum value, a path, a state
 * name), so every typed check asks `isPlaceholder` before it complains. A string that merely
 * contains placeholders (an ARN like `arn:aws:lambda:${AWS::Region}:…:${Fn}`) is checked with each
 * placeholder replaced by a neutral word, so its fixed parts are still checked. A transition to a
 * placeholder target is taken to reach any state of its scope, so no state is called unreachable
 * because of it.
 */

const WHOLE = /^\$\{[^{}]+\}$/;
const ANY = /\$\{[^{}]+\}/;
const ALL = /\$\{[^{}]+\}/g;

/** True when a value is a string made of exactly one `${Name}` placeholder. */
export function isPlaceholder(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length > 3 && value.charCodeAt(0) === 36 && WHOLE.test(value)
  );
}

/** True when a string contains at least one `${Name}` placeholder. */
export function hasPlaceholder(value: string): boolean {
  return value.includes('${') && ANY.test(value);
}

/** Replaces each placeholder with `word`, so the surrounding text can be checked on its own. */
export function substitutePlaceholders(value: string, word = 'placeholder'): string {
  return value.replace(ALL, word);
}
