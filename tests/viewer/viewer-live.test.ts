/**
 * The live viewer: `newsgraph serve --watch DIR` ingests an article dropped in the folder, and the open
 * page shows its nodes and edges without a reload; nodes already drawn do not move, new ones sit near
 * their neighbours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ingestSeeds, launchBrowser, openViewer, startServe, tempDir, type RunningServer } from './harness.ts';

let server: RunningServer;
let browser: Browser;
let cleanup: () => void;
let inbox: string;

beforeAll(async () => {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const db = ingestSeeds(tmp.dir);
  inbox = join(tmp.dir, 'inbox');
  mkdirSync(inbox);
  server = await startServe(db, ['--watch', inbox, '--every', '1s']);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cleanup?.();
});

describe('live viewer', { timeout: 90_000 }, () => {
  it('adds the nodes and edges of a new article in place, without a reload', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(45_000);
    await openViewer(page, server.url);
    await page.waitForFunction(() => window.newsgraphLive?.connected === true);
    const before = await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
      const g = window.newsgraph!.graph;
      const pos: Record<string, [number, number]> = {};
      g.forEachNode((k, a) => { pos[k] = [a.x, a.y]; });
      return { order: g.order, size: g.size, pos };
    });
    writeFileSync(join(inbox, 'new.txt'), 'Quorvex Robotics to build a plant in France\n\nQuorvex Robotics said on Monday it will invest $900 million in France by 2028, creating 1,200 jobs.\n');
    await page.waitForFunction((n) => window.newsgraph!.graph.order > n, before.order);
    const after = await page.evaluate(() => {
      const g = window.newsgraph!.graph;
      const pos: Record<string, [number, number]> = {};
      g.forEachNode((k, a) => { pos[k] = [a.x, a.y]; });
      const edges: Array<[string, string, string]> = [];
      g.forEachEdge((_k, a, s, t) => edges.push([a.type, s, t]));
      return { order: g.order, size: g.size, pos, edges, notReloaded: (window as unknown as { notReloaded?: boolean }).notReloaded === true, live: window.newsgraphLive };
    });
    expect(after.notReloaded).toBe(true);
    expect(after.size).toBeGreaterThan(before.size);
    // nodes already drawn kept their places
    for (const [k, p] of Object.entries(before.pos)) expect(after.pos[k], k).toEqual(p);
    const added = Object.keys(after.pos).filter((k) => !(k in before.pos));
    expect(added.length).toBeGreaterThan(0);
    // the new company invests in France, drawn next to it (closer than the graph's half-width)
    const company = added.find((k) => /quorvex/i.test(k))!;
    expect(company).toBeDefined();
    const invest = after.edges.find(([type, s]) => type === 'INVESTS_IN' && s === company)!;
    expect(invest).toBeDefined();
    const xs = Object.values(before.pos).map((p) => p[0]);
    const width = Math.max(...xs) - Math.min(...xs);
    const target = after.pos[invest[2]]!, placed = after.pos[company]!;
    expect(Number.isFinite(placed[0]) && Number.isFinite(placed[1])).toBe(true);
    expect(Math.hypot(placed[0] - target[0], placed[1] - target[1])).toBeLessThan(width / 2);
    expect(after.live!.addedNodes).toBe(added.length);
    await page.close();
  });
});
