/** JSONPath Choice rules: compiled once, evaluated for each input. */
export { compileChoiceRule, type ChoicePredicate } from './compile';
export {
  COMPARISON_OPERATORS,
  TYPE_TESTS,
  compareValues,
  type ComparisonOperator,
} from './operators';
export { compileStringMatches } from './string-matches';
export { parseTimestamp, compareInstants, type Instant } from './timestamp';
