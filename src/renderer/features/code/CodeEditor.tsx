import { useEffect, useRef, useState } from 'react';
import { monaco, setupMonaco } from './monacoSetup';
import { useDocument } from '../../store/documentStore';
import { redoSoon, undoSoon } from '../../store/historySteps';
import { applyTextToModel } from './applyToModel';
import { toMarkers } from './markers';
import { registerStateNameCompletion } from './stateNameCompletion';
import { registerYamlSchemaAssist } from './yamlSchemaAssist';
import { sendMenusTo } from './menuHost';
import { registerQuickFixActions } from './quickFixActions';
import { stateAtOffset } from '../../store/stateIndex';
import { setCodeEditor } from './editorHandle';
import { LARGE_DOCUMENT_LINES, documentSizeOptions, isLargeDocument } from './largeDocument';

/** The code view: Monaco bound to the document store, both ways, without echo. */
export function CodeEditor() {
  const container = useRef<HTMLDivElement>(null);
  const format = useDocument((s) => s.format);
  const fileName = useDocument((s) => s.file.name);
  const [large, setLarge] = useState(false);

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    setupMonaco();
    registerStateNameCompletion();
    registerYamlSchemaAssist();
    registerQuickFixActions();
    const store = useDocument;
    const initial = store.getState();
    // The `.asl-studio.json` suffix is what opts the model into the ASL schema (hover, completion).
    const uri = monaco.Uri.parse(
      `inmemory://document/${Date.now()}.asl-studio.${format === 'yaml' ? 'yaml' : 'json'}`,
    );
    const model = monaco.editor.createModel(initial.text, format, uri);
    // Bracket-pair colours re-parse the brackets of the changed region at every render after an
    // edit (26 ms of a 60 ms frame after a canvas delete at 500 states). The editor option below
    // does not reach a model created before the editor: the model has to be told itself.
    model.updateOptions({
      bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
    });
    // Suggestions, hovers and menus live outside the panels: each panel is its own containing
    // block (contain, will-change), which would place these fixed-position widgets by the
    // panel's corner instead of the window's (most of them off screen), or cut them at its edge.
    const overflow = document.createElement('div');
    overflow.className = 'monaco-editor code-editor-overflow';
    document.body.appendChild(overflow);
    const ed = monaco.editor.create(host, {
      model,
      theme: 'asl-studio',
      automaticLayout: true,
      fontSize: 13,
      lineHeight: 19,
      fontFamily:
        "ui-monospace, 'SF Mono', 'Cascadia Code', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
      // Nothing of ours draws in the glyph margin; without it Monaco skips a pass over every
      // margin decoration at each render.
      glyphMargin: false,
      // Whitespace markers cost a decorations query per visible line at every render; JSON and
      // YAML indentation shows well enough with the indent guides.
      renderWhitespace: 'none',
      // Each of these scans the whole model after every change or cursor move, which a thousand-
      // state machine feels: occurrences of the word at the cursor, links (an ARN is not one),
      // and section headers (drawn only in the minimap, which is off).
      occurrencesHighlight: 'off',
      links: false,
      minimap: { enabled: false, showRegionSectionHeaders: false, showMarkSectionHeaders: false },
      foldingStrategy: 'indentation',
      // Off for the same reason as on the model above; matching brackets and indent guides stay.
      bracketPairColorization: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      overflowWidgetsDomNode: overflow,
      ariaLabel: 'State machine definition',
      quickSuggestions: { strings: true, other: true, comments: false },
      // Words picked from anywhere in the document ("arn", "Step", "lambda") are noise next to
      // the schema's and the state names' completions, and the editor worker sends back every
      // word of a large machine at each keystroke in a string (a 30-40 ms task at 500 states).
      wordBasedSuggestions: 'off',
      // Sticky scroll from the folding ranges: the default (the outline) has the JSON worker send
      // every key of the document as a symbol at each keystroke, tens of ms on the UI thread.
      stickyScroll: { defaultModel: 'foldingProviderModel' },
      // The EditContext input reads the editor's client rect at every render (a forced layout of
      // 4-8 ms per frame at 500 states); the textarea input does not.
      editContext: false,
    });
    const editorNode = ed.getDomNode();
    const restoreAppend = sendMenusTo(editorNode ? [host, editorNode] : [host], overflow);
    setCodeEditor(ed);
    let isLarge: boolean | undefined;
    const fitToSize = (): void => {
      const next = isLargeDocument(model.getLineCount());
      if (next === isLarge) return;
      isLarge = next;
      ed.updateOptions(documentSizeOptions(next));
      setLarge(next);
    };
    fitToSize();
    const sizeSub = model.onDidChangeContent(fitToSize);
    let applying = false;
    let markerKey = '';

    // One undo history across every view: Monaco's own stack is bypassed.
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, undoSoon);
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, redoSoon);
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, redoSoon);

    const contentSub = model.onDidChangeContent(() => {
      if (applying) return;
      store.getState().setText(model.getValue(), 'code');
    });

    const cursorSub = ed.onDidChangeCursorPosition((e) => {
      if (applying || e.source === 'api' || e.reason !== monaco.editor.CursorChangeReason.Explicit)
        return;
      const s = store.getState();
      const state = stateAtOffset(s.goodStates, model.getOffsetAt(e.position));
      s.select(state ? [state.pointer] : [], 'code');
    });

    let highlight = ed.createDecorationsCollection();
    const revealSelection = (): void => {
      const s = store.getState();
      const located = s.selection
        .map((p) => s.goodStates.find((st) => st.pointer === p))
        .filter((x) => x !== undefined);
      highlight.clear();
      if (located.length === 0) return;
      highlight = ed.createDecorationsCollection(
        located.map((st) => {
          const a = model.getPositionAt(st.start);
          const b = model.getPositionAt(st.end);
          return {
            range: new monaco.Range(a.lineNumber, 1, b.lineNumber, 1),
            options: {
              isWholeLine: true,
              className: 'code-selected-state',
              linesDecorationsClassName: 'code-selected-gutter',
            },
          };
        }),
      );
      if (s.selectionOrigin !== 'code') {
        const first = located[0];
        const a = model.getPositionAt(first.start);
        // Immediate: a smooth scroll re-renders every visible line at each of its frames.
        ed.revealLineNearTop(a.lineNumber, monaco.editor.ScrollType.Immediate);
      }
    };

    // Markers are set when the editor is idle: a thousand of them cost a long task, and a
    // keystroke arriving meanwhile should not wait behind it.
    let markerTimer: number | undefined;
    const scheduleMarkers = (): void => {
      if (markerTimer !== undefined) return;
      markerTimer = window.requestIdleCallback(
        () => {
          markerTimer = undefined;
          const { diagnostics, goodStates } = store.getState();
          const markers = toMarkers(model, diagnostics, goodStates);
          // Re-setting a thousand identical markers repaints the editor for nothing.
          const key = markers
            .map(
              (m) => `${m.startLineNumber}:${m.startColumn}:${m.endColumn}:${m.code}:${m.message}`,
            )
            .join('\n');
          if (key !== markerKey) {
            markerKey = key;
            monaco.editor.setModelMarkers(model, 'asl-studio', markers);
          }
        },
        { timeout: 500 },
      );
    };
    const unsubscribe = store.subscribe((state, prev) => {
      if (
        state.text !== prev.text &&
        state.lastChange.origin !== 'code' &&
        model.getValue() !== state.text
      ) {
        applying = true;
        try {
          applyTextToModel(ed, state.text, state.lastChange.edits, state.lastChange.previousText);
        } finally {
          applying = false;
        }
      }
      if (state.diagnostics !== prev.diagnostics || state.goodStates !== prev.goodStates)
        scheduleMarkers();
      if (state.selection !== prev.selection || state.goodStates !== prev.goodStates)
        revealSelection();
    });
    monaco.editor.setModelMarkers(
      model,
      'asl-studio',
      toMarkers(model, initial.diagnostics, initial.goodStates),
    );

    return () => {
      unsubscribe();
      if (markerTimer !== undefined) window.cancelIdleCallback(markerTimer);
      contentSub.dispose();
      sizeSub.dispose();
      cursorSub.dispose();
      setCodeEditor(undefined);
      ed.dispose();
      model.dispose();
      restoreAppend();
      overflow.remove();
    };
  }, [format, fileName]);

  return (
    <>
      {large && (
        <div
          className="code-note"
          role="note"
          title={`Past ${LARGE_DOCUMENT_LINES.toLocaleString('en')} lines each of them redoes work over the whole document at every edit`}
        >
          Large document: folding, indent guides, scrollbar marks and bracket matching are off to
          keep editing fast
        </div>
      )}
      <div ref={container} className="nokey code-editor" data-testid="code-editor" />
    </>
  );
}
