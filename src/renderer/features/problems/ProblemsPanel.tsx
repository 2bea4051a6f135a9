import { memo, useMemo } from 'react';
import type { Diagnostic } from '../../../shared/validate/diagnostic';
import type { StateLocation } from '../../store/stateIndex';
import { useDocument, type DocumentState } from '../../store/documentStore';
import { useDocumentTransition } from '../../store/useDocumentTransition';
import { revealInCode } from '../code/editorHandle';
import { stateOfDiagnostic } from './locate';
import { applyQuickFix } from './quickFix';
import { SeverityIcon } from './SeverityIcon';
import { selectDiagnostics, selectGoodStates } from '../../store/selectors';

/** Rendering thousands of rows on every keystroke would stall typing; the rest are counted. */
const SHOWN = 200;

/** Every diagnostic of the document; each links to its state on the canvas and to its text. */
export function ProblemsPanel() {
  // In a transition: the list re-renders after more urgent work (a keystroke, the canvas), in
  // slices, rather than in the task that brought the analysis.
  const diagnostics = useDocumentTransition(selectDiagnostics);
  const states = useDocumentTransition(selectGoodStates);
  const select = useDocument((s) => s.select);
  const errors = diagnostics.filter((d) => d.severity === 'ERROR').length;
  const shown = useMemo(() => {
    // Keyed by what a row says, not where it sits: a finding appearing above the others then
    // inserts one row instead of rewriting every row below it.
    const seen = new Map<string, number>();
    return diagnostics.slice(0, SHOWN).map((d) => {
      const base = `${d.code}\u0000${d.location}\u0000${d.message}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return { d, state: stateOfDiagnostic(d, states), key: n ? `${base}\u0000${n}` : base };
    });
  }, [diagnostics, states]);
  const warnings = diagnostics.filter((d) => d.severity === 'WARNING').length;
  const infos = diagnostics.length - errors - warnings;
  return (
    <div className="problems">
      <div className="panel-title">
        Problems{' '}
        <span className="count">
          {errors} errors, {warnings} warnings, {infos} notes
        </span>
      </div>
      {diagnostics.length === 0 ? (
        <div className="empty">No problems found.</div>
      ) : (
        <ul className="problem-list">
          {shown.map(({ d, state, key }) => (
            <ProblemRow key={key} d={d} state={state} select={select} />
          ))}
          {diagnostics.length > SHOWN && (
            <li className="problem more">
              …and {diagnostics.length - SHOWN} more (fix the ones above first, or see `asl-studio
              lint`).
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

interface ProblemRowProps {
  d: Diagnostic;
  state: StateLocation | undefined;
  select: DocumentState['select'];
}

/** One row of the list. */
function ProblemRowView({ d, state, select }: ProblemRowProps) {
  const where =
    d.line !== undefined ? `Ln ${d.line}, Col ${d.column ?? 1}` : d.location || 'document';
  return (
    <li className={`problem ${d.severity.toLowerCase()}`}>
      <span className="problem-icon">
        <SeverityIcon severity={d.severity} />
      </span>
      <span className="problem-message">{d.message}</span>
      <span className="problem-code">{d.code}</span>
      {d.fixTitles?.[0] && (
        <button
          type="button"
          className="link fix"
          title={d.fixTitles[0]}
          aria-label={`Fix: ${d.fixTitles[0]}`}
          onClick={() => void applyQuickFix(d, d.fixTitles![0])}
        >
          Fix
        </button>
      )}
      {state && (
        <button type="button" className="link" onClick={() => select([state.pointer], 'inspector')}>
          {state.name}
        </button>
      )}
      <button
        type="button"
        className="link"
        aria-label={`Show ${where} in the code`}
        onClick={() => {
          if (d.line !== undefined) revealInCode(d.line, d.column ?? 1);
          else if (state) {
            select([state.pointer], 'inspector');
            revealInCode(state.line, 1);
          }
        }}
      >
        {where}
      </button>
    </li>
  );
}

/**
 * Each analysis brings new (cloned) diagnostic objects, mostly with the same content: a row whose
 * content did not change is not re-rendered (two hundred rows of DOM updates at every keystroke).
 */
const ProblemRow = memo(
  ProblemRowView,
  (a, b) =>
    a.select === b.select &&
    a.d.severity === b.d.severity &&
    a.d.message === b.d.message &&
    a.d.code === b.d.code &&
    a.d.line === b.d.line &&
    a.d.column === b.d.column &&
    a.d.location === b.d.location &&
    a.d.fixTitles?.[0] === b.d.fixTitles?.[0] &&
    a.state?.pointer === b.state?.pointer &&
    a.state?.name === b.state?.name &&
    a.state?.line === b.state?.line,
);
