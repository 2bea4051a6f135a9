import { parse } from 'yaml';
import { expect, test } from './support/serveTest';
import {
  collectPageErrors,
  documentText,
  openDesigner,
  screenshot,
  stateNode,
  waitForViews,
} from './support/designer';

const ORDER = `Comment: Takes an order to payment
StartAt: Charge
States:
  Charge:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Parameters:
      FunctionName: charge-card
    Next: Ship
  Ship:
    Type: Succeed
`;

test.use({ definition: ORDER, fileName: 'order.asl.yaml' });

test('the YAML code editor completes keys and enum values from the ASL schema and shows its descriptions on hover', async ({
  page,
  server,
}) => {
  const errors = collectPageErrors(page);
  await openDesigner(page, server.url);
  await expect(stateNode(page, 'Charge')).toBeVisible();
  const suggestions = page.locator('.code-editor-overflow .suggest-widget .monaco-list-row');

  // A new line inside the Task: the start of a key, and the Task's own fields are offered.
  await page
    .locator('.code-editor .view-line', { hasText: 'Resource: arn:aws:states:::lambda:invoke' })
    .click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Time');
  await page.keyboard.press('Control+Space');
  await expect(suggestions.filter({ hasText: 'TimeoutSeconds' }).first()).toBeVisible();
  await expect(suggestions.filter({ hasText: 'HeartbeatSeconds' })).toHaveCount(0);
  await expect(
    page.locator('.code-editor-overflow .suggest-widget .monaco-list-row.focused'),
  ).toContainText('TimeoutSeconds');
  await page.keyboard.press('Enter');
  await page.keyboard.type('30');
  await waitForViews(page);
  expect(await documentText(page)).toContain(
    '    Resource: arn:aws:states:::lambda:invoke\n    TimeoutSeconds: 30\n',
  );

  // A new state: after `Type: ` the schema's state types are offered.
  await page.locator('.code-editor .view-line', { hasText: 'Type: Succeed' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // Back to the states' indentation, whatever the editor kept.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('  Audit:');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('    Type: ');
  for (const type of ['Pass', 'Task', 'Choice', 'Parallel', 'Map'])
    await expect(suggestions.filter({ hasText: type }).first()).toBeVisible();
  await page.keyboard.type('Succ');
  await expect(
    page.locator('.code-editor-overflow .suggest-widget .monaco-list-row.focused'),
  ).toContainText('Succeed');
  await expect(page.locator('.code-editor-overflow .suggest-widget')).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'yaml-code-assist');
  await page.keyboard.press('Enter');
  await waitForViews(page);
  const value = parse(await documentText(page)) as {
    States: Record<string, Record<string, unknown>>;
  };
  expect(value.States.Charge.TimeoutSeconds).toBe(30);
  expect(value.States.Audit).toEqual({ Type: 'Succeed' });

  // Hover over a key: its description from the schema.
  const startAt = page.locator('.code-editor .view-line', { hasText: 'StartAt: Charge' });
  const box = await startAt.boundingBox();
  if (!box) throw new Error('no StartAt line');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  const hover = page
    .locator('.code-editor-overflow .monaco-hover')
    .filter({ hasText: 'must exactly match' });
  await expect(hover).toBeVisible();
  await expect(hover).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'yaml-code-hover');

  expect(errors).toEqual([]);
});
