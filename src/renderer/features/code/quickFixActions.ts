import { monaco } from './monacoSetup';
import { useDocument } from '../../store/documentStore';
import { applyQuickFix } from '../problems/quickFix';
import type { Diagnostic } from '../../../shared/validate/diagnostic';

const COMMAND = 'asl-studio.applyQuickFix';
let registered = false;

/**
 * Offers each lint finding's quick fixes as code actions on its marker (the light bulb, and
 * Ctrl/Cmd+.), for JSON and YAML documents alike. Registered once.
 */
export function registerQuickFixActions(): void {
  if (registered) return;
  registered = true;
  monaco.editor.registerCommand(COMMAND, (_accessor, d: Diagnostic, title: string) => {
    void applyQuickFix(d, title);
  });
  for (const language of ['json', 'yaml'])
    monaco.languages.registerCodeActionProvider(language, {
      provideCodeActions(_model, _range, context) {
        const { diagnostics } = useDocument.getState();
        const actions: monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          if (marker.source !== 'lint') continue;
          // The marker stands for the finding with its rule, message and line.
          const d = diagnostics.find(
            (x) =>
              x.code === marker.code &&
              x.message === marker.message &&
              (x.line === undefined || x.line === marker.startLineNumber),
          );
          for (const title of d?.fixTitles ?? [])
            actions.push({
              title,
              kind: 'quickfix',
              diagnostics: [marker],
              isPreferred: title === d?.fixTitles?.[0],
              command: { id: COMMAND, title, arguments: [d, title] },
            });
        }
        return { actions, dispose: () => undefined };
      },
    });
}
