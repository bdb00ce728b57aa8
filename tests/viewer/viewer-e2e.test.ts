/**
 * End to end: the real CLI ingests seeds/, the real `newsgraph serve` serves the graph, the HTTP API and
 * the viewer, and Debian's Chromium (playwright-core) uses the page as a newcomer would. Also writes the
 * README's screenshot (docs/screenshot.png).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIMMED_NODE_COLOR, NODE_COLORS } from '../../viewer/src/defaults.ts';
import { ingestSeeds, launchBrowser, openViewer, ROOT, startServe, tempDir, watchErrors, type RunningServer } from './harness.ts';
import { countColouredPixels, downloadFrom, drawnNodes, nodeDisplay, PNG_SIGNATURE } from './page-helpers.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
let cleanup: () => void;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const db = ingestSeeds(tmp.dir);
  server = await startServe(db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cleanup?.();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(15_000);
  errors = watchErrors(page);
  await openViewer(page, server.url);
});

/** Graph key of the first node whose name is `name`. */
const keyOf = (p: Page, name: string) => p.evaluate((n) => window.newsgraph!.graph.findNode((_k, a) => a.name === n) ?? null, name);

describe('newsgraph serve + viewer on the seed graph', { timeout: 60_000 }, () => {
  it('draws the seed graph and writes the screenshot', async () => {
    const drawn = await drawnNodes(page);
    const entities = await page.evaluate(() => window.newsgraph!.graph.filterNodes((_k, a) => a.type !== 'Article').length);
    expect(entities).toBeGreaterThan(10);
    expect(drawn.length).toBe(entities); // every entity drawn, articles hidden by default
    expect(await countColouredPixels(page, NODE_COLORS.Company!)).toBeGreaterThan(200);
    expect(await countColouredPixels(page, NODE_COLORS.Country!)).toBeGreaterThan(100);
    await expect(page.textContent('#top')).resolves.toMatch(/→/);
    // The screenshot a newcomer sees in the README: Amazon selected, its investments and sources open.
    const amazon = await keyOf(page, 'Amazon');
    expect(amazon).not.toBeNull();
    await page.fill('[data-testid=search]', 'Amazon');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=details]').waitFor({ state: 'visible' });
    await page.waitForTimeout(700); // the camera's move to the selection
    await page.evaluate(() => {
      window.newsgraph!.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 });
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await page.waitForTimeout(300);
    // The committed README picture is rewritten only on request (or when missing), so a test run leaves the tree clean.
    const target = join(ROOT, 'docs', 'screenshot.png');
    const write = process.env.NEWSGRAPH_SCREENSHOT === '1' || !existsSync(target);
    const shot = await page.screenshot(write ? { path: target } : {});
    expect(shot.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('finds "Choose France" and shows its details with an evidence sentence and its article', async () => {
    await page.fill('[data-testid=search]', 'choose fr');
    await expect(page.textContent('#search-results')).resolves.toContain('Choose France');
    await page.keyboard.press('Enter');
    const details = page.locator('[data-testid=details]');
    await details.waitFor({ state: 'visible' });
    await expect(details.locator('h2').textContent()).resolves.toContain('Choose France');
    const quotes = (await details.locator('.evidence blockquote').allTextContents()).map((s) => s.trim()).filter((s) => s.length > 20);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => /Choose France/i.test(q))).toBe(true);
    expect(await details.locator('.article-ref').count()).toBeGreaterThan(0);
    const key = await keyOf(page, 'Choose France');
    await page.waitForFunction((k) => location.hash.includes(encodeURIComponent(`n:${k}`)), key);
    expect(errors).toEqual([]);
  });

  it('hides a type from the legend', async () => {
    const country = (await keyOf(page, 'France'))!;
    expect((await nodeDisplay(page, country))!.hidden).toBe(false);
    await page.click('[data-testid=legend] button[data-type=Country]');
    expect((await nodeDisplay(page, country))!.hidden).toBe(true);
    const drawnTypes = await page.evaluate(() => {
      const { graph, sigma } = window.newsgraph!;
      return [...new Set(graph.filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden).map((n) => graph.getNodeAttribute(n, 'type')))];
    });
    expect(drawnTypes).not.toContain('Country');
    expect(drawnTypes).toContain('Company');
    expect(errors).toEqual([]);
  });

  it('runs a Cypher query through /api/query and highlights its result', async () => {
    await page.fill('[data-testid=query-input]', 'MATCH (a)-[r:INVESTS_IN]->(c:Country) RETURN a.name AS investor, c.name AS country, r, a, c');
    await page.click('[data-testid=query-run]');
    const results = page.locator('[data-testid=query-results]');
    await results.locator('table').waitFor();
    const headers = await results.locator('th').allTextContents();
    expect(headers).toEqual(['investor', 'country', 'r', 'a', 'c']);
    const investors = await results.locator('tbody tr td:first-child').allTextContents();
    expect(investors).toContain('Amazon');
    const highlight = await page.evaluate(() => {
      const h = window.newsgraph!.store.state.highlight!;
      return { nodes: [...h.nodes], edges: [...h.edges] };
    });
    const amazon = (await keyOf(page, 'Amazon'))!;
    expect(highlight.nodes).toContain(amazon);
    expect(highlight.edges.length).toBeGreaterThan(0);
    expect((await nodeDisplay(page, amazon))!.forceLabel).toBe(true);
    expect((await nodeDisplay(page, amazon))!.color).toBe(NODE_COLORS.Company);
    const outside = await page.evaluate((h) => window.newsgraph!.graph.findNode((k, a) => a.type === 'Person' && !h.includes(k)) ?? null, highlight.nodes);
    if (outside) expect((await nodeDisplay(page, outside))!.color).toBe(DIMMED_NODE_COLOR);
    // A syntax error comes back from the real engine with its position.
    await page.fill('[data-testid=query-input]', 'MATCH (n)\nRETURN n ORDER BY');
    await page.click('[data-testid=query-run]');
    await expect(results.locator('.query-error').textContent()).resolves.toMatch(/Line 2, column \d+/);
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });

  it('exports PNG, JSON snapshot and GEXF of what is on screen', async () => {
    const png = await downloadFrom(page, 'export-png');
    expect(png.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const visible = (await drawnNodes(page)).length;
    const json = await downloadFrom(page, 'export-json');
    const g = MultiDirectedGraph.from(JSON.parse(json.body.toString('utf8')));
    expect(g.order).toBe(visible);
    expect(g.filterNodes((_k, a) => a.type === 'Article')).toEqual([]);
    expect(g.filterEdges((_k, a) => a.type === 'INVESTS_IN').length).toBeGreaterThan(0);
    const gexf = await downloadFrom(page, 'export-gexf');
    const h = parseGexf(MultiDirectedGraph, gexf.body.toString('utf8'));
    expect(h.order).toBe(visible);
    expect(h.size).toBe(g.size);
    expect(errors).toEqual([]);
  });

  it('restores a shared view from its URL', async () => {
    const country = (await keyOf(page, 'France'))!;
    await page.click('[data-testid=legend] button[data-type=Person]');
    await page.fill('[data-testid=search]', 'France');
    await page.keyboard.press('Enter');
    await page.fill('[data-testid=query-input]', 'MATCH (c:Country) RETURN c');
    await page.click('[data-testid=query-run]');
    await page.waitForFunction(() => location.hash.includes('q=') && location.hash.includes('hn='));
    const shared = page.url();
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const otherErrors = watchErrors(other);
    await openViewer(other, shared);
    const state = await other.evaluate(() => {
      const s = window.newsgraph!.store.state;
      return { hidden: [...s.hiddenNodeTypes].sort(), selected: s.selected, query: s.query, highlighted: s.highlight?.nodes.size ?? 0 };
    });
    expect(state.hidden).toEqual(['Article', 'Person']);
    expect(state.selected).toEqual({ kind: 'node', id: country });
    expect(state.query).toBe('MATCH (c:Country) RETURN c');
    expect(state.highlighted).toBeGreaterThan(3);
    await expect(other.locator('[data-testid=details] h2').textContent()).resolves.toContain('France');
    await other.close();
    expect(otherErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
