import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { canvas, openDesigner, screenshot, waitForViews } from './support/designer';
import { REPO_ROOT, startServe, type ServeProcess } from './support/serve';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'realworld');
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => /\.(json|ya?ml)$/.test(f))
      .sort()
  : [];

/** Counts states at every depth (branches, processors, legacy Iterators), as the canvas must. */
function countStates(machine: unknown): number {
  if (typeof machine !== 'object' || machine === null) return 0;
  const states = (machine as { States?: unknown }).States;
  if (typeof states !== 'object' || states === null) return 0;
  let n = 0;
  for (const state of Object.values(states as Record<string, Record<string, unknown>>)) {
    n++;
    if (Array.isArray(state?.Branches)) for (const b of state.Branches) n += countStates(b);
    if (state?.ItemProcessor) n += countStates(state.ItemProcessor);
    if (state?.Iterator) n += countStates(state.Iterator);
  }
  return n;
}

test.describe('real-world definitions', () => {
  test.skip(
    files.length === 0,
    `the real-world corpus is not at ${CORPUS} (it ships only with the workplace, not the project)`,
  );
  let server: ServeProcess;
  test.beforeAll(async () => {
    server = await startServe({ cwd: CORPUS });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('each definition shows one node per state', async ({ page }) => {
    test.setTimeout(600_000);
    await openDesigner(page, server.url);
    const mismatches: string[] = [];
    for (const file of files) {
      const full = path.join(CORPUS, file);
      const expected = countStates(JSON.parse(readFileSync(full, 'utf8')));
      await page.evaluate((p) => window.__ASL_STUDIO__!.open(p), full);
      await expect(page.locator('.doc-name')).toHaveText(file);
      await waitForViews(page);
      const shown = await canvas(page).locator('.react-flow__node[data-kind="state"]').count();
      if (shown !== expected) mismatches.push(`${file}: ${shown} nodes for ${expected} states`);
    }
    expect(mismatches).toEqual([]);
    // A large nested one for the eye.
    const biggest = files
      .map((f) => ({ f, n: countStates(JSON.parse(readFileSync(path.join(CORPUS, f), 'utf8'))) }))
      .sort((a, b) => b.n - a.n)[0];
    await page.evaluate((p) => window.__ASL_STUDIO__!.open(p), path.join(CORPUS, biggest.f));
    await waitForViews(page);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(400);
    await screenshot(page, 'realworld-largest');
  });
});
