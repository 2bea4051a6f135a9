import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import {
  errorMatches,
  handlerTable,
  type ErrorHandler,
  type HandlerTable,
} from '../analysis/errors';
import { sessionEdits } from '../fix/session';
import type { RuleContext, StateVisit } from '../types';
import type { ParsedDocument } from '../../asl/parse';

/** The first earlier handler that catches every error a later one names (so the later never runs). */
function shadowOf(list: ErrorHandler[], j: number): ErrorHandler | undefined {
  const later = list[j];
  if (later.errors.length === 0) return undefined;
  for (let i = 0; i < j; i++) if (covers(list[i], later)) return list[i];
  return undefined;
}

/** True when `earlier` matches every error `later` names. */
function covers(earlier: ErrorHandler, later: ErrorHandler): boolean {
  for (let i = 0; i < later.errors.length; i++) {
    let matched = false;
    for (let k = 0; k < earlier.errors.length && !matched; k++)
      matched = errorMatches(earlier.errors[k], later.errors[i]);
    if (!matched) return false;
  }
  return true;
}

/**
 * An order where every handler comes before the ones that shadow it: a stable sort by how general
 * a handler is (specific names, then States.TaskFailed, then States.ALL).
 */
function reordered(list: ErrorHandler[]): ErrorHandler[] {
  const rank = (h: ErrorHandler): number =>
    h.errors.includes('States.ALL') ? 2 : h.errors.includes('States.TaskFailed') ? 1 : 0;
  return [...list].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

function check(
  context: RuleContext,
  handlers: HandlerTable,
  visit: StateVisit,
  field: 'Retry' | 'Catch',
): void {
  const list = handlers.of(visit, field);
  const raw = visit.state[field];
  for (let j = 1; j < list.length; j++) {
    const shadow = shadowOf(list, j);
    if (!shadow) continue;
    // Reordering is safe only when every entry is an object we can move as it is.
    const fixable = Array.isArray(raw) && raw.length === list.length;
    const order = reordered(list);
    const fixes =
      fixable && order.some((h, k) => h.index !== k) && order.every((_, k) => !shadowOf(order, k))
        ? [
            {
              title: `Order ${field} from specific to general`,
              edits: (doc: ParsedDocument) =>
                sessionEdits(doc, (s) =>
                  s.set(
                    childPointer(visit.pointer, field),
                    order.map((h) => h.entry),
                  ),
                ),
            },
          ]
        : [];
    context.report({
      messageId: field === 'Retry' ? 'retrier' : 'catcher',
      data: {
        state: visit.name,
        later: list[j].index,
        earlier: shadow.index,
        errors: list[j].errors.join(', '),
      },
      pointer: childPointer(visit.pointer, field, list[j].index),
      state: visit,
      fixes,
    });
  }
}

/** retry-order: retriers and catchers go from specific to general; a general one first shadows the rest. */
export const retryOrder = defineRule(
  {
    id: 'retry-order',
    severity: 'WARNING',
    description: 'Order retriers and catchers from specific to general errors.',
    messages: {
      retrier:
        "Retrier {later} of '{state}' ({errors}) never runs: retrier {earlier} before it already matches those errors. Order retriers from specific to general.",
      catcher:
        "Catcher {later} of '{state}' ({errors}) never runs: catcher {earlier} before it already matches those errors. Order catchers from specific to general.",
    },
    fixable: true,
  },
  (context) => {
    const handlers = handlerTable(context.outline);
    return {
      state(visit) {
        check(context, handlers, visit, 'Retry');
        check(context, handlers, visit, 'Catch');
      },
    };
  },
);
