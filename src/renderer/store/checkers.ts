import { lintText } from '../../shared/lint';
import type { Diagnostic } from '../../shared/validate/diagnostic';
import type { Checker } from './analysis';

/** The linter's findings as plain diagnostics; a quick fix travels as its title and is computed when chosen. */
const lint: Checker = (parsed) =>
  lintText(parsed.text, { parsed, format: parsed.format }).findings.map((f): Diagnostic => ({
    severity: f.severity,
    code: f.code,
    message: f.message,
    location: f.location,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    stateName: f.stateName,
    source: 'lint',
    ...(f.fixes.length > 0 ? { fixTitles: f.fixes.map((x) => x.title) } : {}),
  }));

/** The checks run on every parsed version of the text, besides syntax and validation. */
export const CHECKERS: Checker[] = [lint];
