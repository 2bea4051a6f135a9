import { expect, test } from './support/serveTest';
import { collectPageErrors, openDesigner, screenshot, stateNode } from './support/designer';
import { CHAIN } from './support/fixtures';

test.use({ definition: CHAIN });

test('the code editor completes from the ASL schema and state names, with no errors on the page', async ({
  page,
  server,
}) => {
  const errors = collectPageErrors(page);
  await openDesigner(page, server.url);
  await expect(stateNode(page, 'Second')).toBeVisible();

  // A new property inside "Third": the schema offers the Succeed state's fields.
  await page.locator('.code-editor .view-line', { hasText: '"Type": "Succeed"' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"Com');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.code-editor-overflow .suggest-widget .monaco-list-row');
  await expect(suggestions.filter({ hasText: 'Comment' }).first()).toBeVisible();
  // Wholly on screen, beside the cursor (not placed by a panel's corner, off to the right).
  await expect(page.locator('.code-editor-overflow .suggest-widget')).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');

  // A Next value: the machine's own state names are offered.
  await page.locator('.code-editor .view-line', { hasText: '"Next": "Second"' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'Second'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  await expect(suggestions.filter({ hasText: 'Third' }).first()).toBeVisible();
  await screenshot(page, 'code-completion');
  await page.keyboard.press('Escape');

  // The right-click menu, opened near the code panel's right edge: whole, on screen, and drawn
  // with the theme's opaque menu background (it was clipped at the panel's edge).
  const line = page.locator('.code-editor .view-line', { hasText: '"Type": "Pass"' }).first();
  const lineBox = (await line.boundingBox())!;
  await line.click({ button: 'right', position: { x: lineBox.width - 60, y: lineBox.height / 2 } });
  const menu = page.locator('.code-editor-overflow .context-view').first();
  await expect(menu).toContainText('Format Document');
  await expect(menu).toBeInViewport({ ratio: 1 });
  expect(
    await menu
      .locator('.monaco-scrollable-element')
      .first()
      .evaluate((m) => getComputedStyle(m).backgroundColor),
  ).toBe('rgb(255, 255, 255)');
  await page.keyboard.press('Escape');

  expect(errors).toEqual([]);
});
