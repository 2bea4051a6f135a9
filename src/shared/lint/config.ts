import { z } from 'zod';
import { parseDocument } from '../asl/parse';
import { toPointer } from '../asl/pointer';
import type { Diagnostic, Severity } from '../validate/diagnostic';
import { matchesGlob } from './glob';
import type { LintRule, RuleLevel, WorkflowType } from './types';

/** The project configuration file, looked up at the repository root. */
export const CONFIG_FILE_NAME = '.asl-studio.json';

const level = z.enum(['off', 'info', 'warning', 'error']);
const ruleSetting = z.union([
  level,
  z.tuple([level]),
  z.tuple([level, z.record(z.string(), z.unknown())]),
]);
const workflowType = z.enum(['STANDARD', 'EXPRESS']);
const rules = z.record(z.string(), ruleSetting);

const override = z.strictObject({
  files: z.union([z.string(), z.array(z.string()).min(1)]),
  workflowType: workflowType.optional(),
  rules: rules.optional(),
});

/** The schema of `.asl-studio.json`. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  workflowType: workflowType.optional(),
  rules: rules.optional(),
  overrides: z.array(override).optional(),
});

export type LintConfig = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSetting>;

/** A rule as configured for one definition: its severity and merged options. */
export interface ResolvedRule {
  severity: Severity;
  options: Record<string, unknown>;
}

/** The settings that apply to one definition file. */
export interface ResolvedConfig {
  workflowType: WorkflowType;
  /** Rules that are on, by id. */
  rules: Map<string, ResolvedRule>;
}

const SEVERITY: Record<Exclude<RuleLevel, 'off'>, Severity> = {
  info: 'INFO',
  warning: 'WARNING',
  error: 'ERROR',
};

/** Parses and checks a config file's text; errors carry the JSON pointer and line/column. */
export function parseConfig(
  text: string,
  knownRules: readonly LintRule[],
): { config?: LintConfig; errors: Diagnostic[] } {
  const doc = parseDocument(text, 'json');
  const at = (pointer: string, message: string): Diagnostic => {
    const range = doc.sourceMap.rangeOf(pointer);
    return {
      severity: 'ERROR',
      code: 'CONFIG_INVALID',
      message,
      location: pointer,
      line: range?.line,
      column: range?.column,
      source: 'lint',
    };
  };
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        severity: 'ERROR',
        code: 'SYNTAX_ERROR',
        message: e.message,
        location: '',
        line: e.line,
        column: e.column,
        source: 'syntax',
      })),
    };
  }
  const result = configSchema.safeParse(doc.value);
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) =>
        at(
          toPointer(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))),
          issue.message,
        ),
      ),
    };
  }
  const errors: Diagnostic[] = [];
  const byId = new Map(knownRules.map((r) => [r.meta.id, r]));
  const checkRules = (
    settings: Record<string, RuleSetting> | undefined,
    base: (string | number)[],
  ): void => {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const rule = byId.get(id);
      const pointer = toPointer([...base, id]);
      if (!rule) {
        errors.push(
          at(pointer, `Unknown rule '${id}'. Known rules: ${[...byId.keys()].join(', ')}`),
        );
        continue;
      }
      const options = Array.isArray(setting) ? setting[1] : undefined;
      if (options) {
        const problem = rule.meta.validateOptions?.({ ...rule.meta.defaultOptions, ...options });
        if (problem)
          errors.push(at(toPointer([...base, id, 1]), `Invalid options for '${id}': ${problem}`));
      }
    }
  };
  checkRules(result.data.rules, ['rules']);
  result.data.overrides?.forEach((o, i) => checkRules(o.rules, ['overrides', i, 'rules']));
  return errors.length > 0 ? { errors } : { config: result.data, errors };
}

/**
 * The settings for one file: defaults, then the top-level `rules`, then every override whose
 * `files` glob matches the path (relative to the config's folder), in order. An explicit
 * `workflowType` argument (e.g. the CLI's --type) wins over the file.
 */
export function resolveConfig(
  knownRules: readonly LintRule[],
  config: LintConfig | undefined,
  filePath?: string,
  explicitType?: WorkflowType,
): ResolvedConfig {
  let type: WorkflowType = config?.workflowType ?? 'STANDARD';
  const settings = new Map<string, RuleSetting>();
  for (const [id, s] of Object.entries(config?.rules ?? {})) settings.set(id, s);
  for (const o of config?.overrides ?? []) {
    const patterns = Array.isArray(o.files) ? o.files : [o.files];
    if (!filePath || !patterns.some((p) => matchesGlob(filePath, p))) continue;
    if (o.workflowType) type = o.workflowType;
    for (const [id, s] of Object.entries(o.rules ?? {})) settings.set(id, s);
  }
  const rules = new Map<string, ResolvedRule>();
  for (const rule of knownRules) {
    const setting = settings.get(rule.meta.id);
    const lvl = setting === undefined ? undefined : Array.isArray(setting) ? setting[0] : setting;
    if (lvl === 'off') continue;
    const options =
      Array.isArray(setting) && setting.length > 1 ? (setting[1] as Record<string, unknown>) : {};
    rules.set(rule.meta.id, {
      severity: lvl ? SEVERITY[lvl] : rule.meta.severity,
      options: { ...rule.meta.defaultOptions, ...options },
    });
  }
  return { workflowType: explicitType ?? type, rules };
}
