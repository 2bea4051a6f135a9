import { defineRule } from '../define';
import { byState, variableFacts } from '../analysis/variables';
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
    const facts = variableFacts(context.root);
    const assigned = new Set(facts.assignments.map((a) => a.name));
    const uses = byState(facts.uses);
    const seen = new Set<string>();
    return {
      state(visit: StateVisit) {
        for (const use of uses.get(visit.pointer) ?? []) {
          if (!use.unassigned) continue;
          const key = `${use.statePointer}\u0000${use.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          context.report({
            messageId: assigned.has(use.name) ? 'before' : 'never',
            data: { state: visit.name, name: use.name },
            state: visit,
          });
        }
      },
    };
  },
);
