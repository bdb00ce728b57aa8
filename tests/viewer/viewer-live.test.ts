/**
 * The live viewer: `newsgraph serve --watch DIR` ingests an article dropped in the folder, and the open
 * page shows its nodes and edges without a reload; nodes already drawn do not move, new ones sit near
 * their neighbours; the timeline gains the new article's date. A graph file replaced beside the server (the server reloads the whole graph) is
 * fetched again and applied in place: no page reload, the camera and the selection stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ingestSeeds, launchBrowser, openViewer, startServe, tempDir, watchErrors, writeDb, type RunningServer } from './harness.ts';
import { fixtureSnapshot } from './fixture.ts';

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
    const daysBefore = await page.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid=as-of]')?.max ?? null);
    writeFileSync(join(inbox, 'new.md'), '---\ntitle: Quorvex Robotics to build a plant in France\ndate: 2026-03-02\n---\nQuorvex Robotics said on Monday it will invest $900 million in France by 2028, creating 1,200 jobs.\n');
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
    // the timeline follows: the new article's date is a replay step, and the slider stays on "now"
    const timeline = await page.evaluate(() => ({
      max: document.querySelector<HTMLInputElement>('[data-testid=as-of]')?.max ?? null,
      value: document.querySelector<HTMLInputElement>('[data-testid=as-of]')?.value ?? null,
      label: document.querySelector('[data-testid=as-of-label]')?.textContent ?? null,
    }));
    expect(timeline.max).toBe(String(Number(daysBefore ?? 0) + 1));
    expect(timeline.value).toBe(timeline.max);
    expect(timeline.label).toBe('now (everything)');
    await page.close();
  });
});

describe('live viewer, graph replaced on the server', { timeout: 90_000 }, () => {
  it('refreshes in place: new and dropped elements follow, the camera, selection and positions stay', async () => {
    const tmp = tempDir();
    const db = writeDb(tmp.dir, fixtureSnapshot());
    const serve = await startServe(db);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(45_000);
    const errors = watchErrors(page);
    try {
      await openViewer(page, serve.url);
      await page.waitForFunction(() => window.newsgraphLive?.connected === true);
      const before = await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
        const { graph, sigma, store } = window.newsgraph!;
        sigma.getCamera().setState({ x: 0.42, y: 0.58, ratio: 0.7 });
        store.update({ selected: { kind: 'node', id: 'company:amazon' } });
        return { camera: sigma.getCamera().getState(), amazon: [graph.getNodeAttribute('company:amazon', 'x'), graph.getNodeAttribute('company:amazon', 'y')] };
      });
      // another snapshot written over the file: one company more (with a relation), one relation less, a renamed country
      const next = fixtureSnapshot();
      next.nodes.push({ key: 'company:quorvex', attributes: { type: 'Company', id: 'company:quorvex', name: 'Quorvex', aliases: [], mentions: 1, articles: ['a1'] } });
      next.edges.push({ key: 'r10', source: 'company:quorvex', target: 'country:fr', attributes: { type: 'INVESTS_IN', articles: ['a1'], evidence: ['Quorvex investit en France.'], confidence: 0.9, amountUsd: 1e8 } });
      next.edges = next.edges.filter((e) => e.key !== 'r8');
      next.nodes.find((n) => n.key === 'country:kr')!.attributes.name = 'Corée';
      writeDb(tmp.dir, next);
      await page.waitForFunction(() => window.newsgraph!.graph.hasNode('company:quorvex') && window.newsgraphLive!.refreshes > 0);
      const after = await page.evaluate(() => {
        const { graph, sigma, store } = window.newsgraph!;
        return {
          notReloaded: (window as unknown as { notReloaded?: boolean }).notReloaded === true,
          camera: sigma.getCamera().getState(),
          selected: store.state.selected,
          amazon: [graph.getNodeAttribute('company:amazon', 'x'), graph.getNodeAttribute('company:amazon', 'y')],
          r10: graph.hasEdge('r10'), r8: graph.hasEdge('r8'), kr: graph.getNodeAttribute('country:kr', 'name'),
          quorvex: Number.isFinite(graph.getNodeAttribute('company:quorvex', 'x')),
        };
      });
      expect(after).toEqual({ notReloaded: true, camera: before.camera, selected: { kind: 'node', id: 'company:amazon' }, amazon: before.amazon, r10: true, r8: false, kr: 'Corée', quorvex: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await serve.stop();
      tmp.cleanup();
    }
  });
});
