/**
 * Renders a JSON value as AWS's Java runtime prints it inside States.Format: strings bare, objects
 * as `{a=1, b=[x, y]}` (Java's Map.toString), arrays as `[1, 2]`.
 */
export function javaToString(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return javaNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '[' + value.map(javaToString).join(', ') + ']';
  return (
    '{' +
    Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}=${javaToString(v)}`)
      .join(', ') +
    '}'
  );
}

// Java prints large and tiny doubles in E notation (1.0E21, 1.0E-5) where JavaScript writes 1e+21.
function javaNumber(value: number): string {
  const text = String(value);
  const match = /^(-?\d+)(\.\d+)?e([+-])(\d+)$/.exec(text);
  if (!match) return text;
  return `${match[1]}${match[2] ?? '.0'}E${match[3] === '-' ? '-' : ''}${match[4]}`;
}
