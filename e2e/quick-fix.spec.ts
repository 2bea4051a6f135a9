import { expect, test } from './support/serveTest';
import {
  documentJson,
  documentText,
  openDesigner,
  screenshot,
  waitForViews,
} from './support/designer';

// A Choice without a Default, written compactly: the fix must leave the other lines alone.
const CHOICE = `{
  "Comment": "Pick a path",
  "StartAt": "Pick",
  "States": {
    "Pick": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Done" }]
    },
    "Done": { "Type": "Succeed" }
  }
}
`;

test.use({ definition: CHOICE });

test('a lint finding is fixed from the problems panel and from the code, one undo step each', async ({
  page,
  server,
}) => {
  await openDesigner(page, server.url);
  const problems = page.getByRole('region', { name: 'Problems' });
  const row = problems.locator('li', { hasText: 'choice-default' });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /^Fix: / }).click();
  await waitForViews(page);
  const fixed = (await documentJson(page)) as { States: Record<string, Record<string, unknown>> };
  const target = fixed.States.Pick.Default as string;
  expect(fixed.States[target]).toMatchObject({ Type: 'Fail' });
  const text = await documentText(page);
  expect(text).toContain(
    '"Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Done" }]',
  );
  await expect(problems.locator('li', { hasText: 'choice-default' })).toHaveCount(0);
  await screenshot(page, 'quick-fix-problems');

  // Undo brings the finding back; the light bulb in the code offers the same fix.
  await page.getByRole('button', { name: 'Undo' }).click();
  await waitForViews(page);
  expect(await documentText(page)).toBe(CHOICE);
  await page.locator('.code-editor .view-line', { hasText: '"Pick": {' }).first().click();
  await page.keyboard.press('Control+.');
  const action = page.getByRole('option', { name: /Add a Default/ }).first();
  await expect(action).toBeVisible();
  // The whole menu shows, though the code panel ends right of the light bulb.
  await expect(action).toBeInViewport({ ratio: 0.95 });
  await screenshot(page, 'quick-fix-code-action');
  await action.click();
  await waitForViews(page);
  expect(((await documentJson(page)) as typeof fixed).States.Pick.Default).toBe(target);
});
