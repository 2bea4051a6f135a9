import { useEffect, useState } from 'react';
import { useDocument } from '../store/documentStore';

/** The status bar: parse state, counts, and the latest notice. */
export function StatusBar() {
  const analysis = useDocument((s) => s.analysis);
  const revision = useDocument((s) => s.revision);
  const states = useDocument((s) => s.goodStates.length);
  const diagnostics = useDocument((s) => s.diagnostics);
  const notice = useDocument((s) => s.notice);
  const [showNotice, setShowNotice] = useState(false);
  // Each new notice shows for a few seconds.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useDocument.subscribe((s, prev) => {
      if (s.notice === prev.notice) return;
      setShowNotice(true);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setShowNotice(false), 6000);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, []);
  const broken = analysis && analysis.value === undefined;
  const errors = diagnostics.filter((d) => d.severity === 'ERROR').length;
  return (
    <footer className="status-bar">
      <span className={broken ? 'status-broken' : 'status-ok'} data-testid="parse-status">
        {!analysis || analysis.revision < revision
          ? 'Checking…'
          : broken
            ? 'Syntax error: showing the last valid graph'
            : 'Parsed'}
      </span>
      <span>{states} states</span>
      <span>
        {errors} errors, {diagnostics.filter((d) => d.severity === 'WARNING').length} warnings
      </span>
      {showNotice && notice && (
        <span
          className={`notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </span>
      )}
    </footer>
  );
}
