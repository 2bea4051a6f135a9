import { test as base } from '@playwright/test';
import { writeDefinition } from './fixtures';
import { startServe, type ServeProcess } from './serve';

/**
 * Playwright's `test` with a `server` fixture: `asl-studio serve` on a free port, opening the
 * definition set with `test.use({ definition, fileName })` (a blank document when none), started for each
 * test and stopped after it.
 */
export const test = base.extend<{
  definition: string | undefined;
  fileName: string;
  server: ServeProcess;
}>({
  definition: [undefined, { option: true }],
  fileName: ['chain.asl.json', { option: true }],
  server: async ({ definition, fileName }, use) => {
    const server = await startServe(
      definition === undefined ? {} : { file: writeDefinition(definition, fileName) },
    );
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },
});

export { expect } from '@playwright/test';
