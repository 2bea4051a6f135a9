import { isJsonataExpression, jsonataBody } from '../asl/types';

/** Longest label text on an edge before it is cut with an ellipsis. */
export const MAX_LABEL_LENGTH = 40;

const OPERATORS: Array<[string, string]> = [
  ['Equals', '=='],
  ['GreaterThanEquals', '>='],
  ['LessThanEquals', '<='],
  ['GreaterThan', '>'],
  ['LessThan', '<'],
];

/** Cuts a text to `max` characters, ending with an ellipsis when cut. */
export function shorten(text: string, max = MAX_LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

/** A short human text for a Choice rule: `$.x > 10`, `$.status == "ok"`, a JSONata condition, `not (…)`. */
export function conditionLabel(rule: unknown): string {
  return shorten(describeRule(rule, 0));
}

function describeRule(rule: unknown, depth: number): string {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule) || depth > 8) return '?';
  const r = rule as Record<string, unknown>;
  if (r.Condition !== undefined) {
    if (typeof r.Condition === 'boolean') return String(r.Condition);
    return typeof r.Condition === 'string'
      ? (isJsonataExpression(r.Condition) ? jsonataBody(r.Condition) : r.Condition).trim()
      : '?';
  }
  if (Array.isArray(r.And)) return join(r.And, 'and', depth);
  if (Array.isArray(r.Or)) return join(r.Or, 'or', depth);
  if (r.Not !== undefined) return `not (${describeRule(r.Not, depth + 1)})`;
  const variable = typeof r.Variable === 'string' ? r.Variable : '?';
  for (const [key, value] of Object.entries(r)) {
    const text = comparison(variable, key, value);
    if (text) return text;
  }
  return typeof r.Comment === 'string' ? r.Comment : variable;
}

function join(rules: unknown[], word: string, depth: number): string {
  return rules
    .map((x) => (rules.length > 1 ? `(${describeRule(x, depth + 1)})` : describeRule(x, depth + 1)))
    .join(` ${word} `);
}

function comparison(variable: string, key: string, value: unknown): string | undefined {
  if (key === 'IsPresent') return `${variable} ${value === false ? 'is absent' : 'is present'}`;
  const is = key.match(/^Is(Null|Boolean|Numeric|String|Timestamp)$/);
  if (is) return `${variable} ${value === false ? 'is not' : 'is'} ${is[1].toLowerCase()}`;
  if (key === 'StringMatches') return `${variable} matches ${JSON.stringify(value)}`;
  const m = key.match(
    /^(String|Numeric|Boolean|Timestamp)(Equals|GreaterThanEquals|LessThanEquals|GreaterThan|LessThan)(Path)?$/,
  );
  if (!m) return undefined;
  const op = OPERATORS.find(([name]) => name === m[2])![1];
  const right = m[3] ? String(value) : JSON.stringify(value);
  return `${variable} ${op} ${right}`;
}
