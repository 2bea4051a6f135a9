import { ExportDialog } from './ExportDialog';
import { openExportDialog } from './exportActions';

/** The toolbar's "Export to Git" button; it also hosts the dialog, so one element wires the feature in. */
export function ExportButton() {
  return (
    <>
      <button
        type="button"
        onClick={() => void openExportDialog()}
        title="Export the definition into a git repository"
      >
        Export to Git…
      </button>
      <ExportDialog />
    </>
  );
}
