import type { ParsedDocument, TextFormat } from '../../shared/asl/parse';
import { validateText } from '../../shared/validate';
import type { Diagnostic } from '../../shared/validate/diagnostic';
import { listStates, type StateLocation } from './stateIndex';

/** What the views need to know about one version of the text. */
export interface Analysis {
  revision: number;
  /** The parsed definition when the text is usable (no syntax errors, an object); else undefined. */
  value: unknown;
  diagnostics: Diagnostic[];
  states: StateLocation[];
  /** Milliseconds spent analysing (for the status bar and the benchmark). */
  elapsed: number;
  /** True when `value` was left out on purpose (the receiver parsed the same text itself). */
  valueOmitted?: boolean;
}

/** Extra checks (the linter) that run on parsed text; plugged in where they are available. */
export type Checker = (parsed: ParsedDocument) => Diagnostic[];

/** Parses and checks one version of the text. Pure: runs in a worker or on the main thread. */
export function analyze(
  text: string,
  format: TextFormat,
  revision: number,
  checkers: readonly Checker[] = [],
): Analysis {
  const started = performance.now();
  // validateText reports syntax errors (with their position) and AWS's own checks in one pass.
  const { parsed, diagnostics } = validateText(text, { format });
  const usable =
    parsed.errors.length === 0 &&
    typeof parsed.value === 'object' &&
    parsed.value !== null &&
    !Array.isArray(parsed.value);
  if (usable) {
    for (const check of checkers) {
      try {
        diagnostics.push(...check(parsed));
      } catch (e) {
        // A checker bug must not take the editor down with it: report it as a finding instead.
        diagnostics.push({
          severity: 'WARNING',
          code: 'CHECKER_FAILED',
          message: String(e),
          location: '',
          source: 'validate',
        });
      }
    }
  }
  const states = usable ? listStates(parsed.value, parsed.sourceMap) : [];
  return {
    revision,
    value: usable ? parsed.value : undefined,
    diagnostics: dedupe(diagnostics),
    states,
    elapsed: performance.now() - started,
  };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}|${d.location}|${d.message}|${d.line}|${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
