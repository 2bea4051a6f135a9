import { defineRule } from '../define';
import { childPointer } from '../../asl/pointer';
import { canEnd, cycles, transitionTargets } from '../analysis/graph';
import type { MachineVisit, Obj } from '../types';

const HISTORY_LIMIT = 25000;
// History events one pass through a state adds (entered + exited, plus scheduled/started/succeeded for work).
const EVENTS: Record<string, number> = { Task: 5, Map: 6, Parallel: 6 };
// A loop that increments a counter is bounded by the Choice that tests it.
const COUNTER = /States\.MathAdd|\$[A-Za-z_][\w.]*\s*[+-]\s*1(?![\d.])/;

/** unbounded-loop: cycles that spin, never exit, or can run into the 25,000-event history limit. */
export const unboundedLoop = defineRule(
  {
    id: 'unbounded-loop',
    severity: 'WARNING',
    description:
      'Loops need a way out, a Wait, and a bound below the 25,000-event execution history limit.',
    messages: {
      noExit: 'The loop through {states} has no way out: once entered, the execution never ends.',
      spin: 'The loop through {states} has no Wait and does no work: it spins until the execution hits the 25,000-event history limit.',
      history:
        'The loop through {states} is bounded by nothing (no counter, {bound}): a long run reaches the 25,000-event history limit. Count iterations, or continue as a new execution.',
    },
  },
  (context) => ({
    machine(m: MachineVisit) {
      const components = cycles(context.outline, m);
      if (components.length === 0) return;
      const { first: edges, targets, dangling } = transitionTargets(context.outline);
      // Marks the states of the component being checked, by position.
      const inComponent = new Uint8Array(m.visits.length);
      for (let c = 0; c < components.length; c++) {
        const component = components[c];
        for (let k = 0; k < component.length; k++) inComponent[component[k]] = 1;
        const states: Obj[] = component.map((i) => m.visits[i].state);
        const first = m.visits[component[0]];
        const report = (messageId: string, bound = ''): void => {
          // The names are listed only for a finding: most loops are fine.
          const names = component.map((i) => `'${m.visits[i].name}'`);
          const list = names.length > 4 ? `${names.slice(0, 4).join(', ')}…` : names.join(', ');
          context.report({
            messageId,
            data: { states: list, bound },
            pointer: childPointer(m.pointer, 'States', first.name),
            state: first,
          });
        };
        // A way out: a state that ends, or a transition out of the component (to another
        // state, or to a name that is none).
        let exits = false;
        for (let c2 = 0; c2 < component.length; c2++) {
          const { state, index } = m.visits[component[c2]];
          exits = canEnd(state) || dangling[index] === 1;
          for (let k = edges[index]; k < edges[index + 1] && !exits; k++)
            exits = inComponent[targets[k]] === 0;
          if (exits) break;
        }
        for (let k = 0; k < component.length; k++) inComponent[component[k]] = 0;
        if (!exits) {
          report('noExit');
          continue;
        }
        const types = states.map((s) => String(s.Type));
        const waits = states.filter((s) => s.Type === 'Wait');
        if (waits.length === 0 && !types.some((t) => t in EVENTS)) {
          report('spin');
          continue;
        }
        if (m.workflowType === 'EXPRESS') continue;
        const timeout =
          typeof context.root.TimeoutSeconds === 'number' ? context.root.TimeoutSeconds : undefined;
        const waitSeconds = waits
          .map((w) => w.Seconds)
          .filter((s): s is number => typeof s === 'number' && s > 0);
        if (timeout !== undefined && waitSeconds.length === waits.length && waits.length > 0) {
          const perIteration = types.reduce((sum, t) => sum + (EVENTS[t] ?? 2), 0);
          const iterations = Math.ceil(timeout / waitSeconds.reduce((a, b) => a + b, 0));
          if (iterations * perIteration < HISTORY_LIMIT || COUNTER.test(JSON.stringify(states)))
            continue;
          report(
            'history',
            `the ${timeout} s timeout allows about ${iterations} iterations of ${perIteration} events`,
          );
          continue;
        }
        if (COUNTER.test(JSON.stringify(states))) continue;
        report(
          'history',
          timeout === undefined
            ? 'no state machine TimeoutSeconds'
            : 'no Wait to pace it against the timeout',
        );
      }
    },
  }),
);
