import path from 'node:path';
import { createHandlers } from '../handlers';
import { openInSystemBrowser } from '../open-browser';
import { createServices } from '../services/index';
import { startServeServer, type ServeServer } from './server';

/** Everything `asl-studio serve` needs to know. */
export interface ServeOptions {
  /** The asl-studio folder (holds out/renderer and resources/templates). */
  appRoot: string;
  dataDir: string;
  workingDirectory: string;
  /** A definition to open at start, or null. */
  initialFile: string | null;
  port: number;
  version: string;
  /** Overrides <appRoot>/out/renderer (tests). */
  rendererDir?: string;
  token?: string;
  log?: (message: string) => void;
}

/** Builds the services and handlers for the browser host and starts the HTTP server. */
export function startServe(options: ServeOptions): Promise<ServeServer> {
  const services = createServices({
    dataDir: options.dataDir,
    templatesDir: path.join(options.appRoot, 'resources', 'templates'),
    workingDirectory: options.workingDirectory,
  });
  const handlers = createHandlers(services, {
    kind: 'browser',
    version: options.version,
    initialFile: options.initialFile
      ? path.resolve(options.workingDirectory, options.initialFile)
      : null,
    openExternal: async (url) => {
      await openInSystemBrowser(url);
    },
  });
  return startServeServer({
    handlers,
    rendererDir: options.rendererDir ?? path.join(options.appRoot, 'out', 'renderer'),
    port: options.port,
    token: options.token,
    log: options.log,
  });
}
