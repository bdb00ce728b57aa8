/**
 * The review panel in a real browser against the real `newsgraph serve --allow-writes`: the queue with
 * evidence side by side, one key per decision (m merge, s skip, u undo, r reject), the graph on screen
 * following each decision, and undo giving back the same export byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fixtureSnapshot } from './fixture.ts';
import { launchBrowser, openViewer, startServe, tempDir, watchErrors, writeDb, type RunningServer } from './harness.ts';

/** The fixture plus a duplicate of Amazon ("AMAZON INC": the same name up to case and suffix). */
function snapshotWithDuplicate() {
  const s = fixtureSnapshot();
  s.nodes.push({ key: 'company:amazon-inc', attributes: { type: 'Company', id: 'company:amazon-inc', name: 'AMAZON INC', aliases: [], mentions: 1, articles: ['a3'] } });
  s.edges.push({ key: 'm-dup', source: 'a3', target: 'company:amazon-inc', attributes: { type: 'MENTIONS', articles: ['a3'], evidence: ['AMAZON INC a confirmé sa venue au sommet.'], confidence: 1 } });
  s.edges.push({ key: 'r-dup', source: 'company:amazon-inc', target: 'program:choose-france', attributes: { type: 'ANNOUNCED_AT', articles: ['a3'], evidence: ['AMAZON INC a fait son annonce au sommet Choose France.'], confidence: 0.9 } });
  return s;
}

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let cleanup: () => void;

const exportJson = () => page.evaluate(async () => (await fetch('/api/export?format=json')).text());
const hasNode = (key: string) => page.evaluate((k) => window.newsgraph!.graph.hasNode(k), key);
/** expect.poll with the page's patience (its default second is too short for a save on a loaded machine). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const current = () => page.locator('[data-testid="review-list"] [aria-current="true"]').getAttribute('data-id');

beforeAll(async () => {
  const tmp = tempDir('newsgraph-review-');
  cleanup = tmp.cleanup;
  const db = writeDb(tmp.dir, snapshotWithDuplicate());
  server = await startServe(db, ['--allow-writes']);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
  errors = watchErrors(page);
  await openViewer(page, server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cleanup?.();
});

describe('review panel', { timeout: 90_000 }, () => {
  it('lists the queue, shows both sides with their evidence, and merges with m', async () => {
    const before = await exportJson();
    await page.getByTestId('review-toggle').click();
    await page.locator('[data-testid="review-list"] [aria-current="true"]').waitFor({ state: 'attached' }); // the queue is fetched
    await poll(() => current()).toBe('duplicate:company:amazon|company:amazon-inc');
    const sides = page.getByTestId('review-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(1).innerText()).toContain('AMAZON INC a confirmé sa venue au sommet.');
    expect(await sides.nth(1).innerText()).toContain('Microsoft et Amazon au sommet Choose France'); // the article's title
    // the live feed sends each decision to every open viewer as changes; the page itself never reloads
    await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
    await page.waitForFunction(() => window.newsgraphLive?.connected === true);
    const batches = () => page.evaluate(() => window.newsgraphLive!.batches);
    const notReloaded = () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
    const b0 = await batches();
    await page.keyboard.press('m');
    await poll(() => hasNode('company:amazon-inc')).toBe(false);
    await poll(batches).toBeGreaterThan(b0);
    expect(await page.evaluate(() => window.newsgraph!.graph.getNodeAttribute('company:amazon', 'aliases'))).toContain('AMAZON INC');
    expect(await page.evaluate(() => window.newsgraph!.graph.hasEdge('ANNOUNCED_AT|company:amazon|program:choose-france'))).toBe(true);
    await poll(() => page.getByTestId('review-status').innerText()).toMatch(/Merge AMAZON INC into Amazon \(operation 1\)/);
    expect(await exportJson()).not.toBe(before);
    await poll(() => page.locator('[data-id="duplicate:company:amazon|company:amazon-inc"]').count()).toBe(0); // the queue is fetched again

    // u: undo — the graph on screen and the server's export are as before the merge, byte for byte
    const b1 = await batches();
    await page.keyboard.press('u');
    await poll(() => hasNode('company:amazon-inc')).toBe(true);
    await poll(batches).toBeGreaterThan(b1);
    expect(await notReloaded()).toBe(true);
    // …and reached the viewer as a change set, not as a replaced graph fetched again
    expect(await page.evaluate(() => window.newsgraphLive!.refreshes)).toBe(0);
    expect(await page.getByTestId('review').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.newsgraph!.graph.getNodeAttribute('company:amazon', 'aliases'))).not.toContain('AMAZON INC');
    expect(await exportJson()).toBe(before);
    await poll(() => current()).toBe('duplicate:company:amazon|company:amazon-inc');
  });

  it('s skips, r rejects the item on screen, and the log keeps who decided', async () => {
    // typed key by key: "a" is also the accept shortcut, which must not fire while the name box has focus
    const name = page.getByRole('textbox', { name: /Your name/ });
    await name.fill('');
    await name.pressSequentially('ana');
    await name.press('Tab');
    expect(await name.inputValue()).toBe('ana');
    const first = await current();
    await page.keyboard.press('s');
    await poll(() => current()).not.toBe(first);
    // walk to an item with a reject action
    for (let i = 0; i < 20 && !(await page.locator('.review-actions [data-key="r"]').count()); i++) await page.keyboard.press('s');
    const id = (await current())!;
    expect(id).toMatch(/^(weak-relation|seen-once|conflicting-amounts):/);
    await page.keyboard.press('r');
    await poll(() => page.locator(`[data-id="${id}"]`).count()).toBe(0);
    const log = await page.evaluate(async () => (await (await fetch('/api/curate/log')).json()) as { operations: Array<{ op: string; by: string; undone: boolean }> });
    expect(log.operations.map((o) => [o.op, o.by, o.undone])).toEqual([['merge', 'viewer', true], ['undo', 'viewer', false], ['reject', 'ana', false]]);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('review').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});
