import { compareInstants, parseTimestamp } from './timestamp';

/** The value family a comparison operator works on. */
export type OperandKind = 'String' | 'Numeric' | 'Boolean' | 'Timestamp';

/** How a comparison relates the two sides. */
export type Relation =
  'Equals' | 'LessThan' | 'GreaterThan' | 'LessThanEquals' | 'GreaterThanEquals';

/** A parsed comparison operator name such as `NumericLessThanEqualsPath`. */
export interface ComparisonOperator {
  name: string;
  kind: OperandKind;
  relation: Relation;
  /** True for the `…Path` forms, whose operand is a path to the value to compare with. */
  path: boolean;
}

const KINDS: OperandKind[] = ['String', 'Numeric', 'Boolean', 'Timestamp'];
const RELATIONS: Relation[] = [
  'Equals',
  'LessThan',
  'GreaterThan',
  'LessThanEquals',
  'GreaterThanEquals',
];

/** Every comparison operator of a JSONPath Choice rule, by name. */
export const COMPARISON_OPERATORS: ReadonlyMap<string, ComparisonOperator> = new Map(
  KINDS.flatMap((kind) =>
    RELATIONS.filter((relation) => kind !== 'Boolean' || relation === 'Equals').flatMap(
      (relation) =>
        [false, true].map((path): [string, ComparisonOperator] => {
          const name = `${kind}${relation}${path ? 'Path' : ''}`;
          return [name, { name, kind, relation, path }];
        }),
    ),
  ),
);

/** The type tests (`IsNull: true`…), which take a boolean. */
export const TYPE_TESTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  IsNull: (value) => value === null,
  IsPresent: (value) => value !== undefined,
  IsNumeric: (value) => typeof value === 'number',
  IsString: (value) => typeof value === 'string',
  IsBoolean: (value) => typeof value === 'boolean',
  IsTimestamp: (value) => typeof value === 'string' && parseTimestamp(value) !== null,
};

/**
 * Compares a variable's value with an operand for one operator. Values of the wrong type make the
 * comparison false, never an error (AWS: `"NumericEquals": 1` on "1" is simply false).
 */
export function compareValues(op: ComparisonOperator, value: unknown, operand: unknown): boolean {
  let order: number;
  switch (op.kind) {
    case 'String':
      if (typeof value !== 'string' || typeof operand !== 'string') return false;
      order = value < operand ? -1 : value > operand ? 1 : 0;
      break;
    case 'Numeric':
      if (typeof value !== 'number' || typeof operand !== 'number') return false;
      order = value - operand;
      break;
    case 'Boolean':
      return typeof value === 'boolean' && value === operand;
    case 'Timestamp': {
      if (typeof value !== 'string' || typeof operand !== 'string') return false;
      const left = parseTimestamp(value);
      const right = parseTimestamp(operand);
      if (!left || !right) return false;
      order = compareInstants(left, right);
      break;
    }
  }
  switch (op.relation) {
    case 'Equals':
      return order === 0;
    case 'LessThan':
      return order < 0;
    case 'GreaterThan':
      return order > 0;
    case 'LessThanEquals':
      return order <= 0;
    case 'GreaterThanEquals':
      return order >= 0;
  }
}
