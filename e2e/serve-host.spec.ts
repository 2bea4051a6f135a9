/**
 * The browser host, end to end in Chromium through `asl-studio serve`: the page runs under the
 * CSP with no violation, takes its token out of the address bar into sessionStorage, survives a
 * reload, and another origin, or a tab without the token, cannot use the API.
 */
import { expect, test } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServe, tempDir, type ServeProcess } from './support/serve';

const built = existsSync(path.join(REPO_ROOT, 'out', 'renderer', 'index.html'));
test.skip(!built, 'needs the built designer: run `npm run build` first');
test.skip(
  !existsSync('/usr/bin/chromium'),
  'needs Debian chromium at /usr/bin/chromium (apt-get install -y chromium)',
);

let serve: ServeProcess;
let file: string;

test.beforeAll(async () => {
  const work = tempDir('serve-host');
  file = path.join(work, 'hello.asl.json');
  writeFileSync(
    file,
    JSON.stringify({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', End: true } } }, null, 2),
  );
  serve = await startServe({ file, cwd: work });
});
test.afterAll(async () => serve?.stop());

test('the page loads under the CSP, keeps its token in sessionStorage, and opens serve FILE', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const apiStatuses: number[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiStatuses.push(r.status());
  });
  const response = await page.goto(serve.url);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Canvas' }).getByLabel('Hello', { exact: true }),
  ).toBeVisible();
  expect(new URL(page.url()).searchParams.get('token')).toBeNull();
  const token = new URL(serve.url).searchParams.get('token');
  expect(await page.evaluate(() => sessionStorage.getItem('asl-studio-token'))).toBe(token);
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Canvas' }).getByLabel('Hello', { exact: true }),
  ).toBeVisible();
  expect(apiStatuses.length).toBeGreaterThan(0);
  expect(apiStatuses.every((s) => s === 200)).toBe(true);
  expect(violations).toEqual([]);
});

test('another origin cannot call the API, and neither can a tab without the token', async ({
  page,
  context,
}) => {
  const origin = new URL(serve.url).origin;
  // A page on another origin (a data: URL is an opaque origin) trying the API with a guessed token.
  await page.goto('data:text/html,<title>elsewhere</title>');
  const fromElsewhere = await page.evaluate(async (api) => {
    try {
      const r = await fetch(`${api}/api/recentList`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-asl-studio-token': 'guess' },
        body: '{}',
      });
      return `status ${r.status}`;
    } catch (error) {
      return `blocked: ${(error as Error).message}`;
    }
  }, origin);
  expect(fromElsewhere).not.toBe('status 200');

  // Same origin, but a fresh tab opened without ?token=: the API answers 403.
  const tab = await context.newPage();
  await tab.goto(`${origin}/`);
  const status = await tab.evaluate(async () => {
    const r = await fetch('/api/recentList', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return r.status;
  });
  expect(status).toBe(403);
});
