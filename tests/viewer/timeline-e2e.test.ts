/**
 * The viewer's timeline (issue 11) end to end: the real CLI ingests three dated articles (a CEO who is
 * replaced, an amount that is revised), the real `newsgraph serve` serves them, Chromium moves the
 * as-of slider, plays the replay and turns on "what changed".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openViewer, ROOT, startServe, tempDir, watchErrors, type RunningServer } from './harness.ts';
import { drawnNodes, edgeDisplay, nodeDisplay } from './page-helpers.ts';
import { CHANGE_COLORS } from '../../viewer/src/timeline/changes.ts';

const CARTER = 'ROLE_AT|person:john-carter|company:acme-robotics';
const JONES = 'ROLE_AT|person:mary-jones|company:acme-robotics';
const INV_12 = 'INVESTS_IN|company:acme-robotics|country:fr|1200000000EUR';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let cleanup: () => void;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const db = join(tmp.dir, 'graph.json');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/newsgraph.js'), 'ingest', join(ROOT, 'tests/time/fixtures'), '--db', db, '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`ingest failed: ${run.stderr}`);
  server = await startServe(db);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(15_000);
  errors = watchErrors(page);
  await openViewer(page, server.url);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cleanup?.();
});

const visibleEdges = () => page.evaluate(() => [...window.newsgraph!.visibility().edges].filter((e) => window.newsgraph!.graph.getEdgeAttribute(e, 'type') !== 'MENTIONS').sort());
const setSlider = (testId: string, value: number) => page.$eval(`[data-testid=${testId}]`, (input, v) => {
  (input as HTMLInputElement).value = String(v);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}, value);

describe('viewer timeline', { timeout: 90_000 }, () => {
  it('shows the graph as of a date with the same rule as the CLI', async () => {
    expect(await page.$eval('[data-testid=as-of]', (i) => (i as HTMLInputElement).max)).toBe('3');
    await setSlider('as-of', 0);
    await expect(page.textContent('[data-testid=as-of-label]')).resolves.toBe('1 Mar 2024');
    const first = await visibleEdges();
    expect(first).toContain(CARTER);
    expect(first).toContain(INV_12);
    expect(first).not.toContain(JONES);
    await setSlider('as-of', 2);
    const later = await visibleEdges();
    expect(later).toContain(JONES);
    expect(later).not.toContain(CARTER);
    expect(later).not.toContain(INV_12);
    expect((await nodeDisplay(page, 'person:john-carter'))?.hidden).toBe(false); // still named by an article by then
    const res = await fetch(`${server.url}/api/graph?asOf=2025-02-01`);
    const snap = await res.json() as { edges: Array<{ key: string; attributes: { type: string } }> };
    expect(snap.edges.filter((e) => e.attributes.type !== 'MENTIONS').map((e) => e.key).sort()).toEqual(later);
    await setSlider('as-of', 3);
    await expect(page.textContent('[data-testid=as-of-label]')).resolves.toBe('now (everything)');
  });

  it('replays article date by article date without moving the nodes', async () => {
    const positions = () => page.evaluate(() => window.newsgraph!.graph.mapNodes((k, a) => `${k}:${a.x.toFixed(6)},${a.y.toFixed(6)}`).join(';'));
    const before = await positions();
    await page.click('[data-testid=as-of-play]');
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const label = await page.textContent('[data-testid=as-of-label]');
      seen.add(`${label}|${(await drawnNodes(page)).length}`);
      if ((await page.textContent('[data-testid=as-of-play]'))?.includes('Play') && i > 0) break;
      await page.waitForTimeout(150);
    }
    const labels = new Set([...seen].map((s) => s.split('|')[0]));
    expect(labels.has('1 Mar 2024')).toBe(true);
    expect(labels.has('10 Sept 2024') || labels.has('10 Sep 2024')).toBe(true);
    expect(labels.has('1 Feb 2025')).toBe(true);
    expect(await positions()).toBe(before);
  });

  it('"what changed" colours new, closed and changed relations between two dates', async () => {
    await setSlider('as-of', 3);
    await setSlider('since', 0);
    await page.check('[data-testid=what-changed]');
    await page.waitForFunction(() => /\d+ new, \d+ closed/.test(document.querySelector('[data-testid=changes-status]')?.textContent ?? ''));
    expect((await edgeDisplay(page, JONES))?.color).toBe(CHANGE_COLORS.added);
    expect(await edgeDisplay(page, CARTER)).toMatchObject({ hidden: false, color: CHANGE_COLORS.closed });
    expect(await edgeDisplay(page, INV_12)).toMatchObject({ hidden: false, color: CHANGE_COLORS.closed });
    expect((await nodeDisplay(page, 'person:mary-jones'))?.color).toBe(CHANGE_COLORS.added);
    await page.uncheck('[data-testid=what-changed]');
    await page.waitForFunction((c) => window.newsgraph!.sigma.getEdgeDisplayData(c)?.color !== '#dc2626', CARTER);
    expect(errors).toEqual([]);
  });
});
