import type { Diagnostic } from '../../../shared/validate/diagnostic';

/**
 * A 12-pixel mark for a diagnostic's severity, drawn as SVG: the emoji it replaced showed as an
 * empty box on machines without an emoji font, which most Linux desktops and CI images are.
 */
export function SeverityIcon({ severity }: { severity: Diagnostic['severity'] }) {
  return (
    <svg className="severity-icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      {severity === 'ERROR' ? (
        <>
          <circle cx="6" cy="6" r="6" fill="currentColor" />
          <path d="M3.8 3.8l4.4 4.4M8.2 3.8l-4.4 4.4" stroke="#fff" strokeWidth="1.5" />
        </>
      ) : severity === 'WARNING' ? (
        <>
          <path d="M6 0.6l5.6 10.4H0.4z" fill="currentColor" />
          <path d="M6 4v3.4" stroke="#fff" strokeWidth="1.4" />
          <circle cx="6" cy="9.1" r="0.8" fill="#fff" />
        </>
      ) : (
        <>
          <circle cx="6" cy="6" r="6" fill="currentColor" />
          <path d="M6 5.2v4" stroke="#fff" strokeWidth="1.4" />
          <circle cx="6" cy="3.3" r="0.8" fill="#fff" />
        </>
      )}
    </svg>
  );
}
