import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { uniqueStateName } from '../../asl/edit/states/names';
import { sessionEdits } from '../fix/session';

/**
 * choice-default: a Choice names a Default. Without one, unmatched input fails the execution with
 * States.NoChoiceMatched; the fix makes that failure an explicit Fail state, so behaviour is kept.
 */
export const choiceDefault = defineRule(
  {
    id: 'choice-default',
    severity: 'WARNING',
    description: 'Choice states should have a Default so unexpected input is handled on purpose.',
    messages: {
      missing:
        "Choice '{state}' has no Default: input no rule matches fails the execution with States.NoChoiceMatched.",
    },
    fixable: true,
  },
  (context) => ({
    Choice(visit) {
      if (visit.state.Default !== undefined) return;
      context.report({
        messageId: 'missing',
        data: { state: visit.name },
        state: visit,
        fixes: [
          {
            title: 'Add a Default to a new Fail state',
            edits: (doc) =>
              sessionEdits(doc, (s) => {
                const target = uniqueStateName(doc.value, `${visit.name} No Match`);
                s.set(childPointer(visit.machine.pointer, 'States', target), {
                  Type: 'Fail',
                  Error: 'NoChoiceMatched',
                  Cause: `No rule of Choice '${visit.name}' matched the input.`,
                });
                s.set(childPointer(visit.pointer, 'Default'), target);
              }),
          },
        ],
      });
    },
  }),
);
