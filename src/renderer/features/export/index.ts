/** The export feature's public surface: the dialog, the command that opens it, the tests hook. */
export { ExportDialog } from './ExportDialog';
export { ExportButton } from './ExportButton';
export { openExportDialog, closeExportDialog } from './exportActions';
export { setExportTestsProvider } from './testsProvider';
