import type { Page } from '@playwright/test';
import { expect, test } from './support/serveTest';
import {
  canvas,
  centre,
  documentJson,
  edgeMidpoint,
  fit,
  mouseDrag,
  openDesigner,
  screenshot,
  stateNode,
  waitForViews,
} from './support/designer';

const ORDERS = `{
  "StartAt": "Fetch",
  "States": {
    "Fetch": { "Type": "Pass", "Next": "Decide" },
    "Decide": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Store" }],
      "Default": "Give up"
    },
    "Store": { "Type": "Pass", "Next": "Notify" },
    "Notify": { "Type": "Pass", "End": true },
    "Give up": { "Type": "Fail", "Error": "Rejected" }
  }
}
`;

test.use({ definition: ORDERS });

type States = Record<string, Record<string, unknown>>;
const statesOf = async (page: Page) => (await documentJson(page)).States as States;

test('rename in place on the canvas updates every reference', async ({ page, server }) => {
  await openDesigner(page, server.url);
  await stateNode(page, 'Store').locator('.state-node-name').dblclick();
  const input = page.getByRole('textbox', { name: 'Rename Store' });
  await input.fill('Save order');
  await input.press('Enter');
  await waitForViews(page);
  await expect(stateNode(page, 'Save order')).toBeVisible();
  const states = await statesOf(page);
  expect(Object.keys(states)).toEqual(['Fetch', 'Decide', 'Save order', 'Notify', 'Give up']);
  expect((states.Decide.Choices as { Next: string }[])[0].Next).toBe('Save order');
  expect(states['Save order'].Next).toBe('Notify');
});

test('go to state, duplicate, and delete a multiple selection', async ({ page, server }) => {
  await openDesigner(page, server.url);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  // Go to state: part of a name and Enter selects it.
  await page.getByLabel('Go to state').fill('noti');
  await page.getByLabel('Go to state').press('Enter');
  await expect(inspector).toContainText('Notify');
  await expect(stateNode(page, 'Notify')).toHaveClass(/selected/);
  // Duplicate the selection (Ctrl/Cmd+D on the canvas).
  await stateNode(page, 'Notify').click();
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+d' : 'Control+d');
  await waitForViews(page);
  let states = await statesOf(page);
  const copies = Object.keys(states).filter((n) => n !== 'Notify' && n.startsWith('Notify'));
  expect(copies).toHaveLength(1);
  expect(states[copies[0]]).toMatchObject({ Type: 'Pass' });
  await expect(stateNode(page, copies[0])).toBeVisible();
  // Select Fetch and Store together (Shift+click adds) and delete both: neighbours reconnect.
  // (Going to Notify zoomed in on it: fit the machine to see the others again.)
  await fit(page);
  await stateNode(page, 'Fetch').click();
  await stateNode(page, 'Store').click({ modifiers: ['Shift'] });
  await expect(stateNode(page, 'Fetch')).toHaveClass(/selected/);
  await expect(stateNode(page, 'Store')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await waitForViews(page);
  const doc = await documentJson(page);
  states = doc.States as States;
  expect(Object.keys(states)).not.toContain('Fetch');
  expect(Object.keys(states)).not.toContain('Store');
  expect(doc.StartAt).toBe('Decide');
  expect((states.Decide.Choices as { Next: string }[])[0].Next).toBe('Notify');
  await screenshot(page, 'canvas-multi-delete');
});

test('drag a state onto an edge to move it there, and connect states by their handles', async ({
  page,
  server,
}) => {
  await openDesigner(page, server.url);
  await page.getByRole('button', { name: 'Design', exact: true }).click();
  await fit(page);
  // Move Notify between Fetch and Decide: Store now ends where Notify did.
  await mouseDrag(
    page,
    await centre(stateNode(page, 'Notify')),
    await edgeMidpoint(page, '/States/Fetch=>/States/Decide#next'),
  );
  await waitForViews(page);
  let states = await statesOf(page);
  expect(states.Fetch.Next).toBe('Notify');
  expect(states.Notify.Next).toBe('Decide');
  expect(states.Store.End).toBe(true);
  expect(states.Store.Next).toBeUndefined();
  // Connect Store's bottom handle to Give up's top handle: Store leads there instead of ending.
  await fit(page);
  const store = stateNode(page, 'Store');
  await store.hover();
  const from = await centre(store.locator('.react-flow__handle.source'));
  const to = await centre(stateNode(page, 'Give up').locator('.react-flow__handle.target'));
  await mouseDrag(page, from, to);
  await waitForViews(page);
  states = await statesOf(page);
  expect(states.Store.Next).toBe('Give up');
  expect(states.Store.End).toBeUndefined();
  await expect(
    canvas(page).locator('.react-flow__edge[data-id="/States/Store=>/States/Give up#next"]'),
  ).toHaveCount(1);
  await screenshot(page, 'canvas-move-and-connect');
});
