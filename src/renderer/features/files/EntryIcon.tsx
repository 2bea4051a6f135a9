/** A folder or a document mark for the file picker, drawn as SVG so it shows without an emoji font. */
export function EntryIcon({ kind }: { kind: 'directory' | 'file' }) {
  return (
    <svg className="entry-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      {kind === 'directory' ? (
        <path
          d="M1 3.2c0-.6.4-1 1-1h3.4l1.3 1.4H12c.6 0 1 .4 1 1v6.6c0 .6-.4 1-1 1H2c-.6 0-1-.4-1-1z"
          fill="currentColor"
        />
      ) : (
        <path
          d="M3 1.5h5l2.5 2.5v8c0 .3-.2.5-.5.5H3c-.3 0-.5-.2-.5-.5V2c0-.3.2-.5.5-.5zM8 1.5V4h2.5"
          fill="none"
          stroke="currentColor"
        />
      )}
    </svg>
  );
}
