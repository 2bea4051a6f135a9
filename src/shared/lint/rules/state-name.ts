import { defineRule } from '../define';
import { lambdaFunctionName, resourceInfo } from '../analysis/resource';
import { nameWords } from './prefer-direct-integration';
import { uniqueStateName } from '../../asl/edit/states/names';
import { renameStateEdits } from '../fix/rename';
import type { Obj } from '../types';

const TYPE_NAMES = [
  'pass',
  'task',
  'choice',
  'wait',
  'succeed',
  'fail',
  'parallel',
  'map',
  'state',
  'new state',
  'step',
];

// The first letters of TYPE_NAMES, digits and `(` (a name of only a number is a placeholder too).
const MAY_BE_TYPE_NAME = /^[ptcwsfmn0-9(]?$/;

/** The first of a-z and 0-9 in a name once lower-cased ('' when there is none). */
function firstAsciiAlnum(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return name[i];
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    if (c < 128) continue;
    // A few other letters lower-case to ASCII (the Kelvin sign to k).
    const lower = name[i].toLowerCase();
    for (let j = 0; j < lower.length; j++) {
      const d = lower.charCodeAt(j);
      if ((d >= 48 && d <= 57) || (d >= 97 && d <= 122)) return lower[j];
    }
  }
  return '';
}

/**
 * True for the names design tools hand out: a state type ("Pass", "Map (2)", "State1"), or the
 * service and action of its own Resource ("Lambda Invoke", "DynamoDB PutItem (1)").
 */
export function isPlaceholderName(name: string, state: Obj): boolean {
  const info = resourceInfo(state.Resource);
  const service = info.service?.replace(/[^a-z0-9]/gi, '').toLowerCase();
  const action = info.action?.toLowerCase();
  // Each check below compares what is left once a suffix is cut off the name, so the name's
  // first characters already rule most names out, without the regexes.
  const initial = name.trimStart().charAt(0).toLowerCase().charAt(0);
  if (!MAY_BE_TYPE_NAME.test(initial)) {
    if (service === undefined || action === undefined) return false;
    if (
      firstAsciiAlnum(name) !== (service + action).charAt(0) &&
      name.charAt(0).toLowerCase().charAt(0) !== action.charAt(0)
    )
      return false;
  }
  const base = name
    .replace(/\s*\(\d+\)$/, '')
    .replace(/\s*\d+$/, '')
    .trim()
    .toLowerCase();
  if (
    base === '' ||
    TYPE_NAMES.includes(base) ||
    TYPE_NAMES.includes(base.replace(/\s+state$/, ''))
  )
    return true;
  if (service === undefined || action === undefined) return false;
  const squashed = base.replace(/[^a-z0-9]/g, '');
  // "DynamoDB PutItem", "Lambda Invoke"; the bare action only as the tool writes it ("PutItem").
  const bare = name.replace(/\s*\(\d+\)$/, '');
  return squashed === service + action || bare.toLowerCase() === action;
}

/** A better name taken from what the state calls: its Lambda function's name, in words. */
function suggestedName(state: Obj): string | undefined {
  if (resourceInfo(state.Resource).kind !== 'lambda') return undefined;
  const fn = lambdaFunctionName(state);
  if (!fn) return undefined;
  const words = nameWords(fn).filter(
    (w) => !['arn', 'function', 'lambda', 'fn', 'name'].includes(w),
  );
  if (words.length === 0 || words.length > 6) return undefined;
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

/** state-name: states are named for what they do, not left with a placeholder. */
export const stateName = defineRule(
  {
    id: 'state-name',
    severity: 'INFO',
    description:
      'Name states for what they do; placeholder names make executions and logs hard to read.',
    messages: {
      placeholder:
        "State '{state}' has a placeholder name: name it for what it does (it shows in execution history, logs and metrics).",
    },
    fixable: true,
  },
  (context) => ({
    state(visit) {
      if (!isPlaceholderName(visit.name, visit.state)) return;
      const suggestion = suggestedName(visit.state);
      context.report({
        messageId: 'placeholder',
        data: { state: visit.name },
        state: visit,
        fixes: suggestion
          ? [
              {
                title: `Rename to '${suggestion}'`,
                edits: (doc) =>
                  renameStateEdits(
                    doc,
                    visit.machine.pointer,
                    visit.name,
                    uniqueStateName(doc.value, suggestion),
                  ),
              },
            ]
          : [],
      });
    },
  }),
);
