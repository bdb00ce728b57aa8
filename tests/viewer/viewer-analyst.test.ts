/**
 * The analyst tools in a real browser (Debian Chromium via playwright-core) on the hand-written graph:
 * shortest path with and without MENTIONS (hops, evidence, drawing, URL), expand/collapse restoring the
 * view exactly, communities as a colour mode with its legend, saved views (save, list, restore, delete).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { COMMUNITY_COLORS } from '../../viewer/src/analyst/communities.ts';
import { PATH_EDGE_COLOR } from '../../viewer/src/analyst/reducers.ts';
import { DIMMED_EDGE_COLOR, NODE_COLORS } from '../../viewer/src/defaults.ts';
import { analystSnapshot, ORPHAN } from './analyst-fixture.ts';
import { launchBrowser, openViewer, watchErrors } from './harness.ts';
import { countColouredPixels, drawnNodes, edgeDisplay, nodeDisplay } from './page-helpers.ts';
import { serveSnapshot } from './static-server.ts';

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveSnapshot(analystSnapshot());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  errors = watchErrors(page);
  await openViewer(page, server.url);
});

/** Selects a node the way a keyboard user does: "/" then its name then Enter. */
async function selectByKeyboard(name: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.press('Control+A'); // the box still holds the previous name
  await page.keyboard.type(name);
  await page.waitForSelector('#search-results li[role=option]');
  await page.keyboard.press('Enter');
}

async function press(testId: string): Promise<void> {
  await page.locator(`[data-testid=${testId}]`).focus();
  await page.keyboard.press('Enter');
}

const hopNodes = () => page.$$eval('[data-testid=path-result] .path-hop', (items) => items.map((li) => [li.getAttribute('data-from'), li.getAttribute('data-to')]));
const drawnEdges = () => page.evaluate(() => {
  const { graph, sigma } = window.newsgraph!;
  return graph.edges().filter((e) => !sigma.getEdgeDisplayData(e)?.hidden).sort();
});
const hashParams = () => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));

