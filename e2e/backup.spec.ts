import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { documentText, openDesigner, screenshot, waitForViews } from './support/designer';
import { CHAIN, writeDefinition } from './support/fixtures';
import { startServe, tempDir } from './support/serve';

/** Every file below a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test('unsaved work survives a killed server and is offered back', async ({ page }) => {
  const file = writeDefinition(CHAIN);
  const dataDir = tempDir('backup-data');
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  let server = await startServe({ file, dataDir });
  try {
    await openDesigner(page, server.url);
    const editLine = async (from: string, to: string) => {
      await page
        .locator('.code-editor .view-line', { hasText: `"Comment": "${from}"` })
        .first()
        .click();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      for (let i = 0; i < from.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type(to);
      await waitForViews(page);
    };

    // Edit and save: the file on disk changes, the dirty marker goes.
    await editLine('A chain of three', 'Saved version');
    await expect(page.getByLabel('Unsaved changes')).toBeVisible();
    await page.keyboard.press(`${mod}+s`);
    await expect(page.getByLabel('Unsaved changes')).toHaveCount(0);
    expect(readFileSync(file, 'utf8')).toBe(CHAIN.replace('A chain of three', 'Saved version'));

    // Edit again without saving, give the backup a moment, then kill the server as a crash would.
    await editLine('Saved version', 'Unsaved work');
    expect(await documentText(page)).toContain('Unsaved work');
    // The backup is written shortly after typing stops: wait until it is on disk.
    await expect
      .poll(
        () => filesUnder(dataDir).some((f) => readFileSync(f, 'utf8').includes('Unsaved work')),
        { timeout: 15_000 },
      )
      .toBe(true);
    await server.kill();
  } finally {
    await server.stop();
  }

  // A new server on the same data folder offers the work back.
  server = await startServe({ file, dataDir });
  try {
    await openDesigner(page, server.url);
    const banner = page.getByRole('alertdialog', { name: 'Restore unsaved changes' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('chain.asl.json');
    await screenshot(page, 'backup-offered');
    await banner.getByRole('button', { name: 'Restore' }).click();
    // Restoring reads the backup from the host: the banner goes once the text is back.
    await expect(banner).toHaveCount(0);
    await waitForViews(page);
    expect(await documentText(page)).toBe(CHAIN.replace('A chain of three', 'Unsaved work'));
    await expect(page.getByLabel('Unsaved changes')).toBeVisible();
    // The file on disk is still the saved version until the person saves.
    expect(readFileSync(file, 'utf8')).toBe(CHAIN.replace('A chain of three', 'Saved version'));
    await screenshot(page, 'backup-restored');
  } finally {
    await server.stop();
  }
});
