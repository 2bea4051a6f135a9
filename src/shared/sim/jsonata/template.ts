import { isJsonataExpression } from '../../asl/types';
import { compileJsonata, type StatesBinding } from './expression';

type Evaluate = (states: StatesBinding, variables: Record<string, unknown>) => Promise<unknown>;

/**
 * A JSONata-mode field value (Arguments, Output, an Assign value…) compiled once: every string
 * written as `{% ... %}`, at any depth, is an expression; everything else is taken literally.
 */
export interface CompiledJsonataTemplate {
  /** True when the value holds no expression (then `constant` is the value itself). */
  readonly isConstant: boolean;
  readonly constant: unknown;
  evaluate: Evaluate;
}

/** Compiles a JSONata-mode value for the field named `field` (used in AWS's error texts). */
export function compileJsonataTemplate(template: unknown, field: string): CompiledJsonataTemplate {
  const evaluate = compileNode(template, field);
  if (!evaluate) return { isConstant: true, constant: template, evaluate: async () => template };
  return { isConstant: false, constant: undefined, evaluate };
}

function compileNode(node: unknown, field: string): Evaluate | undefined {
  if (isJsonataExpression(node)) {
    const expression = compileJsonata(node, field);
    return (states, variables) => expression.evaluate(states, variables);
  }
  if (Array.isArray(node)) {
    const parts = node.map((item, i) => compileNode(item, `${field}/${i}`));
    if (parts.every((p) => !p)) return undefined;
    return async (states, variables) => {
      const out: unknown[] = new Array(node.length);
      for (let i = 0; i < node.length; i++) {
        const part = parts[i];
        out[i] = part ? await part(states, variables) : node[i];
      }
      return out;
    };
  }
  if (node !== null && typeof node === 'object') {
    const entries = Object.entries(node as Record<string, unknown>).map(
      ([key, value]) => [key, value, compileNode(value, field ? `${field}/${key}` : key)] as const,
    );
    if (entries.every(([, , p]) => !p)) return undefined;
    return async (states, variables) => {
      const out: Record<string, unknown> = {};
      for (const [key, value, part] of entries)
        out[key] = part ? await part(states, variables) : value;
      return out;
    };
  }
  return undefined;
}
