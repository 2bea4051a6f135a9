/**
 * The shapes the git export service takes and returns. They are declared in the host contract
 * (src/shared/host.ts), because the UI receives them over IPC or HTTP; re-exported here so the
 * service and the CLI name them from one place.
 */
export type {
  ExportCommit,
  ExportExtras,
  ExportFileChange,
  ExportOutcome,
  ExportPreview,
  ExportPushed,
  ExportRefusal,
  ExportRefusalCode,
  ExportRequest,
  ExportTarget,
  ExportTestFile,
} from '../../../shared/host';
