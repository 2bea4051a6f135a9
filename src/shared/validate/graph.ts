import { CODES } from './codes';
import type { ValidationContext } from './context';
import type { StateSummary } from './state';

/** The states of one machine (top level, a branch or a processor) after each was checked. */
export interface MachineGraph {
  pointer: string;
  startAt: string | undefined;
  startPointer: string;
  statesPointer: string;
  states: Map<string, StateSummary>;
  /** Names written as `${Name}`: they may be substituted by any name. */
  open: boolean;
  /** The Parallel or Map state a nested machine belongs to. */
  owner?: string;
}

/**
 * Transition targets, a terminal state, and reachability. As AWS does, a machine without any
 * terminal state gets MISSING_END_STATE and no unreachable-state findings (everything would be).
 */
export function checkGraph(graph: MachineGraph, ctx: ValidationContext): void {
  const { states } = graph;
  let terminal = false;
  let open = graph.open;
  for (const [, summary] of states) {
    if (summary.terminal) terminal = true;
    if (summary.openEdge) open = true;
    for (const edge of summary.edges)
      if (!states.has(edge.target))
        ctx.report(
          CODES.MISSING_TRANSITION_TARGET,
          `Missing 'Next' target: ${edge.target}`,
          edge.pointer,
          nameAt(edge.pointer, graph),
        );
  }
  if (states.size === 0) return;
  if (!terminal) {
    ctx.report(
      CODES.MISSING_END_STATE,
      'Workflow has no terminal state',
      graph.pointer,
      graph.owner,
    );
    return;
  }
  if (open || graph.startAt === undefined || !states.has(graph.startAt)) return;
  const reached = new Set<string>([graph.startAt]);
  const queue = [graph.startAt];
  while (queue.length > 0) {
    const summary = states.get(queue.pop() as string);
    for (const edge of summary?.edges ?? [])
      if (!reached.has(edge.target) && states.has(edge.target)) {
        reached.add(edge.target);
        queue.push(edge.target);
      }
  }
  for (const name of states.keys())
    if (!reached.has(name))
      ctx.report(
        CODES.MISSING_TRANSITION_TARGET,
        `State "${name}" is not reachable.`,
        `${graph.statesPointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        name,
      );
}

function nameAt(pointer: string, graph: MachineGraph): string | undefined {
  const rest = pointer.slice(graph.statesPointer.length + 1);
  const name = rest.split('/')[0]?.replace(/~1/g, '/').replace(/~0/g, '~');
  return name && graph.states.has(name) ? name : undefined;
}
