import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './serve';

/** Where specs keep their screenshots (git ignores it). */
export const SCREENSHOTS = path.join(REPO_ROOT, 'e2e', 'screenshots');

/** Saves a full-window screenshot under e2e/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Collects the page's uncaught errors and console errors from now on, into the returned list. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Opens the designer and waits until the first document has been analysed and laid out. */
export async function openDesigner(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible();
  await waitForViews(page);
}

/** Waits until the analysis has caught up with the text and the canvas shows no node still waiting for layout. */
export async function waitForViews(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = window.__ASL_STUDIO__;
    if (!hook) return false;
    const r = hook.revisions();
    if (r.pendingEdits > 0 || r.analysis !== r.text) return false;
    // Broken text: the canvas keeps the last good version, nothing more to wait for.
    if (r.good !== r.text) return true;
    const view = document.querySelector('.canvas');
    return (
      view?.getAttribute('data-revision') === String(r.text) &&
      view.getAttribute('data-layout') === 'ready'
    );
  });
  await page.waitForFunction(
    () => document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length === 0,
  );
}

/** The document's text as the store holds it. */
export function documentText(page: Page): Promise<string> {
  return page.evaluate(() => window.__ASL_STUDIO__!.text());
}

/** The document parsed as JSON. */
export async function documentJson(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse(await documentText(page)) as Record<string, unknown>;
}

/** The canvas region. */
export function canvas(page: Page): Locator {
  return page.getByRole('region', { name: 'Canvas' });
}

/** A state node on the canvas, by the state's name (its accessible name). */
export function stateNode(page: Page, name: string): Locator {
  return canvas(page).locator(
    `.react-flow__node[data-kind="state"][aria-label="${name.replace(/"/g, '\\"')}"]`,
  );
}

/** The centre of an element, in page coordinates. */
export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The middle of an edge's path, in page coordinates. */
export async function edgeMidpoint(page: Page, edgeId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => {
    const edge = [...document.querySelectorAll('.react-flow__edge')].find(
      (e) => e.getAttribute('data-id') === id,
    );
    const path = edge?.querySelector('path.edge-drop-zone') as SVGPathElement | null;
    if (!path) return null;
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  }, edgeId);
  if (!point) throw new Error(`no edge ${edgeId} on the canvas`);
  return point;
}

/** Drags with the real mouse from one point to another, in small steps, as a person would. */
export async function mouseDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 4, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a state type from the states browser to a point on the canvas, then waits for the views. */
export async function dragNewState(
  page: Page,
  type: string,
  to: { x: number; y: number },
): Promise<void> {
  const item = page
    .getByRole('region', { name: 'States' })
    .getByRole('button', { name: type, exact: true });
  await mouseDrag(page, await centre(item), to);
  await waitForViews(page);
}

/** Fits the whole state machine into view (the toolbar's Fit) and lets the animation finish. */
export async function fit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(400);
}
