import type { JsonPathAst, JsonPathStep } from './ast';
import { PathNotFoundError } from './errors';
import { matchesFilter, type OperandResolver } from './evaluate-filter';
import { formatNormalized } from './format';
import { setOwn } from './json-object';
import { parseJsonPath } from './parse';
import { applyPathFunction } from './path-functions';

/** The roots a path may start from besides the state input. */
export interface PathRoots {
  /** The context object, read by `$$` paths. */
  context?: unknown;
  /** Workflow variables, read by `$name` paths. */
  variables?: Readonly<Record<string, unknown>>;
}

type JsonObject = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Evaluates a path as Jayway does for Step Functions: a definite path gives its value (and throws
 * PathNotFoundError when there is none); an indefinite path gives the array of its matches.
 */
export function evaluatePath(
  path: JsonPathAst | string,
  input: unknown,
  context?: unknown,
  variables?: Readonly<Record<string, unknown>>,
): unknown {
  const ast = typeof path === 'string' ? parseJsonPath(path) : path;
  const result = evaluate(ast, { context, variables }, input);
  if (result === undefined) throw notFound(ast, input, { context, variables });
  return result;
}

/** Like evaluatePath, but gives undefined instead of throwing when a definite path names nothing. */
export function tryEvaluatePath(
  path: JsonPathAst | string,
  input: unknown,
  context?: unknown,
  variables?: Readonly<Record<string, unknown>>,
): unknown {
  const ast = typeof path === 'string' ? parseJsonPath(path) : path;
  return evaluate(ast, { context, variables }, input);
}

function rootValue(ast: JsonPathAst, roots: PathRoots, input: unknown): unknown {
  if (ast.root.kind === 'input') return input;
  if (ast.root.kind === 'context') return roots.context;
  const variables = roots.variables;
  return variables && hasOwn.call(variables, ast.root.name) ? variables[ast.root.name] : undefined;
}

function evaluate(ast: JsonPathAst, roots: PathRoots, input: unknown): unknown {
  const start = rootValue(ast, roots, input);
  if (start === undefined) return undefined;
  const steps = ast.steps;
  const last = steps[steps.length - 1];
  if (last?.kind === 'function') {
    const upstream = steps.slice(0, -1);
    const value = isDefiniteSteps(upstream)
      ? walkDefinite(upstream, start)
      : collectAll(upstream, start, roots, input);
    return value === undefined ? undefined : applyPathFunction(last.name, value);
  }
  return ast.definite ? walkDefinite(steps, start) : collectAll(steps, start, roots, input);
}

function isDefiniteSteps(steps: readonly JsonPathStep[]): boolean {
  return steps.every(
    (step, i) =>
      (step.kind === 'property' && (step.names.length === 1 || i === steps.length - 1)) ||
      (step.kind === 'index' && step.indexes.length === 1),
  );
}

// The hot path (every `$.a.b` in a template): a plain loop, no allocation.
function walkDefinite(steps: readonly JsonPathStep[], start: unknown): unknown {
  let node = start;
  for (const step of steps) {
    if (step.kind === 'property') {
      if (!isObject(node)) return undefined;
      if (step.names.length > 1) return mergeProperties(node, step.names);
      const name = step.names[0];
      if (!hasOwn.call(node, name)) return undefined;
      node = node[name];
    } else if (step.kind === 'index') {
      if (!Array.isArray(node)) return undefined;
      const index = normalizeIndex(step.indexes[0], node.length);
      if (index < 0 || index >= node.length) return undefined;
      node = node[index];
    } else {
      return undefined;
    }
  }
  return node;
}

function collectAll(
  steps: readonly JsonPathStep[],
  start: unknown,
  roots: PathRoots,
  input: unknown,
): unknown[] {
  const out: unknown[] = [];
  const resolve: OperandResolver = (path, relative, item) =>
    relative ? evaluate(path, roots, item) : evaluate(path, roots, input);
  visit(steps, 0, start, out, resolve);
  return out;
}

