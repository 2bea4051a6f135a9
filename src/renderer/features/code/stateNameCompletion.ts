import { monaco } from './monacoSetup';
import { useDocument } from '../../store/documentStore';
import { transitionContext } from './transitionContext';

let registered = false;

/** Offers the document's state names as values of Next, Default and StartAt (JSON and YAML). */
export function registerStateNameCompletion(): void {
  if (registered) return;
  registered = true;
  for (const language of ['json', 'yaml'] as const) {
    monaco.languages.registerCompletionItemProvider(language, {
      triggerCharacters: ['"', ' ', ':'],
      provideCompletionItems(model, position) {
        const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
        const ctx = transitionContext(before, language);
        if (!ctx) return { suggestions: [] };
        const word = model.getWordUntilPosition(position);
        const range = {
          startLineNumber: position.lineNumber,
          endLineNumber: position.lineNumber,
          startColumn: word.startColumn,
          endColumn: word.endColumn,
        };
        const names = [...new Set(useDocument.getState().goodStates.map((s) => s.name))];
        return {
          suggestions: names.map((name) => ({
            label: name,
            kind: monaco.languages.CompletionItemKind.Reference,
            detail: `state (${ctx.field})`,
            insertText: language === 'json' && !ctx.quoted ? JSON.stringify(name) : name,
            range,
          })),
        };
      },
    });
  }
}
