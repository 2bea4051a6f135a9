import type { JsonPathAst, JsonPathStep } from './ast';
import { matchesFilter, type OperandResolver } from './evaluate-filter';
import { notFound } from './not-found';
import { setOwn } from './json-object';
import { parseJsonPath } from './parse';
import { applyPathFunction } from './path-functions';
import { normalizeIndex, sliceIndexes } from './slice';

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
  if (result === undefined) throw notFound(ast, rootValue(ast, { context, variables }, input));
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

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
