import { evaluatePath, parseJsonPath, setAtReferencePath, type JsonPathAst } from '../jsonpath';
import { StatesError } from '../errors';
import { contextObject, type StateRun } from '../engine/core';

/** Selects part of a payload (InputPath, OutputPath): value in, value out. */
export type PathSelector = (value: unknown, run: StateRun) => unknown;

/** Writes a result into the state input (ResultPath). */
export type ResultMerger = (input: unknown, result: unknown) => unknown;

const identity: PathSelector = (value) => value;
const discard: PathSelector = () => ({});

/**
 * Compiles InputPath/OutputPath once: absent means `$` (the value itself), null means `{}`.
 * A path that names nothing fails with States.Runtime and Jayway's message, as AWS does.
 */
export function compileSelectPath(path: string | null | undefined): PathSelector {
  if (path === undefined || path === '$') return identity;
  if (path === null) return discard;
  const ast = tryParse(path);
  if (ast instanceof StatesError)
    return () => {
      throw ast;
    };
  if (ast.root.kind === 'input') return (value) => evaluatePath(ast, value);
  return (value, run) => evaluatePath(ast, value, contextObject(run), run.lane.vars);
}

/**
 * Compiles ResultPath once: absent or `$` means the result replaces the input, null means the
 * input passes through unchanged; otherwise the result is written at the path, copying only the
 * containers on the way.
 */
export function compileResultPath(path: string | null | undefined): ResultMerger {
  if (path === undefined || path === '$') return (_input, result) => result;
  if (path === null) return (input) => input;
  const ast = tryParse(path);
  if (ast instanceof StatesError)
    return () => {
      throw ast;
    };
  return (input, result) => setAtReferencePath(input, ast, result);
}

/**
 * Parses a path once. A path that does not parse becomes the States.Runtime error the state fails
 * with when it runs (AWS rejects it at creation; the validator reports it in the editor), so the
 * rest of the definition still runs.
 */
export function tryParse(path: string): JsonPathAst | StatesError {
  try {
    return parseJsonPath(path);
  } catch (error) {
    return new StatesError('States.Runtime', `Invalid path '${path}': ${(error as Error).message}`);
  }
}
