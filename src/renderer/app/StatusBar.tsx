import { useEffect, useState } from 'react';
import { useDocument, type DocumentState } from '../store/documentStore';
import { useDocumentTransition } from '../store/useDocumentTransition';
import { selectDiagnostics } from '../store/selectors';

// Read in transitions: counting a thousand findings after each analysis is not worth a frame.
const selectAnalysis = (s: DocumentState) => s.analysis;
const selectRevision = (s: DocumentState) => s.revision;
const selectStateCount = (s: DocumentState) => s.goodStates.length;

/** The status bar: parse state, counts, and the latest notice. */
export function StatusBar() {
  const analysis = useDocumentTransition(selectAnalysis);
  const revision = useDocumentTransition(selectRevision);
  const states = useDocumentTransition(selectStateCount);
  const diagnostics = useDocumentTransition(selectDiagnostics);
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
