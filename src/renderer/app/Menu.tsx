import { useEffect, useRef, useState, type ReactNode } from 'react';

/** One entry of a drop-down menu. */
export interface MenuItem {
  label: string;
  detail?: string;
  disabled?: boolean;
  onSelect(): void;
}

/** A small drop-down menu button (New, Recent). */
export function Menu({
  label,
  items,
  children,
  empty,
}: {
  label: string;
  items: MenuItem[];
  children: ReactNode;
  empty?: string;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => setOpen(!open)}
      >
        {children}
      </button>
      {open && (
        <ul
          className="menu-list"
          role="menu"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          {items.length === 0 && <li className="menu-empty">{empty ?? 'Nothing here'}</li>}
          {items.map((item) => (
            <li key={item.label + (item.detail ?? '')} role="none">
              <button
                type="button"
                role="menuitem"
                disabled={item.disabled}
                onClick={() => {
                  setOpen(false);
                  item.onSelect();
                }}
              >
                <span>{item.label}</span>
                {item.detail && <span className="menu-detail">{item.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
