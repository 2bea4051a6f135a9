import type { ToStringOptions } from 'yaml';

/**
 * The layout a YAML text already uses (indent width, whether sequences are indented under their
 * key, flow padding), so the re-printed document matches it and the diff stays small.
 */
export function detectYamlStyle(text: string): ToStringOptions {
  const lines = text.split(/\r?\n/);
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  let previous: { indent: number; text: string } | undefined;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const own = line.length - line.trimStart().length;
    if (previous && /:\s*(#.*)?$/.test(previous.text)) {
      const isItem = trimmed.startsWith('- ') || trimmed === '-';
      if (isItem && indentSeq === undefined) indentSeq = own > previous.indent;
      if (!isItem && own > previous.indent && indent === undefined) indent = own - previous.indent;
    }
    if (indent !== undefined && indentSeq !== undefined) break;
    previous = { indent: own, text: line };
  }
  return {
    indent: indent ?? 2,
    indentSeq: indentSeq ?? true,
    lineWidth: 0,
    minContentWidth: 0,
    flowCollectionPadding: !/[{[]\S/.test(text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""')),
  };
}
