import { defineRule } from '../define';
import { lambdaFunctionName, resourceInfo, type ResourceInfo } from '../analysis/resource';
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

/**
 * Whether a name, read from `from`, may start with `word` once lower-cased: ASCII characters are
 * compared, any other counts as a possible match (a few lower-case to ASCII, like the Kelvin sign).
 */
function mayStartWith(name: string, from: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (from + i >= name.length) return false;
    let c = name.charCodeAt(from + i);
    if (c >= 128) return true;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

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
 * Whether the name checks below can hold: they only cut a suffix off the name (and spaces off its
 * ends), so what is left starts as the name does, and most names are ruled out by their first
 * characters without the regexes.
 */
function mayBePlaceholder(name: string, info: ResourceInfo): boolean {
  const from = name.length - name.trimStart().length;
  const first = name.charCodeAt(from);
  // A name of only a number (or nothing) is a placeholder too.
  if (from === name.length || (first >= 48 && first <= 57) || first === 40) return true;
  for (const word of TYPE_NAMES) if (mayStartWith(name, from, word)) return true;
  if (info.service === undefined || info.action === undefined) return false;
  const service = info.service.replace(/[^a-z0-9]/gi, '').toLowerCase();
  const action = info.action.toLowerCase();
  return (
    firstAsciiAlnum(name) === (service + action).charAt(0) ||
    name.charAt(0).toLowerCase().charAt(0) === action.charAt(0)
  );
}

/**
 * True for the names design tools hand out: a state type ("Pass", "Map (2)", "State1"), or the
 * service and action of its own Resource ("Lambda Invoke", "DynamoDB PutItem (1)").
 */
export function isPlaceholderName(name: string, state: Obj): boolean {
  const info = resourceInfo(state.Resource);
  if (!mayBePlaceholder(name, info)) return false;
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
  if (!info.service || !info.action) return false;
  const squashed = base.replace(/[^a-z0-9]/g, '');
  const service = info.service.replace(/[^a-z0-9]/gi, '').toLowerCase();
  // "DynamoDB PutItem", "Lambda Invoke"; the bare action only as the tool writes it ("PutItem").
  const bare = name.replace(/\s*\(\d+\)$/, '');
  return (
    squashed === service + info.action.toLowerCase() ||
    bare.toLowerCase() === info.action.toLowerCase()
  );
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
