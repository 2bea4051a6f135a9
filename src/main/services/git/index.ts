export { GitExportService, type GitExportServiceOptions } from './exportService';
export { commitMessageFor, diffDefinitions } from './commitMessage';
export { samSnippet, findPlaceholders } from './samSnippet';
export type * from './types';
