/**
 * Loads Monaco with only what ASL Studio uses (JSON with schema, YAML colouring, the editing
 * contributions people expect) and bundles its workers, so the editor works offline.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/format/browser/formatActions';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/smartSelect/browser/smartSelect';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess';
import 'monaco-editor/features/codicon/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import aslSchema from 'amazon-states-language-service/out/json-schema/bundled.json';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

let ready = false;

/** The schema's id; documents opt in through their model URI (see CodeEditor). */
export const ASL_SCHEMA_URI = 'asl-studio://schemas/asl.json';

/** Configures Monaco once: workers, the ASL schema for JSON documents, the theme. */
export function setupMonaco(): typeof monaco {
  if (ready) return monaco;
  ready = true;
  window.MonacoEnvironment = {
    getWorker: (_id, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
  };
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    // Our validator reports the real errors with AWS's codes; schema squiggles would only duplicate them.
    schemaValidation: 'ignore',
    schemas: [{ uri: ASL_SCHEMA_URI, fileMatch: ['*.asl-studio.json'], schema: aslSchema }],
  });
  // The JSON worker re-reads the whole document at each keystroke for every feature it serves.
  // Ours keeps the ones the schema is for (completion, hover) and formatting; syntax errors come
  // from our own validator, folding from indentation (on the UI thread, no 100 KB round trip for a
  // large machine), and colour swatches and an outline ASL has no use for.
  jsonDefaults.setModeConfiguration({
    documentFormattingEdits: true,
    documentRangeFormattingEdits: true,
    completionItems: true,
    hovers: true,
    tokens: true,
    selectionRanges: true,
    documentSymbols: false,
    colors: false,
    foldingRanges: false,
    diagnostics: false,
  });
  monaco.editor.defineTheme('asl-studio', {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'string.key.json', foreground: '1f4e8c' },
      { token: 'string.value.json', foreground: '0a7d45' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editorLineNumber.foreground': '#9aa4b2',
      'editor.lineHighlightBackground': '#f4f7fb',
    },
  });
  return monaco;
}

export { monaco };
