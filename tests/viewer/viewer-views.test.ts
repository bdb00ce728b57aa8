/**
 * The large-graph mode in a real browser against a real `newsgraph serve`: a generated graph of 1,500
 * nodes with the threshold lowered to 500 (NEWSGRAPH_VIEW_NODES), so the page shows a server view.
 * Aggregate expand / collapse, search bringing in a node that was not in the view, a shared URL restoring
 * an expanded view, and exports of what is on screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MultiDirectedGraph } from 'graphology';
import { syntheticSnapshot } from '../../scripts/bench/viewer-graph.ts';
import { launchBrowser, openViewer, startServe, tempDir, watchErrors, writeDb, type RunningServer } from './harness.ts';
import { downloadFrom, PNG_SIGNATURE } from './page-helpers.ts';

let server: RunningServer;
let browser: Browser;
let cleanup: () => void;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const db = writeDb(tmp.dir, syntheticSnapshot(1500, 5000));
  process.env.NEWSGRAPH_VIEW_NODES = '500';
  try { server = await startServe(db); } finally { delete process.env.NEWSGRAPH_VIEW_NODES; }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cleanup?.();
});

/** Node keys and edge keys of the page's graph, sorted. */
const contents = (page: Page) => page.evaluate(() => {
  const { graph } = window.newsgraph!;
  return { nodes: graph.nodes().sort(), edges: graph.edges().sort() };
});

const positions = (page: Page, keys: string[]) => page.evaluate((ks) => {
  const { graph } = window.newsgraph!;
  return ks.map((k) => [graph.getNodeAttribute(k, 'x'), graph.getNodeAttribute(k, 'y')]);
}, keys);

async function open(page: Page, url = server.url): Promise<string[]> {
  page.setDefaultTimeout(30_000);
  const errors = watchErrors(page);
  const asked: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/')) asked.push(new URL(r.url()).pathname); });
  await openViewer(page, url);
  return [...errors, ...asked.filter((p) => p === '/api/graph').map(() => 'the whole graph was requested')];
}

