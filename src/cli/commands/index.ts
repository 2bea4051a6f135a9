import type { CliCommand } from '../io';

/**
 * Every command, loaded on demand so `asl-studio validate` does not pay for the simulator or the
 * server. Add a command by adding one line here and one file beside this one.
 */
export const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  export: () => import('./export').then((m) => m.exportCommand),
  validate: () => import('./validate').then((m) => m.validateCommand),
  serve: () => import('./serve').then((m) => m.serveCommand),
  lint: () => import('./lint').then((m) => m.lintCommand),
  run: () => import('./run').then((m) => m.runCommand),
  test: () => import('./test').then((m) => m.testCommand),
};
