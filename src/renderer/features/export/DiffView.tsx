import { useEffect, useRef } from 'react';
import { monaco, setupMonaco } from '../code/monacoSetup';

/** A read-only Monaco diff editor: what HEAD has on the left, what the export writes on the right. */
export function DiffView({
  original,
  modified,
  language,
}: {
  original: string;
  modified: string;
  language: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    setupMonaco();
    const diff = monaco.editor.createDiffEditor(host, {
      theme: 'asl-studio',
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      ariaLabel: 'Changes against HEAD',
    });
    editor.current = diff;
    return () => {
      const models = diff.getModel();
      diff.dispose();
      models?.original.dispose();
      models?.modified.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const diff = editor.current;
    if (!diff) return;
    const previous = diff.getModel();
    diff.setModel({
      original: monaco.editor.createModel(original, language),
      modified: monaco.editor.createModel(modified, language),
    });
    previous?.original.dispose();
    previous?.modified.dispose();
  }, [original, modified, language]);

  return <div ref={container} className="export-diff nokey" data-testid="export-diff" />;
}
