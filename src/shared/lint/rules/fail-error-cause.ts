import { defineRule } from '../define';

/** fail-error-cause: a Fail state says what failed and why. */
export const failErrorCause = defineRule(
  {
    id: 'fail-error-cause',
    severity: 'INFO',
    description:
      'Fail states should set Error and Cause so the failure can be told apart and understood.',
    messages: {
      missing:
        "Fail '{state}' has no {fields}: the execution fails without saying what went wrong.",
    },
  },
  (context) => ({
    Fail(visit) {
      const s = visit.state;
      const missing = ['Error', 'Cause'].filter(
        (f) => s[f] === undefined && s[f + 'Path'] === undefined,
      );
      if (missing.length > 0)
        context.report({
          messageId: 'missing',
          data: { state: visit.name, fields: missing.join(' or ') },
          state: visit,
        });
    },
  }),
);
