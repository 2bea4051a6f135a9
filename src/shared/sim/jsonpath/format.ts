import type { JsonPathAst, JsonPathStep } from './ast';

/**
 * Jayway's normalized spelling of a path (`$['a'][0][*]`), the form AWS quotes in messages such as
 * "No results for path: $['x']".
 */
export function formatNormalized(ast: JsonPathAst, stepCount = ast.steps.length): string {
  let out =
    ast.root.kind === 'context' ? '$$' : ast.root.kind === 'variable' ? `$${ast.root.name}` : '$';
  for (let i = 0; i < stepCount; i++) out += formatStep(ast.steps[i]);
  return out;
}

function formatStep(step: JsonPathStep): string {
  switch (step.kind) {
    case 'property':
      return '[' + step.names.map((name) => `'${name}'`).join(',') + ']';
    case 'index':
      return '[' + step.indexes.join(',') + ']';
    case 'wildcard':
      return '[*]';
    case 'slice':
      return `[${step.start ?? ''}:${step.end ?? ''}${step.step === null ? '' : ':' + step.step}]`;
    case 'filter':
      return '[?]';
    case 'scan':
      return '..';
    case 'function':
      return `.${step.name}()`;
  }
}
