import { expect, test } from '@playwright/test';
import {
  canvas,
  centre,
  fit,
  documentJson,
  dragNewState,
  edgeMidpoint,
  openDesigner,
  screenshot,
  stateNode,
} from './support/designer';
import { startServe, type ServeProcess } from './support/serve';

let server: ServeProcess;
test.beforeAll(async () => {
  server = await startServe();
});
test.afterAll(async () => {
  await server?.stop();
});

test('builds a workflow from a blank document by dragging only', async ({ page }) => {
  await openDesigner(page, server.url);
  await expect(stateNode(page, 'Start')).toBeVisible();

  // Task on the edge Start → End: inserted between them.
  await fit(page);
  await dragNewState(page, 'Task', await edgeMidpoint(page, '/States/Start=>end:#end'));
  await expect(stateNode(page, 'Task')).toBeVisible();
  // Choice on the edge Task → End.
  await fit(page);
  await dragNewState(page, 'Choice', await edgeMidpoint(page, '/States/Task=>end:#end'));
  await expect(stateNode(page, 'Choice')).toBeVisible();
  // Parallel onto the Choice: its first rule leads there. Map onto the Choice: a second rule.
  await fit(page);
  await dragNewState(page, 'Parallel', await centre(stateNode(page, 'Choice')));
  await expect(stateNode(page, 'Parallel')).toBeVisible();
  await fit(page);
  await dragNewState(page, 'Map', await centre(stateNode(page, 'Choice')));
  await expect(stateNode(page, 'Map')).toBeVisible();
  // Fail into the Choice's Default slot.
  await fit(page);
  await dragNewState(page, 'Fail', await centre(canvas(page).locator('.placeholder-node')));
  await expect(stateNode(page, 'Fail')).toBeVisible();
  // A second branch: a Pass dropped on the Parallel's header.
  await fit(page);
  await dragNewState(
    page,
    'Pass',
    await centre(stateNode(page, 'Parallel').locator('.container-header')),
  );
  await expect(stateNode(page, 'Pass')).toBeVisible();
  // Succeed after the Parallel.
  await fit(page);
  await dragNewState(page, 'Succeed', await edgeMidpoint(page, '/States/Parallel=>end:#end'));
  await expect(stateNode(page, 'Succeed')).toBeVisible();

  const def = await documentJson(page);
  const states = def.States as Record<string, Record<string, unknown>>;
  expect(def.StartAt).toBe('Start');
  expect(Object.keys(states).sort()).toEqual([
    'Choice',
    'Fail',
    'Map',
    'Parallel',
    'Start',
    'Succeed',
    'Task',
  ]);
  expect(states.Start.Next).toBe('Task');
  expect(states.Task).toMatchObject({ Type: 'Task', Next: 'Choice' });
  expect(states.Choice.Type).toBe('Choice');
  expect((states.Choice.Choices as { Next: string }[]).map((r) => r.Next)).toEqual([
    'Parallel',
    'Map',
  ]);
  expect(states.Choice.Default).toBe('Fail');
  const branches = states.Parallel.Branches as {
    StartAt: string;
    States: Record<string, unknown>;
  }[];
  expect(branches).toHaveLength(2);
  expect(branches[1]).toMatchObject({
    StartAt: 'Pass',
    States: { Pass: { Type: 'Pass', End: true } },
  });
  expect(states.Parallel.Next).toBe('Succeed');
  expect(states.Map).toMatchObject({ Type: 'Map', End: true });
  expect(states.Succeed.Type).toBe('Succeed');
  expect(states.Fail.Type).toBe('Fail');
  await fit(page);
  await screenshot(page, 'build-by-dragging');
});
