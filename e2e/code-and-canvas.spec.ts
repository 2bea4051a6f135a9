import type { Page } from '@playwright/test';
import { expect, test } from './support/serveTest';
import {
  canvas,
  documentJson,
  documentText,
  openDesigner,
  screenshot,
  stateNode,
  waitForViews,
} from './support/designer';
import { CHAIN } from './support/fixtures';

test.use({ definition: CHAIN });

/** Double-clicks a word on the editor line containing `lineText` (selecting it, as a person would). */
async function selectWordInCode(page: Page, lineText: string, word: string): Promise<void> {
  const line = page.locator('.code-editor .view-line', { hasText: lineText }).first();
  const span = line.locator('span', { hasText: word }).last();
  const box = (await span.boundingBox())!;
  // The token includes its quotes: aim a little right of the first letter.
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
}

/** Puts the cursor at the end of the editor line containing `lineText`. */
async function cursorAtLineEnd(page: Page, lineText: string): Promise<void> {
  await page.locator('.code-editor .view-line', { hasText: lineText }).first().click();
  await page.keyboard.press('End');
}

test('renaming a state in the code renames it on the canvas', async ({ page, server }) => {
  await openDesigner(page, server.url);
  await expect(stateNode(page, 'Second')).toBeVisible();
  await selectWordInCode(page, '"Second": {', 'Second');
  await page.keyboard.type('Checked');
  await selectWordInCode(page, '"Next": "Second"', 'Second');
  await page.keyboard.type('Checked');
  await waitForViews(page);
  await expect(stateNode(page, 'Checked')).toBeVisible();
  await expect(stateNode(page, 'Second')).toHaveCount(0);
  // The edge follows the reference: First → Checked → Third.
  await expect(
    canvas(page).locator('.react-flow__edge[data-id="/States/First=>/States/Checked#next"]'),
  ).toHaveCount(1);
  await expect(
    canvas(page).locator('.react-flow__edge[data-id="/States/Checked=>/States/Third#next"]'),
  ).toHaveCount(1);
  expect(await documentText(page)).toBe(CHAIN.replace(/Second/g, 'Checked'));
  await screenshot(page, 'rename-in-code');
});

test('deleting a state on the canvas updates the code and reconnects its neighbours', async ({
  page,
  server,
}) => {
  await openDesigner(page, server.url);
  await stateNode(page, 'Second').click();
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('Second');
  await page.keyboard.press('Delete');
  await waitForViews(page);
  await expect(stateNode(page, 'Second')).toHaveCount(0);
  const def = await documentJson(page);
  expect(Object.keys(def.States as object)).toEqual(['First', 'Third']);
  expect((def.States as Record<string, Record<string, unknown>>).First.Next).toBe('Third');
  // Only the deleted state's text changed: the rest keeps its formatting.
  expect(await documentText(page)).toBe(
    CHAIN.replace(/"Next": "Second"/, '"Next": "Third"').replace(
      /\n {4}"Second": \{\n[^}]*\},/,
      '',
    ),
  );
  await expect(page.locator('.code-editor')).not.toContainText('"Second"');
  await screenshot(page, 'delete-on-canvas');
});

test('broken JSON keeps the last good canvas and marks the error in place', async ({
  page,
  server,
}) => {
  await openDesigner(page, server.url);
  await cursorAtLineEnd(page, '"Type": "Succeed"');
  await page.keyboard.type(' ,,, oops');
  await waitForViews(page);
  await expect(canvas(page).getByRole('status')).toContainText('syntax error');
  // The canvas still shows every state of the last valid version.
  for (const name of ['First', 'Second', 'Third'])
    await expect(stateNode(page, name)).toBeVisible();
  // The error is marked in the editor and listed in Problems with its line.
  await expect(page.locator('.code-editor .squiggly-error').first()).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.locator('.problem.error').first()).toContainText('Ln 14');
  // Canvas edits wait for valid text instead of guessing.
  await stateNode(page, 'Second').click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert').filter({ hasText: 'Fix the syntax error' })).toBeVisible();
  expect(await documentText(page)).toContain('oops');
  await screenshot(page, 'broken-json');
});

test('one undo history across the canvas and the code', async ({ page, server }) => {
  await openDesigner(page, server.url);
  const isMac = process.platform === 'darwin';
  const mod = isMac ? 'Meta' : 'Control';
  // 1. Delete on the canvas.
  await stateNode(page, 'Second').click();
  await page.keyboard.press('Delete');
  await waitForViews(page);
  const afterDelete = await documentText(page);
  expect(afterDelete).not.toContain('"Second"');
  // 2. Type in the code.
  await cursorAtLineEnd(page, '"Comment": "A chain of three"');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'three'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('four');
  await waitForViews(page);
  const afterTyping = await documentText(page);
  expect(afterTyping).toContain('A chain of four');
  // 3. Undo in the code (Monaco routes Ctrl+Z to the shared history): the typing goes.
  await page.keyboard.press(`${mod}+z`);
  await waitForViews(page);
  expect(await documentText(page)).toBe(afterDelete);
  // 4. Undo again, still in the code: the canvas deletion goes, and the canvas follows.
  await page.keyboard.press(`${mod}+z`);
  await waitForViews(page);
  expect(await documentText(page)).toBe(CHAIN);
  await expect(stateNode(page, 'Second')).toBeVisible();
  // 5. Redo from the canvas: the deletion comes back; then the typing.
  await canvas(page)
    .locator('.react-flow__pane')
    .click({ position: { x: 30, y: 30 } });
  await page.keyboard.press(`${mod}+Shift+z`);
  await waitForViews(page);
  expect(await documentText(page)).toBe(afterDelete);
  await expect(stateNode(page, 'Second')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await waitForViews(page);
  expect(await documentText(page)).toBe(afterTyping);
  await screenshot(page, 'undo-redo');
});
