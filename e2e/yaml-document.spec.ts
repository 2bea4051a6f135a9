import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './support/serveTest';
import {
  canvas,
  documentText,
  dragNewState,
  edgeMidpoint,
  fit,
  openDesigner,
  screenshot,
  stateNode,
  waitForViews,
} from './support/designer';

const ORDER = `# Order workflow: these comments must survive every canvas edit.
Comment: Takes an order from validation to shipping
StartAt: Validate
States:
  # Checks the order before any money moves.
  Validate:
    Type: Pass
    Next: Charge
  Charge:
    Type: Task # the payment call
    Resource: arn:aws:states:::lambda:invoke
    Parameters:
      FunctionName: charge-card
    Next: Ship
  Ship:
    Type: Succeed
`;

test.use({ definition: ORDER, fileName: 'order.asl.yaml' });

test('a YAML definition keeps its comments and layout through canvas edits, undo and save', async ({
  page,
  server,
}) => {
  await openDesigner(page, server.url);
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toContainText('YAML');
  for (const name of ['Validate', 'Charge', 'Ship'])
    await expect(stateNode(page, name)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Code' })).toContainText('# Checks the order');

  // Delete on the canvas: the block goes, Validate leads to Ship, every comment stays.
  await stateNode(page, 'Charge').click();
  await page.keyboard.press('Delete');
  await waitForViews(page);
  const afterDelete = await documentText(page);
  expect(afterDelete).toBe(`# Order workflow: these comments must survive every canvas edit.
Comment: Takes an order from validation to shipping
StartAt: Validate
States:
  # Checks the order before any money moves.
  Validate:
    Type: Pass
    Next: Ship
  Ship:
    Type: Succeed
`);

  // Drop a Wait on the edge Validate → Ship: inserted between them, in YAML, comments intact.
  await fit(page);
  await dragNewState(page, 'Wait', await edgeMidpoint(page, '/States/Validate=>/States/Ship#next'));
  await expect(stateNode(page, 'Wait')).toBeVisible();
  const afterDrop = await documentText(page);
  const value = parse(afterDrop) as { States: Record<string, Record<string, unknown>> };
  expect(value.States.Validate.Next).toBe('Wait');
  expect(value.States.Wait).toMatchObject({ Type: 'Wait', Next: 'Ship' });
  expect(afterDrop).toContain('# Order workflow: these comments must survive every canvas edit.\n');
  expect(afterDrop).toContain('  # Checks the order before any money moves.\n  Validate:\n');
  expect(afterDrop.trimStart().startsWith('{')).toBe(false);
  await expect(
    canvas(page).locator('.react-flow__edge[data-id="/States/Wait=>/States/Ship#next"]'),
  ).toHaveCount(1);
  await screenshot(page, 'yaml-canvas-edits');

  // Two undos give back the file exactly as it was written.
  await page.getByRole('button', { name: 'Undo' }).click();
  await waitForViews(page);
  expect(await documentText(page)).toBe(afterDelete);
  await page.getByRole('button', { name: 'Undo' }).click();
  await waitForViews(page);
  expect(await documentText(page)).toBe(ORDER);

  // Redo both and save: the file on disk is the YAML the editor shows.
  await page.getByRole('button', { name: 'Redo' }).click();
  await waitForViews(page);
  await page.getByRole('button', { name: 'Redo' }).click();
  await waitForViews(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Unsaved changes')).toHaveCount(0);
  expect(path.basename(server.file!)).toBe('order.asl.yaml');
  expect(readFileSync(server.file!, 'utf8')).toBe(afterDrop);
});
