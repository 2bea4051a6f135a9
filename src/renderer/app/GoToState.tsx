import { useId, useState } from 'react';
import { useDocument } from '../store/documentStore';
import { useDocumentTransition } from '../store/useDocumentTransition';
import { canvasHandle } from '../features/canvas/canvasHandle';
import { selectGoodStates } from '../store/selectors';

/** "Go to state": type part of a name, press Enter, and the state is selected and shown. */
export function GoToState() {
  const states = useDocumentTransition(selectGoodStates);
  const [query, setQuery] = useState('');
  const listId = useId();
  const go = () => {
    const q = query.trim().toLowerCase();
    if (!q) return;
    const hit =
      states.find((s) => s.name.toLowerCase() === q) ??
      states.find((s) => s.name.toLowerCase().includes(q));
    if (!hit) {
      useDocument.getState().notify('error', `No state named like “${query}”`);
      return;
    }
    useDocument.getState().select([hit.pointer], 'inspector');
    canvasHandle()?.focusState(hit.pointer);
  };
  return (
    <form
      className="goto"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        go();
      }}
    >
      <input
        type="search"
        aria-label="Go to state"
        placeholder="Go to state…"
        list={listId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <datalist id={listId}>
        {states.slice(0, 200).map((s) => (
          <option key={s.pointer} value={s.name} />
        ))}
      </datalist>
    </form>
  );
}
