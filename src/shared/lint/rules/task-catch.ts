import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { uniqueStateName } from '../../asl/edit/states/names';
import { handlerTable } from '../analysis/errors';
import { caughtByEnclosingState } from '../analysis/enclosing';
import { failWithCaughtError, keepInputCatcher } from '../fix/blocks';
import { sessionEdits } from '../fix/session';
import type { LintFix, MachineVisit } from '../types';

/**
 * task-catch: every Task state catches errors so a failure can be logged, notified or compensated
 * (its own Catch, or, in a branch or a processor, that of an enclosing Parallel or Map state).
 */
export const taskCatch = defineRule(
  {
    id: 'task-catch',
    severity: 'WARNING',
    description: 'Task states should catch errors and route them to a handler state.',
    messages: {
      missing:
        "Task '{state}' has no Catch: a permanent failure ends the execution with no chance to log it, notify anyone or compensate.",
    },
    fixable: true,
  },
  (context) => {
    const table = handlerTable(context.outline);
    // The states each machine's catchers already route errors to, found once per machine.
    const handlersIn = new Map<MachineVisit, string[]>();
    const handlerNames = (m: MachineVisit): string[] => {
      let names = handlersIn.get(m);
      if (!names) {
        const found = new Set<string>();
        for (const other of m.visits)
          for (const c of table.of(other, 'Catch'))
            if (typeof c.entry.Next === 'string' && c.entry.Next in m.states)
              found.add(c.entry.Next);
        handlersIn.set(m, (names = [...found]));
      }
      return names;
    };
    return {
      Task(visit) {
        const catchers = visit.state.Catch;
        if (Array.isArray(catchers) && catchers.length > 0) return;
        // In a branch or a processor, an enclosing Parallel or Map state may catch it instead.
        if (visit.machine.owner && caughtByEnclosingState(visit, table)) return;
        const catchPointer = childPointer(visit.pointer, 'Catch');
        const statesPointer = childPointer(visit.machine.pointer, 'States');
        const fixes: LintFix[] = [
          {
            title: `Catch every error in a new Fail state that keeps the error`,
            edits: (doc) =>
              sessionEdits(doc, (s) => {
                const handler = uniqueStateName(doc.value, `${visit.name} Failed`);
                const comment = `Handles errors caught from '${visit.name}'; notify or compensate here.`;
                s.set(
                  childPointer(statesPointer, handler),
                  failWithCaughtError(visit.machine.queryLanguage, comment),
                );
                s.set(catchPointer, [keepInputCatcher(visit.queryLanguage, handler)]);
              }),
          },
        ];
        // Handlers other states of the same machine already route errors to are natural choices.
        for (const handler of handlerNames(visit.machine).slice(0, 3)) {
          fixes.push({
            title: `Catch every error in '${handler}'`,
            edits: (doc) =>
              sessionEdits(doc, (s) =>
                s.set(catchPointer, [keepInputCatcher(visit.queryLanguage, handler)]),
              ),
          });
        }
        context.report({ messageId: 'missing', data: { state: visit.name }, state: visit, fixes });
      },
    };
  },
);
