import * as YAML from 'yaml';
import type { TextFormat } from './parse';

/** Prints a value as stable 2-space JSON with a final newline. */
export function printJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Prints a value as YAML (block style, no line folding). */
export function printYaml(value: unknown): string {
  return YAML.stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Prints a value in the given format. */
export function printDocument(value: unknown, format: TextFormat): string {
  return format === 'yaml' ? printYaml(value) : printJson(value);
}
