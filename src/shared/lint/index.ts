export * from './types';
export {
  lintDefinition,
  lintText,
  locateFindings,
  type LintOptions,
  type LintTextOptions,
} from './engine';
export {
  CONFIG_FILE_NAME,
  configSchema,
  parseConfig,
  resolveConfig,
  type LintConfig,
  type ResolvedConfig,
} from './config';
export { fixText, type FixResult } from './fix/apply';
export { suppressedRules } from './suppress';
export { ALL_RULES } from './rules/index';
export { ruleDocsUrl, DOCS_BASE } from './docs';
export { toSarif, type FileReport } from './sarif';
