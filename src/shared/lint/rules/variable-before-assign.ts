import { defineRule } from '../define';
import { variableFacts } from '../analysis/variables';
import type { StateVisit } from '../types';

/** variable-before-assign: a state reads a variable that no path to it has assigned. */
export const variableBeforeAssign = defineRule(
  {
    id: 'variable-before-assign',
    severity: 'ERROR',
    description: 'Variables must be assigned (Assign) on a path before the states that read them.',
    messages: {
      never: "'{state}' reads ${name}, which is never assigned: the state fails at run time.",
      before:
        "'{state}' reads ${name}, but no path from the start assigns it before this state: the state fails at run time.",
    },
  },
  (context) => {
    const facts = variableFacts(context.outline);
    return {
      state(visit: StateVisit) {
        for (const use of facts.uses[visit.index] ?? []) {
          if (!use.unassigned) continue;
          context.report({
            messageId: facts.assigned.has(use.name) ? 'before' : 'never',
            data: { state: visit.name, name: use.name },
            state: visit,
          });
        }
      },
    };
  },
);
