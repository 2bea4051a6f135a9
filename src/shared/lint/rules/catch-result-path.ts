import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { handlerTable } from '../analysis/errors';
import { JSONATA_KEEP_INPUT } from '../fix/blocks';
import { sessionEdits } from '../fix/session';

/** catch-result-path: a catcher keeps the state's input next to the error it caught. */
export const catchResultPath = defineRule(
  {
    id: 'catch-result-path',
    severity: 'WARNING',
    description:
      'Catchers should keep the original input alongside the error (ResultPath, or a JSONata Output).',
    messages: {
      jsonPath:
        'Catcher {index} of \'{state}\' replaces the input with the error: set ResultPath (e.g. "$.error") so the handler still has the original input.',
      jsonata:
        "Catcher {index} of '{state}' outputs only the error: set Output to merge $states.input with $states.errorOutput.",
      jsonataDrops:
        "Catcher {index} of '{state}' has an Output that does not use $states.input: the original input is lost.",
    },
    fixable: true,
  },
  (context) => {
    const handlers = handlerTable(context.outline);
    return {
      state(visit) {
        for (const c of handlers.of(visit, 'Catch')) {
          const pointer = childPointer(visit.pointer, 'Catch', c.index);
          const data = { state: visit.name, index: c.index };
          if (visit.queryLanguage === 'JSONata') {
            if (c.entry.Output === undefined) {
              context.report({
                messageId: 'jsonata',
                data,
                pointer,
                state: visit,
                fixes: [
                  {
                    title: 'Output the input with the error under "error"',
                    edits: (doc) =>
                      sessionEdits(doc, (s) =>
                        s.set(childPointer(pointer, 'Output'), JSONATA_KEEP_INPUT),
                      ),
                  },
                ],
              });
            } else if (!JSON.stringify(c.entry.Output).includes('$states.input')) {
              context.report({
                messageId: 'jsonataDrops',
                data,
                pointer: childPointer(pointer, 'Output'),
                state: visit,
              });
            }
          } else if (c.entry.ResultPath === undefined || c.entry.ResultPath === '$') {
            context.report({
              messageId: 'jsonPath',
              data,
              pointer,
              state: visit,
              fixes: [
                {
                  title: 'Set ResultPath to "$.error"',
                  edits: (doc) =>
                    sessionEdits(doc, (s) => s.set(childPointer(pointer, 'ResultPath'), '$.error')),
                },
              ],
            });
          }
        }
      },
    };
  },
);
