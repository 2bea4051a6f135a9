import type { Diagnostic, Severity } from '../validate/diagnostic';
import type { LintRule } from './types';

/** One linted file: its path relative to the repository root (forward slashes) and its findings. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  ERROR: 'error',
  WARNING: 'warning',
  INFO: 'note',
};
const VALIDATOR_HELP =
  'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
}

/** The id as a SARIF rule name: PascalCase words (SARIF wants a name distinct from the id). */
function ruleName(id: string): string {
  return id
    .toLowerCase()
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * Builds a SARIF 2.1.0 log (what GitHub code scanning uploads): one run, a rule for every code
 * that occurs (lint rules with their docs as helpUri), results with 1-based physical regions.
 */
export function toSarif(
  reports: FileReport[],
  rules: readonly LintRule[],
  version: string,
): object {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const sarifRules: SarifRule[] = [];
  const index = new Map<string, number>();
  const ruleIndex = (d: Diagnostic): number => {
    const known = index.get(d.code);
    if (known !== undefined) return known;
    const lint = byId.get(d.code);
    sarifRules.push({
      id: d.code,
      name: ruleName(d.code),
      shortDescription: {
        text: lint ? lint.meta.description : `Amazon States Language check ${d.code}`,
      },
      helpUri: lint ? lint.meta.docs : VALIDATOR_HELP,
      help: {
        text: lint ? `${lint.meta.description} See ${lint.meta.docs}` : `See ${VALIDATOR_HELP}`,
      },
      defaultConfiguration: { level: LEVEL[lint ? lint.meta.severity : d.severity] },
    });
    index.set(d.code, sarifRules.length - 1);
    return sarifRules.length - 1;
  };
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const startLine = Math.max(1, d.line ?? 1);
      const startColumn = Math.max(1, d.column ?? 1);
      const region: Record<string, number> = { startLine, startColumn };
      if (
        d.endLine !== undefined &&
        d.endColumn !== undefined &&
        (d.endLine > startLine || (d.endLine === startLine && d.endColumn > startColumn))
      ) {
        region.endLine = d.endLine;
        region.endColumn = d.endColumn;
      }
      return {
        ruleId: d.code,
        ruleIndex: ruleIndex(d),
        level: LEVEL[d.severity],
        message: {
          text:
            d.stateName && !d.message.includes(`'${d.stateName}'`)
              ? `${d.message} (state '${d.stateName}')`
              : d.message,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(report.file), uriBaseId: '%SRCROOT%' },
              region,
            },
            logicalLocations: d.location
              ? [{ fullyQualifiedName: d.location, kind: 'member' }]
              : undefined,
          },
        ],
        partialFingerprints: { aslStudioLocation: `${d.code}:${d.location}` },
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'asl-studio',
            informationUri: 'https://github.com/asl-studio/asl-studio',
            version,
            rules: sarifRules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root' } } },
        results,
      },
    ],
  };
}
