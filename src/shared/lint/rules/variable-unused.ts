import { defineRule } from '../define';
import { assignmentPointer, variableFacts } from '../analysis/variables';
import type { StateVisit } from '../types';

/** variable-unused: a variable is assigned but nothing reads it. */
export const variableUnused = defineRule(
  {
    id: 'variable-unused',
    severity: 'WARNING',
    description: 'Variables that are assigned but never read are dead weight (and often a typo).',
    messages: {
      unused:
        "'{state}' assigns ${name}, which nothing reads: remove it, or check the name where it should be read.",
    },
  },
  (context) => {
    const facts = variableFacts(context.outline);
    return {
      state(visit: StateVisit) {
        for (const a of facts.assignments[visit.index] ?? []) {
          if (facts.referenced.has(a.name)) continue;
          context.report({
            messageId: 'unused',
            data: { state: visit.name, name: a.name },
            pointer: assignmentPointer(a),
            state: visit,
          });
        }
      },
    };
  },
);
