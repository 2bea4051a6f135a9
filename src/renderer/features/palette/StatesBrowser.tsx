import { useState, type DragEvent } from 'react';
import { NEW_STATE_MIME, STATE_TYPE_INFO } from './stateTypes';

/** The states browser: every Flow state, searchable, dragged onto the canvas to add it. */
export function StatesBrowser() {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const items = STATE_TYPE_INFO.filter(
    (t) => !q || t.type.toLowerCase().includes(q) || t.description.toLowerCase().includes(q),
  );
  const onDragStart = (type: string) => (e: DragEvent) => {
    e.dataTransfer.setData(NEW_STATE_MIME, type);
    e.dataTransfer.setData('text/plain', type);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div className="states-browser">
      <div className="panel-title">States</div>
      <input
        className="search"
        type="search"
        placeholder="Search states"
        aria-label="Search states"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="group-label">Flow</div>
      <ul className="state-list">
        {items.map((t) => (
          <li key={t.type}>
            <button
              type="button"
              className="state-item"
              draggable
              onDragStart={onDragStart(t.type)}
              aria-label={t.type}
              title={`${t.type}: ${t.description}. Drag onto the canvas.`}
            >
              <span className="type-badge" style={{ background: t.colour }} aria-hidden="true">
                {t.glyph}
              </span>
              <span className="state-item-text" aria-hidden="true">
                <span className="state-item-name">{t.type}</span>
                <span className="state-item-desc">{t.description}</span>
              </span>
            </button>
          </li>
        ))}
        {items.length === 0 && <li className="empty">No state matches “{query}”.</li>}
      </ul>
    </div>
  );
}
