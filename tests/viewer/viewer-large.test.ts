/**
 * Large-graph mode (over 5,000 nodes) in a real browser: cheap drawing programs, no synchronous layout,
 * hover by partial refresh, filters still live, no errors. The benchmark (scripts/bench/viewer.ts) measures
 * the same page at 20,000 nodes and 100,000 edges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { syntheticSnapshot } from '../../scripts/bench/viewer-graph.ts';
import { launchBrowser, openViewer, watchErrors } from './harness.ts';
import { drawnNodes, nodeDisplay } from './page-helpers.ts';
import { serveSnapshot } from './static-server.ts';

let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await serveSnapshot(syntheticSnapshot(6000, 20000));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('large graph mode', { timeout: 60_000 }, () => {
  it('draws 6,000 nodes with cheap programs, hovers by partial refresh, filters live', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    await openViewer(page, server.url);
    const settings = await page.evaluate(() => {
      const { sigma } = window.newsgraph!;
      return { hideEdgesOnMove: sigma.getSetting('hideEdgesOnMove'), edgeEvents: sigma.getSetting('enableEdgeEvents') };
    });
    expect(settings).toEqual({ hideEdgesOnMove: true, edgeEvents: false });
    expect((await drawnNodes(page)).length).toBeGreaterThan(4000); // articles hidden

    const hover = await page.evaluate(() => {
      const { store, sigma, graph } = window.newsgraph!;
      const hub = graph.nodes().filter((n) => graph.getNodeAttribute(n, 'type') === 'Country')[0]!;
      const neighbour = graph.neighbors(hub).find((n) => !sigma.getNodeDisplayData(n)!.hidden)!;
      const far = graph.nodes().find((n) => n !== hub && !graph.areNeighbors(n, hub) && !sigma.getNodeDisplayData(n)!.hidden)!;
      store.update({ hovered: hub });
      const during = { neighbour: sigma.getNodeDisplayData(neighbour)!.forceLabel, farColor: sigma.getNodeDisplayData(far)!.color };
      store.update({ hovered: null });
      return { during, after: sigma.getNodeDisplayData(neighbour)!.forceLabel, farKey: far };
    });
    expect(hover.during.neighbour).toBe(true);
    expect(hover.after).toBe(false);
    // The rest is not dimmed on large graphs.
    expect(hover.during.farColor).toBe((await nodeDisplay(page, hover.farKey))!.color);

    await page.click('[data-testid=legend] button[data-type=Company]');
    const companies = await page.evaluate(() => {
      const { graph, sigma } = window.newsgraph!;
      return graph.filterNodes((n, a) => a.type === 'Company' && !sigma.getNodeDisplayData(n)!.hidden).length;
    });
    expect(companies).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
