/** Fields whose value names a state. */
const TARGET_KEY = '(Next|Default|StartAt)';
const JSON_TARGET = new RegExp(`"${TARGET_KEY}"\\s*:\\s*("[^"]*)?$`);
const YAML_TARGET = new RegExp(`^\\s*(?:-\\s*)?${TARGET_KEY}\\s*:\\s*(["']?[^"'\\s]*)$`);

/**
 * When the text before the cursor on its line is the value of Next/Default/StartAt, says so and
 * whether the value is already quoted (so completion inserts only what is missing).
 */
export function transitionContext(
  lineBefore: string,
  format: 'json' | 'yaml',
): { field: string; quoted: boolean } | undefined {
  const m = (format === 'json' ? JSON_TARGET : YAML_TARGET).exec(lineBefore);
  if (!m) return undefined;
  return { field: m[1], quoted: (m[2] ?? '').startsWith('"') || (m[2] ?? '').startsWith("'") };
}
