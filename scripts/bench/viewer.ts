/**
 * Viewer benchmark: serves a synthetic news graph (20,000 nodes, 100,000 edges by default) with the real
 * viewer bundle and measures in headless Debian Chromium:
 *   - time to first render (navigation start → graph drawn and page wired),
 *   - frames per second while panning (scripted camera moves, and a mouse drag),
 *   - search latency (keystroke → autocomplete list shown).
 * Prints the median of a few runs.  Run: node --import tsx scripts/bench/viewer.ts [--nodes N] [--edges M] [--runs R]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildViewer } from '../../src/server/viewer-bundle.ts';
import { syntheticSnapshot } from './viewer-graph.ts';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);
const RUNS = Number(values.runs);

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

async function main(): Promise<void> {
  if (!existsSync(values.chromium!)) throw new Error(`Chromium not found at ${values.chromium}: apt-get install -y chromium`);
  const t0 = performance.now();
  const snapshot = syntheticSnapshot(NODES, EDGES);
  const body = Buffer.from(JSON.stringify(snapshot));
  const files = await buildViewer();
  console.log(`graph: ${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges, ${(body.length / 1e6).toFixed(1)} MB of JSON (built in ${Math.round(performance.now() - t0)} ms)`);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/api/graph') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); return; }
    const f = files.get(path);
    if (!f) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': f.contentType });
    res.end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: values.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const results: Array<{ firstRender: number; cameraFps: number; dragFps: number; search: number; longest: number; filter: number; select: number }> = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: no layout saved in localStorage, the first visit's cost.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // tsx keeps function names with a __name helper that page.evaluate's serialised functions need too.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.addInitScript(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration); })
          .observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.newsgraph?.ready === true, null, { timeout: 120_000 });
      const firstRender = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
      const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      const timings = await page.evaluate(() => window.newsgraph!.timings);
      const renderMs = await page.evaluate(() => {
        const { sigma } = window.newsgraph!;
        const t = performance.now();
        for (let i = 0; i < 3; i++) sigma.getCamera().setState({ x: 0.5 + i * 0.01 }), (sigma as unknown as { render: () => void }).render();
        const r = (performance.now() - t) / 3;
        const t2 = performance.now();
        sigma.refresh();
        return { render: Math.round(r), refresh: Math.round(performance.now() - t2) };
      });
      console.log(`run ${run + 1}: start-up phases ${JSON.stringify(timings)}, one render ${renderMs.render} ms, full refresh ${renderMs.refresh} ms`);

      // Scripted pan: move the camera every frame for 3 s, count sigma renders.
      const cameraFps = await page.evaluate(() => new Promise<number>((resolve) => {
        const { sigma } = window.newsgraph!;
        const camera = sigma.getCamera();
        let renders = 0;
        const onRender = () => { renders++; };
        sigma.on('afterRender', onRender);
        const start = performance.now();
        const step = (now: number) => {
          const t = (now - start) / 1000;
          camera.setState({ x: 0.5 + 0.2 * Math.sin(t * 2), y: 0.5 + 0.2 * Math.cos(t * 2) });
          if (t < 3) requestAnimationFrame(step);
          else { sigma.off('afterRender', onRender); resolve(renders / t); }
        };
        requestAnimationFrame(step);
      }));

      // Mouse drag: what a user does (sigma hides edges while moving on large graphs).
      const box = (await page.locator('[data-testid=graph]').boundingBox())!;
      await page.evaluate(() => {
        const w = window as unknown as { __renders: number };
        w.__renders = 0;
        window.newsgraph!.sigma.on('afterRender', () => { w.__renders++; });
      });
      const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const dragStart = Date.now();
      for (let i = 0; i < 60; i++) await page.mouse.move(cx + 150 * Math.sin(i / 6), cy + 100 * Math.cos(i / 6));
      await page.mouse.up();
      const dragSeconds = (Date.now() - dragStart) / 1000;
      const dragFps = (await page.evaluate(() => (window as unknown as { __renders: number }).__renders)) / dragSeconds;

      // Search: keystroke to listbox.
      const search = await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=search]')!;
        const t = performance.now();
        input.value = 'company 123';
        input.dispatchEvent(new Event('input'));
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t;
      });
      // Interaction latency: a legend click (hide every company, then show them again) and a selection,
      // each until the next frame is drawn.
      const interaction = await page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
        const button = document.querySelector<HTMLButtonElement>('[data-testid=legend] button[data-type=Company]')!;
        let t = performance.now();
        button.click();
        await frame();
        const hide = performance.now() - t;
        button.click();
        await frame();
        const { store, graph } = window.newsgraph!;
        t = performance.now();
        store.update({ selected: { kind: 'node', id: graph.nodes()[graph.order - 1]! } });
        await frame();
        return { filter: hide, select: performance.now() - t };
      });
      if (errors.length) console.log(`run ${run + 1}: page errors: ${errors.join('; ')}`);
      results.push({ firstRender, cameraFps, dragFps, search, longest, ...interaction });
      console.log(`run ${run + 1}: first render ${Math.round(firstRender)} ms, pan ${cameraFps.toFixed(1)} fps (camera), ${dragFps.toFixed(1)} fps (mouse drag), search ${Math.round(search)} ms, filter ${Math.round(interaction.filter)} ms, select ${Math.round(interaction.select)} ms, longest task ${Math.round(longest)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log('');
  const ms = (k: 'firstRender' | 'search' | 'filter' | 'select' | 'longest') => `${Math.round(median(results.map((r) => r[k])))} ms`;
  console.log(`| graph | first render | pan fps (camera, edges drawn) | pan fps (mouse drag) | search | filter toggle | select a node | longest main-thread task |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  console.log(`| ${NODES} nodes, ${EDGES} edges | ${ms('firstRender')} | ${median(results.map((r) => r.cameraFps)).toFixed(1)} | ${median(results.map((r) => r.dragFps)).toFixed(1)} | ${ms('search')} | ${ms('filter')} | ${ms('select')} | ${ms('longest')} |`);
  console.log(`(median of ${RUNS} runs, headless Chromium with --disable-gpu: WebGL runs on the CPU (SwiftShader), so a real GPU draws faster)`);
}

await main();