function visit(
  steps: readonly JsonPathStep[],
  i: number,
  node: unknown,
  out: unknown[],
  resolve: OperandResolver,
): void {
  if (i === steps.length) {
    out.push(node);
    return;
  }
  const step = steps[i];
  switch (step.kind) {
    case 'property':
      if (!isObject(node)) return;
      if (step.names.length > 1 && i === steps.length - 1) {
        out.push(mergeProperties(node, step.names));
        return;
      }
      for (const name of step.names)
        if (hasOwn.call(node, name)) visit(steps, i + 1, node[name], out, resolve);
      return;
    case 'index':
      if (!Array.isArray(node)) return;
      for (const raw of step.indexes) {
        const index = normalizeIndex(raw, node.length);
        if (index >= 0 && index < node.length) visit(steps, i + 1, node[index], out, resolve);
      }
      return;
    case 'wildcard':
      for (const child of children(node)) visit(steps, i + 1, child, out, resolve);
      return;
    case 'slice':
      if (!Array.isArray(node)) return;
      for (const index of sliceIndexes(step, node.length))
        visit(steps, i + 1, node[index], out, resolve);
      return;
    case 'filter':
      if (Array.isArray(node)) {
        for (const item of node)
          if (matchesFilter(step.expr, item, resolve)) visit(steps, i + 1, item, out, resolve);
      } else if (isObject(node) && matchesFilter(step.expr, node, resolve)) {
        visit(steps, i + 1, node, out, resolve);
      }
      return;
    case 'scan':
      scan(steps, i + 1, node, out, resolve);
      return;
    case 'function': {
      // Only reachable inside filter operands such as `@.tags.length()`; applies per match.
      const value = applyPathFunction(step.name, node);
      if (value !== undefined) visit(steps, i + 1, value, out, resolve);
      return;
    }
  }
}

// `..x`: apply the step after the scan to this node and then to every descendant, pre-order. An
// explicit stack instead of recursion, so deeply nested payloads cannot overflow the call stack.
function scan(
  steps: readonly JsonPathStep[],
  next: number,
  node: unknown,
  out: unknown[],
  resolve: OperandResolver,
): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    visit(steps, next, current, out, resolve);
    const kids = children(current);
    for (let i = kids.length - 1; i >= 0; i--) {
      const child = kids[i];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
}

function children(node: unknown): unknown[] {
  if (Array.isArray(node)) return node;
  if (isObject(node)) return Object.values(node);
  return [];
}

function mergeProperties(node: JsonObject, names: readonly string[]): JsonObject {
  const merged: JsonObject = {};
  for (const name of names) if (hasOwn.call(node, name)) setOwn(merged, name, node[name]);
  return merged;
}

function normalizeIndex(index: number, length: number): number {
  return index < 0 ? length + index : index;
}

function sliceIndexes(step: Extract<JsonPathStep, { kind: 'slice' }>, length: number): number[] {
  if (step.step === null) return jaywaySliceIndexes(step.start, step.end, length);
  const by = step.step;
  // With a step (beyond Jayway's grammar), Python's rules: bounds clamp, negatives count from the end.
  const low = by > 0 ? 0 : -1;
  const high = by > 0 ? length : length - 1;
  const resolve = (value: number | null, fallback: number) =>
    value === null ? fallback : Math.max(low, Math.min(high, value < 0 ? value + length : value));
  const out: number[] = [];
  if (by > 0) {
    for (let i = resolve(step.start, 0), end = resolve(step.end, length); i < end; i += by)
      out.push(i);
  } else {
    for (let i = resolve(step.start, length - 1), end = resolve(step.end, -1); i > end; i += by)
      out.push(i);
  }
  return out;
}

/**
 * Jayway's ArraySliceOperation, quirks and all, since AWS runs it: `[a:]` and `[:b]` count negative
 * bounds from the end, but `[a:b]` does not normalise `b`, and walks a negative `a` up through the
 * end-relative indexes (on five items `[-2:2]` gives items 3, 4, 0, 1).
 */
function jaywaySliceIndexes(start: number | null, end: number | null, length: number): number[] {
  const out: number[] = [];
  if (length === 0) return out;
  if (end === null) {
    const from = Math.max(0, start === null ? 0 : start < 0 ? start + length : start);
    for (let i = from; i < length; i++) out.push(i);
  } else if (start === null) {
    const to = Math.min(length, end < 0 ? end + length : end);
    for (let i = 0; i < to; i++) out.push(i);
  } else {
    const to = Math.min(length, end);
    for (let i = start; i < to; i++) {
      const index = i < 0 ? i + length : i;
      if (index >= 0 && index < length) out.push(index);
    }
  }
  return out;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds the error for a definite path that named nothing, in Jayway's words (the library AWS runs,
 * with its default JsonSmart provider): a missing leaf is "No results for path: $['a']['b']", a
 * missing property on the way "Missing property in path $['a']", a field read from a non-object
 * "Expected to find an object with property ['b'] in path $['a'] but found 'java.lang.String'…".
 */
function notFound(ast: JsonPathAst, input: unknown, roots: PathRoots): PathNotFoundError {
  const fail = (detail: string) => new PathNotFoundError(ast.source, detail);
  const noResults = () => fail(`No results for path: ${formatNormalized(ast)}`);
  let node = rootValue(ast, roots, input);
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
