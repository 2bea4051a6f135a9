import { getAtPointer } from '../../../shared/asl/pointer';
import { useDocumentTransition } from '../../store/useDocumentTransition';
import { typeInfo } from '../palette/stateTypes';
import { selectGoodStates, selectGoodValue, selectSelection } from '../../store/selectors';

// Read in transitions: after an edit of a large machine the views that matter first are the
// canvas and the code; this panel follows in React's spare time, not in their task.

/** The inspector's place: for now, the selected state's definition as JSON. */
export function Inspector() {
  const selection = useDocumentTransition(selectSelection);
  const value = useDocumentTransition(selectGoodValue);
  const states = useDocumentTransition(selectGoodStates);
  const located = states.find((s) => s.pointer === selection[0]);
  return (
    <div className="inspector">
      <div className="panel-title">Inspector</div>
      {!located ? (
        <div className="empty">Select a state to see its definition.</div>
      ) : (
        <>
          <div className="inspector-head">
            <span
              className="type-badge"
              style={{ background: typeInfo(located.type).colour }}
              aria-hidden="true"
            >
              {typeInfo(located.type).glyph}
            </span>
            <div>
              <div className="inspector-name">{located.name}</div>
              <div className="inspector-type">
                {located.type} state{selection.length > 1 ? ` · ${selection.length} selected` : ''}
              </div>
            </div>
          </div>
          <pre className="inspector-json" aria-label="Selected state definition">
            {JSON.stringify(getAtPointer(value, located.pointer), null, 2)}
          </pre>
        </>
      )}
    </div>
  );
}