describe('large-graph mode', { timeout: 90_000 }, () => {
  it('shows a view with summaries; an aggregate expands into its members and collapses back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await open(page);
    const first = await contents(page);
    expect(await page.evaluate(() => window.newsgraph!.large !== undefined)).toBe(true);
    expect(first.nodes.length).toBeLessThan(1500);
    await expect(page.locator('[data-testid=view-summary]')).toBeDefined();
    expect(await page.textContent('[data-testid=view-summary]')).toMatch(/of [\d,]+ entities shown/);

    const agg = await page.evaluate(() => window.newsgraph!.graph.findNode((_k, a) => a.type === 'Aggregate' && Number(a.count) > 2)!);
    const before = await page.evaluate((k) => ({ name: window.newsgraph!.graph.getNodeAttribute(k, 'name'), count: window.newsgraph!.graph.getNodeAttribute(k, 'count') }), agg);
    const placed = await positions(page, first.nodes);
    // through the UI: select the summary, click "Show N more"
    await page.evaluate((k) => window.newsgraph!.store.update({ selected: { kind: 'node', id: k } }), agg);
    await page.click('[data-testid=expand-aggregate]');
    await page.waitForFunction((n) => window.newsgraph!.graph.order > n, first.nodes.length);
    const grown = await contents(page);
    const added = grown.nodes.filter((k) => !first.nodes.includes(k));
    expect(added.length).toBe(Math.min(50, Number(before.count)));
    const types = await page.evaluate((ks) => ks.map((k) => window.newsgraph!.graph.getNodeAttribute(k, 'type')), added);
    expect(new Set(types).size).toBe(1);
    expect(types[0]).toBe(await page.evaluate((k) => window.newsgraph!.graph.getNodeAttribute(k, 'of'), agg));
    // nothing already on screen moved
    expect(await positions(page, first.nodes)).toEqual(placed);
    const after = await page.evaluate((k) => window.newsgraph!.graph.getNodeAttribute(k, 'count'), agg);
    expect(after).toBe(Number(before.count) - added.length);
    expect(await page.evaluate(() => window.newsgraph!.large!.steps())).toEqual([`a:${agg}`]);
    await page.waitForFunction((k) => decodeURIComponent(location.hash).includes(`x=a:${k}`), agg);

    await page.click('[data-testid=collapse]');
    await page.waitForFunction((n) => window.newsgraph!.graph.order === n, first.nodes.length);
    expect((await contents(page)).nodes).toEqual(first.nodes);
    expect(await page.evaluate((k) => window.newsgraph!.graph.getNodeAttribute(k, 'name'), agg)).toBe(before.name);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search finds a node that is not in the view, brings it in and selects it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await open(page);
    // a member of a summary: in the graph, not in the view
    const target = await page.evaluate(async () => {
      const { graph } = window.newsgraph!;
      const agg = graph.findNode((_k, a) => a.type === 'Aggregate' && Number(a.count) > 5)!;
      const res = await fetch(`/api/view/aggregate/${encodeURIComponent(agg)}?offset=3&size=1`);
      const body = await res.json() as { nodes: Array<{ key: string; attributes: { name: string } }> };
      return body.nodes[0]!;
    });
    expect(await page.evaluate((k) => window.newsgraph!.graph.hasNode(k), target.key)).toBe(false);
    await page.fill('[data-testid=search]', target.attributes.name);
    const option = page.locator(`#search-results li[data-node="${target.key}"]`);
    await option.waitFor();
    expect(await option.textContent()).toContain('not in view');
    await page.focus('[data-testid=search]');
    while ((await page.getAttribute('[data-testid=search]', 'aria-activedescendant')) !== (await option.getAttribute('id'))) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => window.newsgraph!.store.state.selected?.id === k, target.key);
    expect(await page.evaluate((k) => window.newsgraph!.graph.hasNode(k), target.key)).toBe(true);
    expect(await page.evaluate((k) => !window.newsgraph!.sigma.getNodeDisplayData(k)!.hidden, target.key)).toBe(true);
    expect(await page.evaluate(() => window.newsgraph!.large!.steps())).toEqual([`r:${target.key}`]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a Cypher result brings its nodes into the view, placed and drawn, without a page error', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await open(page);
    const target = await page.evaluate(async () => {
      const { graph } = window.newsgraph!;
      const agg = graph.findNode((_k, a) => a.type === 'Aggregate' && Number(a.count) > 5)!;
      const res = await fetch(`/api/view/aggregate/${encodeURIComponent(agg)}?offset=2&size=1`);
      return ((await res.json()) as { nodes: Array<{ key: string }> }).nodes[0]!.key;
    });
    expect(await page.evaluate((k) => window.newsgraph!.graph.hasNode(k), target)).toBe(false);
    // the console's result joins the view in the same tick as the query answer: sigma has not drawn it yet
    await page.fill('[data-testid=query-input]', `MATCH (n) WHERE n.id = '${target}' RETURN n`);
    await page.click('[data-testid=query-run]');
    await page.waitForFunction((k) => window.newsgraph!.store.state.highlight?.nodes.has(k) === true, target);
    expect(await page.evaluate((k) => window.newsgraph!.graph.hasNode(k), target)).toBe(true);
    const shown = await page.evaluate((k) => {
      const { graph, sigma } = window.newsgraph!;
      const a = graph.getNodeAttributes(k);
      return { finite: Number.isFinite(a.x) && Number.isFinite(a.y), fixed: 'fixed' in a, drawn: sigma.getNodeDisplayData(k)?.hidden === false };
    }, target);
    expect(shown).toEqual({ finite: true, fixed: false, drawn: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a shared URL restores an expanded view exactly; exports hold what is on screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await open(page);
    const { agg, hub } = await page.evaluate(() => {
      const { graph } = window.newsgraph!;
      return {
        agg: graph.findNode((_k, a) => a.type === 'Aggregate' && Number(a.count) > 2)!,
        hub: graph.findNode((_k, a) => a.type === 'Company')!,
      };
    });
    await page.evaluate(async ({ agg, hub }) => {
      const { large, store } = window.newsgraph!;
      await large!.expandAggregate(agg);
      await large!.expandNeighbours(hub);
      store.update({ selected: { kind: 'node', id: hub } });
    }, { agg, hub });
    const expanded = await contents(page);
    await page.waitForFunction(() => location.hash.includes('sel=') && location.hash.includes('x='));
    const url = page.url();

    const again = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems2 = await open(again, url);
    expect(await contents(again)).toEqual(expanded);
    expect(await again.evaluate(() => window.newsgraph!.large!.steps())).toEqual([`a:${agg}`, `n:${hub}`]);
    expect(await again.evaluate(() => window.newsgraph!.store.state.selected)).toEqual({ kind: 'node', id: hub });
    await again.waitForSelector('[data-testid=collapse]');

    // exports: the visible part of the view (aggregates included), not the whole graph
    const visible = await again.evaluate(() => [...window.newsgraph!.visibility().nodes].sort());
    const json = await downloadFrom(again, 'export-json');
    const g = MultiDirectedGraph.from(JSON.parse(json.body.toString('utf8')));
    expect(g.nodes().sort()).toEqual(visible);
    expect(g.someNode((_k, a) => a.type === 'Aggregate')).toBe(true);
    const gexf = await downloadFrom(again, 'export-gexf');
    const text = gexf.body.toString('utf8');
    expect(text).toContain('<gexf');
    expect((text.match(/<node /g) ?? []).length).toBe(visible.length);
    const png = await downloadFrom(again, 'export-png');
    expect(png.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([...problems, ...problems2]).toEqual([]);
    await page.close();
    await again.close();
  });
});
