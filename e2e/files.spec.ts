import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './support/serveTest';
import {
  documentText,
  openDesigner,
  screenshot,
  stateNode,
  waitForViews,
} from './support/designer';
import { CHAIN } from './support/fixtures';
import { tempDir } from './support/serve';

test('new from a template, save as YAML, and open it again from Recent', async ({
  page,
  server,
}) => {
  await openDesigner(page, server.url);
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: /Sequence with error handling/ }).click();
  // The template comes from the host: wait for one of its states before reading the text.
  await expect(stateNode(page, 'Handle failure')).toBeVisible();
  await waitForViews(page);
  const fromTemplate = JSON.parse(await documentText(page)) as { States: object };
  expect(Object.keys(fromTemplate.States).length).toBeGreaterThan(2);
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toContainText('untitled');

  // Save as a .asl.yaml name: written as YAML, and the document goes on in YAML.
  const file = path.join(tempDir('save'), 'orders.asl.yaml');
  await page.getByRole('button', { name: 'Save As' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as' });
  await dialog.getByLabel('File name').fill(file);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
  await expect(toolbar).toContainText('orders.asl.yaml');
  await expect(toolbar).toContainText('YAML');
  await expect(page.getByLabel('Unsaved changes')).toHaveCount(0);
  const written = readFileSync(file, 'utf8');
  expect(written.trimStart().startsWith('{')).toBe(false);
  expect(parse(written)).toEqual(fromTemplate);
  expect(await documentText(page)).toBe(written);

  // A blank document, then the saved file again from the Recent menu.
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('menuitem', { name: 'Blank state machine' }).click();
  await expect(toolbar).toContainText('untitled');
  await waitForViews(page);
  await page.getByRole('button', { name: 'Recent files' }).click();
  await page.getByRole('menuitem', { name: /orders\.asl\.yaml/ }).click();
  await waitForViews(page);
  await expect(toolbar).toContainText('orders.asl.yaml');
  expect(await documentText(page)).toBe(written);
  await screenshot(page, 'files-saved-as-yaml');
});

test.describe('a file changed on disk', () => {
  test.use({ definition: CHAIN });

  test('is offered for reload, and a save over it asks first', async ({ page, server }) => {
    await openDesigner(page, server.url);
    const file = server.file!;
    // Changed on disk while the document is clean: the banner offers to reload it.
    writeFileSync(file, CHAIN.replace('"Third"', '"Last"').replace('"Third"', '"Last"'));
    const banner = page.getByRole('alertdialog', { name: 'File changed on disk' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await banner.getByRole('button', { name: 'Reload from disk' }).click();
    await waitForViews(page);
    await expect(stateNode(page, 'Last')).toBeVisible();
    expect(await documentText(page)).toBe(readFileSync(file, 'utf8'));

    // Edited here and changed on disk again: Save does not overwrite without asking.
    await stateNode(page, 'Second').click();
    await page.keyboard.press('Delete');
    await waitForViews(page);
    const mine = await documentText(page);
    writeFileSync(file, CHAIN);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(banner).toContainText('saving would overwrite');
    expect(readFileSync(file, 'utf8')).toBe(CHAIN);
    await screenshot(page, 'files-save-conflict');
    await banner.getByRole('button', { name: 'Overwrite' }).click();
    await expect(page.getByLabel('Unsaved changes')).toHaveCount(0);
    expect(readFileSync(file, 'utf8')).toBe(mine);
  });
});