describe('analyst tools', { timeout: 90_000 }, () => {
  it('finds the shortest path between two selected nodes, each hop with its evidence, drawn over the graph', async () => {
    await selectByKeyboard('Matt Garman');
    await press('path-from');
    await selectByKeyboard('France');
    await press('path-to');
    await page.waitForSelector('[data-testid=path-result] .path-hop');
    expect(await hopNodes()).toEqual([['person:matt-garman', 'company:aws'], ['company:aws', 'company:amazon'], ['company:amazon', 'country:fr']]);
    const text = await page.locator('[data-testid=path-result]').innerText();
    expect(text).toContain('3 hops');
    expect(text).toContain('Matt Garman, chef d’Amazon Web Services (AWS).');
    expect(text).toContain('Amazon Web Services (AWS), the cloud unit of Amazon.');
    expect(text).toContain('Amazon a annoncé qu’il investirait plus de 1,2 milliard d’euros en France.');
    expect(text).toContain('Amazon investit 1,2 milliard d’euros en France'); // the article of that sentence
    // The relations of the path are drawn dark and thick, the others dimmed; the path's nodes keep their labels.
    for (const e of ['r5', 'r4', 'r1']) expect((await edgeDisplay(page, e))?.color).toBe(PATH_EDGE_COLOR);
    expect((await edgeDisplay(page, 'r7'))?.color).toBe(DIMMED_EDGE_COLOR);
    expect((await nodeDisplay(page, 'company:aws'))?.forceLabel).toBe(true);
    await page.waitForFunction(() => location.hash.includes('pf=person%3Amatt-garman') && location.hash.includes('pt=country%3Afr'));
    // A hop's relation opens its details.
    await page.locator('[data-testid=path-result] button[data-edge=r4]').click();
    await page.waitForFunction(() => location.hash.includes('sel=e%3Ar4'));
    expect(errors).toEqual([]);
  });

  it('goes through articles only when "Through articles (MENTIONS)" is ticked, and shows them', async () => {
    await page.goto(`${server.url}/#pf=${encodeURIComponent(ORPHAN)}&pt=company%3Amicrosoft`);
    await page.waitForFunction(() => window.newsgraph?.ready === true);
    await page.waitForSelector('[data-testid=path-none]');
    expect(await page.locator('[data-testid=path-none]').innerText()).toMatch(/No path through relations alone/);
    expect((await nodeDisplay(page, 'a3'))?.hidden).toBe(true);
    await page.locator('[data-testid=path-mentions]').focus();
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-testid=path-result] .path-hop');
    expect(await hopNodes()).toEqual([[ORPHAN, 'a3'], ['a3', 'company:microsoft']]);
    expect(await page.locator('[data-testid=path-result]').innerText()).toContain('2 hops');
    // The article on the path is drawn although articles are hidden by the legend.
    expect((await nodeDisplay(page, 'a3'))?.hidden).toBe(false);
    expect((await edgeDisplay(page, 'm-orphan'))?.color).toBe(PATH_EDGE_COLOR);
    await page.waitForFunction(() => location.hash.includes('pm=1'));
    // Swap, then clear.
    await press('path-swap');
    await page.waitForFunction(() => location.hash.includes('pf=company%3Amicrosoft'));
    expect(await hopNodes()).toEqual([['company:microsoft', 'a3'], ['a3', ORPHAN]]);
    await press('path-clear');
    await page.waitForFunction(() => !location.hash.includes('pf='));
    expect((await nodeDisplay(page, 'a3'))?.hidden).toBe(true);
    expect(errors).toEqual([]);
  });

  it('expands a node’s neighbourhood past the filters, and collapsing restores the view exactly', async () => {
    // Hide people and regions: Matt Garman and Incheon leave the screen.
    await page.locator('[data-testid=legend] button[data-type=Person]').click();
    await page.locator('[data-testid=legend] button[data-type=Region]').click();
    await page.keyboard.press('Escape');
    const nodesBefore = (await drawnNodes(page)).sort();
    const edgesBefore = await drawnEdges();
    expect(nodesBefore).not.toContain('person:matt-garman');

    await selectByKeyboard('Amazon Web Services');
    await press('expand-toggle');
    await page.waitForFunction(() => location.hash.includes('exp=company%3Aaws'));
    expect(await page.getAttribute('[data-testid=expand-toggle]', 'aria-pressed')).toBe('true');
    expect((await nodeDisplay(page, 'person:matt-garman'))?.hidden).toBe(false);
    expect((await edgeDisplay(page, 'r5'))?.hidden).toBe(false);
    expect(await page.locator('[data-testid=expanded-list]').innerText()).toContain('Amazon Web Services');

    // Nested: Matt Garman was shown only by that expansion; expand him too, then collapse AWS from the list.
    await selectByKeyboard('Matt Garman');
    await press('expand-toggle');
    await page.waitForFunction(() => location.hash.includes('exp=person%3Amatt-garman'));
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=expanded-list] button[data-node="company:aws"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !location.hash.includes('exp='));
    expect((await drawnNodes(page)).sort()).toEqual(nodesBefore);
    expect(await drawnEdges()).toEqual(edgesBefore);
    expect(errors).toEqual([]);
  });

  it('colours nodes by Louvain community, with a legend, kept in the URL', async () => {
    const orange = COMMUNITY_COLORS[1]!;
    expect(await countColouredPixels(page, orange, 30)).toBe(0);
    await page.locator('[data-testid=color-community]').check();
    await page.waitForFunction(() => location.hash.includes('color=community'));
    const communities = await page.evaluate(() => {
      const c = window.newsgraph!.analyst.communities();
      return c.list.map((x) => ({ members: x.members, color: x.color }));
    });
    expect(communities.length).toBeGreaterThanOrEqual(2);
    for (const c of communities) {
      for (const m of c.members) expect((await nodeDisplay(page, m))?.color).toBe(c.color);
    }
    expect(new Set(communities.map((c) => c.color)).size).toBe(communities.length);
    const legend = page.locator('[data-testid=community-legend] button[data-community]');
    expect(await legend.count()).toBe(communities.length);
    expect(await legend.first().innerText()).toContain(String(communities[0]!.members.length));
    // The canvas really draws the new colours.
    expect(await countColouredPixels(page, orange, 30)).toBeGreaterThan(20);
    // A reload on the URL keeps the mode; back to types restores the type colours.
    await page.reload();
    await page.waitForFunction(() => window.newsgraph?.ready === true);
    expect((await nodeDisplay(page, communities[1]!.members[0]!))?.color).toBe(communities[1]!.color);
    await page.locator('[data-testid=color-type]').check();
    await page.waitForFunction(() => !location.hash.includes('color='));
    expect((await nodeDisplay(page, 'company:amazon'))?.color).toBe(NODE_COLORS.Company);
    expect(await page.locator('[data-testid=community-legend] button').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('saves named views, lists them, restores one with a click and deletes it', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.locator('[data-testid=legend] button[data-type=Country]').click();
    await page.locator('[data-testid=color-community]').check();
    await page.waitForFunction(() => location.hash.includes('color=community'));
    await selectByKeyboard('Matt Garman');
    await press('path-from');
    await selectByKeyboard('Microsoft');
    await press('path-to');
    await page.waitForSelector('[data-testid=path-result] .path-hop');
    await page.waitForFunction(() => location.hash.includes('pt='));
    const saved = await hashParams();
    await page.locator('[data-testid=view-name]').fill('Garman to Microsoft');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=saved-views] a[data-view="Garman to Microsoft"]');

    // Reset everything, reload: the list is still there (localStorage); the view is gone from the page.
    await page.click('#reset-view');
    await page.waitForFunction(() => !location.hash.includes('pf='));
    await page.goto(server.url);
    await page.waitForFunction(() => window.newsgraph?.ready === true);
    expect(await page.locator('[data-testid=path-result] .path-hop').count()).toBe(0);
    const link = page.locator('[data-testid=saved-views] a[data-view="Garman to Microsoft"]');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=path-result] .path-hop');
    await page.waitForFunction(() => location.hash.includes('color=community'));
    const restored = await hashParams();
    for (const key of ['hn', 'color', 'pf', 'pt', 'sel']) expect(restored[key]).toBe(saved[key]);
    expect(await page.evaluate(() => [...window.newsgraph!.store.state.hiddenNodeTypes].sort())).toEqual(['Article', 'Country']);
    expect(await hopNodes()).toEqual([['person:matt-garman', 'company:aws'], ['company:aws', 'company:amazon'], ['company:amazon', 'company:microsoft']]);
    // The skip link's in-page anchor is not a view: following it keeps the restored state.
    await page.locator('a.skip').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    expect(await page.evaluate(() => window.newsgraph!.store.state.analyst.pathTo)).toBe('company:microsoft');

    // A second view, then delete the first.
    await page.locator('[data-testid=view-name]').fill('Second');
    await press('view-save');
    expect(await page.$$eval('[data-testid=saved-views] a', (as) => as.map((a) => a.textContent))).toEqual(['Garman to Microsoft', 'Second']);
    await page.locator('[data-testid=saved-views] button[aria-label="Delete the view Garman to Microsoft"]').click();
    expect(await page.$$eval('[data-testid=saved-views] a', (as) => as.map((a) => a.textContent))).toEqual(['Second']);
    expect(errors).toEqual([]);
  });
});
