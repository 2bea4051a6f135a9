import os from 'node:os';
import path from 'node:path';
import {
  isAllowedExternalUrl,
  type DialogResult,
  type FileFormat,
  type HostMethod,
  type HostResult,
  type HostValidPayload,
} from '../shared/host';
import type { Services } from './services/index';

/** What differs between the hosts; everything else is the shared services. */
export interface HostPlatform {
  kind: 'electron' | 'browser';
  version: string;
  /** The file given at launch (`serve FILE`, or an argument to the app), resolved, or null. */
  initialFile: string | null;
  /** The system dialogs; absent where there are none (the UI shows its own picker). */
  showOpenDialog?(defaultPath: string | undefined): Promise<DialogResult>;
  showSaveDialog?(
    defaultPath: string | undefined,
    format: FileFormat | undefined,
  ): Promise<DialogResult>;
  /** Opens a URL already checked against the allowlist. */
  openExternal(url: string): Promise<void>;
  setDocumentState?(title: string, dirty: boolean): void;
}

/** One handler per host method: validated payload in, result out (errors are thrown HostErrors). */
export type HostHandlers = {
  [M in HostMethod]: (payload: HostValidPayload<M>) => Promise<HostResult<M>>;
};

/**
 * Binds every host method to the services. Adding a method: its entry in HOST_METHODS
 * (src/shared/host.ts) and its handler here; TypeScript flags a missing one.
 */
export function createHandlers(services: Services, platform: HostPlatform): HostHandlers {
  const { files, recent, backups, settings, templates } = services;
  return {
    appInfo: async () => ({
      kind: platform.kind,
      version: platform.version,
      platform: process.platform,
      nativeDialogs: Boolean(platform.showOpenDialog && platform.showSaveDialog),
      workingDirectory: services.options.workingDirectory,
      homeDirectory: os.homedir(),
    }),
    appInitialFile: async () => {
      if (!platform.initialFile) return null;
      const opened = await files.open(platform.initialFile);
      await recent.add(opened.path);
      return opened;
    },
    appOpenExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await platform.openExternal(url);
      return { opened: true };
    },
    appSetDocumentState: async ({ title, dirty }) => platform.setDocumentState?.(title, dirty),

    fileOpen: async ({ path: p }) => {
      const opened = await files.open(p);
      await recent.add(opened.path);
      return opened;
    },
    fileSave: async ({ path: p, text, expected, overwrite }) => {
      const result = await files.save(p, text, expected, overwrite);
      if (result.status === 'saved') await recent.add(result.path);
      return result;
    },
    fileSaveAs: async ({ path: p, text, overwrite }) => {
      const result = await files.saveAs(p, text, overwrite);
      if (result.status === 'saved') await recent.add(result.path);
      return result;
    },
    fileCheck: async ({ path: p, stamp }) => files.check(p, stamp),
    fileListDirectory: async ({ path: p }) => {
      const folders = [
        ...new Set((await recent.list()).filter((r) => r.exists).map((r) => path.dirname(r.path))),
      ];
      return files.listDirectory(
        p,
        folders.slice(0, 5).map((f) => ({ label: path.basename(f) || f, path: f })),
      );
    },
    fileShowOpenDialog: async ({ defaultPath }) =>
      platform.showOpenDialog ? platform.showOpenDialog(defaultPath) : { canceled: true },
    fileShowSaveDialog: async ({ defaultPath, format }) =>
      platform.showSaveDialog ? platform.showSaveDialog(defaultPath, format) : { canceled: true },

    recentList: async () => recent.list(),
    recentRemove: async ({ path: p }) => recent.remove(files.resolve(p)),
    recentClear: async () => recent.clear(),

    backupWrite: async (payload) =>
      backups.write({
        ...payload,
        path: payload.path === null ? null : files.resolve(payload.path),
      }),
    backupList: async () => backups.list(),
    backupRead: async ({ id }) => backups.read(id),
    backupDiscard: async ({ id }) => backups.discard(id),

    settingsGet: async () => settings.get(),
    settingsSet: async ({ patch }) => settings.set(patch),

    templateList: async () => templates.list(),
    templateRead: async ({ id }) => templates.read(id),

    exportTarget: async ({ definitionKey }) => (await services.git.target(definitionKey)) ?? null,
    exportPreview: async (request) =>
      services.git.preview({ ...request, repo: files.resolve(request.repo) }),
    exportCommit: async (request) =>
      services.git.exportDefinition({ ...request, repo: files.resolve(request.repo) }),
    exportPush: async ({ repo }) => services.git.push(files.resolve(repo)),
    exportInit: async ({ repo }) => services.git.init(files.resolve(repo)),
  };
}
