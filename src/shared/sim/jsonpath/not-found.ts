import type { JsonPathAst } from './ast';
import { PathNotFoundError } from './errors';
import { formatNormalized } from './format';
import { normalizeIndex } from './slice';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Builds the error for a definite path that named nothing, in Jayway's words (the library AWS runs,
 * with its default JsonSmart provider): a missing leaf is "No results for path: $['a']['b']", a
 * missing property on the way "Missing property in path $['a']", a field read from a non-object
 * "Expected to find an object with property ['b'] in path $['a'] but found 'java.lang.String'…".
 */
export function notFound(ast: JsonPathAst, start: unknown): PathNotFoundError {
  const fail = (detail: string) => new PathNotFoundError(ast.source, detail);
  const noResults = () => fail(`No results for path: ${formatNormalized(ast)}`);
  let node = start;
  if (node === undefined) return noResults();
  const steps = ast.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const here = formatNormalized(ast, i);
    if (step.kind === 'property') {
      if (!isObject(node)) {
        return fail(
          `Expected to find an object with property ${formatStepAt(ast, i)} in path ${here} but found '${javaClassName(node)}'. ` +
            `This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JsonSmartJsonProvider'.`,
        );
      }
      if (step.names.length > 1) return noResults();
      const name = step.names[0];
      if (!hasOwn.call(node, name)) {
        return i === steps.length - 1
          ? noResults()
          : fail(`Missing property in path ${formatNormalized(ast, i + 1)}`);
      }
      node = node[name];
    } else if (step.kind === 'index') {
      if (node === null) return fail(`The path ${here} is null`);
      if (!Array.isArray(node)) {
        return fail(
          `Filter: ${formatTail(ast, i)} can only be applied to arrays. Current context is: ${javaValueOf(node)}`,
        );
      }
      const index = normalizeIndex(step.indexes[0], node.length);
      if (index < 0 || index >= node.length) return noResults();
      node = node[index];
    } else {
      return noResults();
    }
  }
  return noResults();
}

function formatStepAt(ast: JsonPathAst, i: number): string {
  return formatNormalized({ ...ast, root: { kind: 'input' }, steps: [ast.steps[i]] }).slice(1);
}

function formatTail(ast: JsonPathAst, from: number): string {
  return formatNormalized({ ...ast, root: { kind: 'input' }, steps: ast.steps.slice(from) }).slice(
    1,
  );
}

// The Java class JsonSmart gives a parsed JSON value, as Jayway names it in messages.
function javaClassName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'java.lang.String';
  if (typeof value === 'boolean') return 'java.lang.Boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'java.lang.Double';
    return Math.abs(value) <= 2147483647 ? 'java.lang.Integer' : 'java.lang.Long';
  }
  return Array.isArray(value) ? 'net.minidev.json.JSONArray' : 'net.minidev.json.JSONObject';
}

// Java's String.valueOf for a JsonSmart value: JSON text for containers, bare text for strings.
function javaValueOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
