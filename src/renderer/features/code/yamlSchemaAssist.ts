import aslSchema from 'amazon-states-language-service/out/json-schema/bundled.json';
import { monaco } from './monacoSetup';
import { yamlCompletions, yamlHover, type Schema } from '../../../shared/schema';

const schema: Schema = aslSchema;

let registered = false;

/** CodeEditor names definition models `*.asl-studio.yaml`; other YAML (a diff) is left alone. */
function isDefinition(model: monaco.editor.ITextModel): boolean {
  return model.uri.path.endsWith('.asl-studio.yaml');
}

/** Gives YAML definitions what JSON ones get from Monaco's JSON worker: ASL schema completion and hover. */
export function registerYamlSchemaAssist(): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('yaml', {
    // A space after `Type:` opens the enum's values.
    triggerCharacters: [' '],
    provideCompletionItems(model, position, context) {
      if (!isDefinition(model)) return { suggestions: [] };
      const result = yamlCompletions(
        schema,
        model.getLinesContent(),
        position.lineNumber,
        position.column,
      );
      if (!result) return { suggestions: [] };
      // Spaces typed to indent a new line are no request for keys.
      const typedSpace =
        context.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter;
      if (typedSpace && result.items.every((i) => i.kind === 'property'))
        return { suggestions: [] };
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: result.start,
        endColumn: position.column,
      };
      return {
        suggestions: result.items.map((item) => ({
          label: item.label,
          kind:
            item.kind === 'property'
              ? monaco.languages.CompletionItemKind.Property
              : monaco.languages.CompletionItemKind.EnumMember,
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          insertText: item.insertText,
          // The shared side already indented the lines it opens.
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.KeepWhitespace,
          // After a value with no space before it, the filter still matches the bare label.
          filterText: item.label,
          range,
        })),
      };
    },
  });
  monaco.languages.registerHoverProvider('yaml', {
    provideHover(model, position) {
      if (!isDefinition(model)) return null;
      const hover = yamlHover(
        schema,
        model.getLinesContent(),
        position.lineNumber,
        position.column,
      );
      if (!hover) return null;
      return {
        contents: [{ value: hover.markdown }],
        range: new monaco.Range(position.lineNumber, hover.start, position.lineNumber, hover.end),
      };
    },
  });
}
