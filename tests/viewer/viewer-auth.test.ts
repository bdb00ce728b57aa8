/**
 * The viewer on a `serve --auth TOKEN` server: the page asks for the token once (401 → prompt), keeps it
 * for the tab, and then loads the graph and runs queries with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ingestSeeds, launchBrowser, openViewer, startServe, tempDir, type RunningServer } from './harness.ts';

const TOKEN = 'viewer-test-token-0123456789';
let server: RunningServer;
let browser: Browser;
let cleanup: () => void;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  server = await startServe(ingestSeeds(tmp.dir), ['--auth', TOKEN]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cleanup?.();
});

describe('viewer with --auth', { timeout: 60_000 }, () => {
  it('asks for the token once, then draws the graph and runs a query', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const prompts: string[] = [];
    page.on('dialog', (d) => { prompts.push(d.message()); void d.accept(TOKEN); });
    await openViewer(page, server.url);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/token/i);
    expect(await page.evaluate(() => window.newsgraph!.graph.order)).toBeGreaterThan(10);
    await page.fill('[data-testid=query-input]', 'MATCH (c:Country) RETURN c.name AS name');
    await page.click('[data-testid=query-run]');
    await page.locator('[data-testid=query-results] table').waitFor();
    expect(await page.locator('[data-testid=query-results] tbody tr').count()).toBeGreaterThan(0);
    expect(prompts).toHaveLength(1);
    await page.close();
  });
});
