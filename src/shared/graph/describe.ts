/** Short texts for the canvas: a state's second line and a Catch edge's label (rule labels: shared/graph). */
import { shorten } from './conditionLabel';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The second line of a state node: what the state does, in a few words. */
export function describeState(state: unknown): string | undefined {
  if (!isObj(state)) return undefined;
  switch (state.Type) {
    case 'Task': {
      const r = typeof state.Resource === 'string' ? state.Resource : '';
      const m = /^arn:[^:]+:states:::(.+)$/.exec(r);
      if (m) return m[1];
      const parts = r.split(':');
      return parts.length > 1 ? `${parts[2] ?? ''} ${parts[parts.length - 1]}`.trim() : r || 'Task';
    }
    case 'Wait':
      if (state.Seconds !== undefined) return `Wait ${String(state.Seconds)} s`;
      if (state.Timestamp !== undefined) return `Until ${String(state.Timestamp)}`;
      return `Wait (${String(state.SecondsPath ?? state.TimestampPath ?? '')})`;
    case 'Choice': {
      const n = Array.isArray(state.Choices) ? state.Choices.length : 0;
      return `${n} rule${n === 1 ? '' : 's'}${typeof state.Default === 'string' ? ' + default' : ''}`;
    }
    case 'Fail':
      return typeof state.Error === 'string' ? state.Error : 'Fail';
    case 'Map': {
      const mode =
        isObj(state.ItemProcessor) && isObj(state.ItemProcessor.ProcessorConfig)
          ? state.ItemProcessor.ProcessorConfig.Mode
          : undefined;
      return mode === 'DISTRIBUTED' ? 'Distributed map' : 'Inline map';
    }
    case 'Parallel': {
      const n = Array.isArray(state.Branches) ? state.Branches.length : 0;
      return `${n} branch${n === 1 ? '' : 'es'}`;
    }
    default:
      return typeof state.Comment === 'string'
        ? shorten(state.Comment, 40)
        : String(state.Type ?? '');
  }
}

/** The label of a Catch edge: the errors it catches. */
export function describeCatch(catcher: unknown): string {
  if (!isObj(catcher) || !Array.isArray(catcher.ErrorEquals)) return 'Catch';
  return `Catch ${catcher.ErrorEquals.join(', ')}`;
}
