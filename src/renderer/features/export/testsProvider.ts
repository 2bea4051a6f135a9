import type { ExportTests } from './exportForm';

type Provider = () => ExportTests;

let provider: Provider = () => ({ tests: [] });

/**
 * Lets the simulator panel offer its saved test scenarios (and mocks) to the export dialog,
 * without the dialog importing the simulator. Until one is registered there are none.
 */
export function setExportTestsProvider(next: Provider): void {
  provider = next;
}

/** The scenarios and mocks available right now. */
export function exportTests(): ExportTests {
  return provider();
}
