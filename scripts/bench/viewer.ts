/**
 * Viewer benchmark: serves a synthetic news graph (20,000 nodes, 100,000 edges by default) with the real
 * viewer bundle and measures in headless Debian Chromium:
 *   - time to first render (navigation start → graph drawn and page wired),
 *   - frames per second while panning (scripted camera moves, and a mouse drag),
 *   - search latency (keystroke → autocomplete list shown).
 *   - bytes of API data sent before the first screen, and (in the large-graph mode) time to expand a node.
 * Prints the median of a few runs.
 *   node --import tsx scripts/bench/viewer.ts [--nodes N] [--edges M] [--runs R]   a synthetic snapshot, served as /api/graph
 *   node --import tsx scripts/bench/viewer.ts --seeds                            the seed articles, real `serve` routes
 *   node --import tsx scripts/bench/viewer.ts --articles 20000                   a store of 20,000 generated articles
 *                                                                              (built once: scripts/bench/news-store.ts)
 *   node --import tsx scripts/bench/viewer.ts --store FILE                       any store file
 *   node --import tsx scripts/bench/viewer.ts --store FILE --replicas 10         that store copied 10 times in memory
 *                                                                              (replicate-store.ts: 20k articles → 200k)
 *   node --import tsx scripts/bench/viewer.ts --generated 2                      the peer benchmark's graph (news-graph.ts) at
 *                                                                              scale 2: 200,000 nodes, 1,000,000 relationships
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildViewer } from '../../src/server/viewer-bundle.ts';
import { createNewsgraphServer } from '../../src/server/server.ts';
import { MemoryStore, openMemoryStore } from '../../src/store/memory/index.ts';
import type { Snapshot } from '../../src/graph/model.ts';
import { newsGraph } from './news-graph.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';
import { readArticles } from '../../src/ingest/read/index.ts';
import type { Store } from '../../src/store/store.ts';
import { newsStore } from './news-store.ts';
import { replicateStore } from './replicate-store.ts';
import { syntheticSnapshot } from './viewer-graph.ts';
import { showHelpIfAsked } from './help.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    seeds: { type: 'boolean', default: false },
    articles: { type: 'string' },
    store: { type: 'string' },
    generated: { type: 'string' },
    replicas: { type: 'string', default: '1' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);
const RUNS = Number(values.runs);

/**
 * CPU time (user + system, ms) of a process and all its descendants, from /proc (Linux): the machine is
 * shared, so wall times alone say little; CPU time says what the work itself costs.
 */
function treeCpuMs(root: number, withRoot: boolean): number {
  if (!existsSync('/proc')) return NaN;
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const text = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch { /* the process ended meanwhile */ }
  }
  let ticks = 0;
  const tree = new Set([root]);
  // parents come before children in pid order most of the time; loop until nothing is added
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, s] of stats) if (!tree.has(pid) && tree.has(s.ppid)) { tree.add(pid); grew = true; }
  }
  for (const pid of tree) if (withRoot || pid !== root) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks * 10; // USER_HZ is 100 on Linux
}
const processCpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');


async function main(): Promise<void> {
  if (!existsSync(values.chromium!)) throw new Error(`Chromium not found at ${values.chromium}: apt-get install -y chromium`);
  const t0 = performance.now();
  console.log(`load average at start: ${load()} (${new Date().toISOString()})`);
  const files = await buildViewer();
  let server;
  let graphName: string;
  let store: Store | undefined;
  if (values.seeds || values.articles || values.store || values.generated) {
    // the real routes of `newsgraph serve` over a real store
    store = values.generated ? generatedStore(Number(values.generated))
      : values.store ? await openMemoryStore({ file: values.store })
      : values.articles ? await openMemoryStore({ file: await newsStore(Number(values.articles), join(tmpdir(), `newsgraph-bench-store-${values.articles}.json`), console.log) })
      : await seedStore();
    if (Number(values.replicas) > 1 && store instanceof MemoryStore) {
      const t = performance.now();
      const source = store;
      store = replicateStore(source, Number(values.replicas));
      await source.close();
      console.log(`store copied ${values.replicas} times in memory in ${Math.round(performance.now() - t)} ms (replicate-store.ts); heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
    }
    const stats = await store.stats();
    const total = Object.values(stats.relationshipsByType).reduce((a, b) => a + b, 0);
    graphName = values.seeds ? `seeds (${stats.articles} articles)` : Number(values.replicas) > 1 ? `${stats.articles.toLocaleString('en')} articles (a 20k store ×${values.replicas})` : values.generated ? `generated graph (news-graph.ts, scale ${values.generated})` : `${stats.articles.toLocaleString('en')} generated articles`;
    graphName += `: ${(stats.articles + stats.entities).toLocaleString('en')} nodes, ${total.toLocaleString('en')} relationships`;
    console.log(`graph: ${graphName} (opened in ${Math.round(performance.now() - t0)} ms)`);
    server = createNewsgraphServer({ store, staticFiles: files, host: '127.0.0.1' });
  } else {
    const snapshot = syntheticSnapshot(NODES, EDGES);
    const body = Buffer.from(JSON.stringify(snapshot));
    graphName = `${NODES} nodes, ${EDGES} edges (synthetic)`;
    console.log(`graph: ${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges, ${(body.length / 1e6).toFixed(1)} MB of JSON (built in ${Math.round(performance.now() - t0)} ms)`);
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/api/graph') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); return; }
      // the whole-graph page, as before the large-graph mode (its own figures: --articles, --store)
      if (path === '/api/view/info') { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"large":false}'); return; }
      const f = files.get(path);
      if (!f) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': f.contentType });
      res.end(f.body);
    });
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  if (store) {
    // `serve` builds the view index and the default first screen when it starts (warmViews): wait for it,
    // as a user opening a running server would
    const t = performance.now();
    const cpu0 = processCpuMs();
    const info = await (await fetch(`${url}api/view/info`)).json() as { large: boolean };
    if (info.large) await (await fetch(`${url}api/view`)).arrayBuffer();
    console.log(`server ready: view index and first view in ${Math.round(performance.now() - t)} ms wall, ${Math.round(processCpuMs() - cpu0)} ms CPU (once per graph version)${info.large ? '' : '; below the threshold: the whole graph is sent'}`);
    if (info.large) {
      // a view not computed yet (another measure), then the same again (cached)
      const timed = async (path: string) => { const t1 = performance.now(); await (await fetch(url + path)).arrayBuffer(); return Math.round(performance.now() - t1); };
      console.log(`server: a new view (measure=investment) in ${await timed('api/view?measure=investment')} ms, the same again in ${await timed('api/view?measure=investment')} ms`);
    }
  }
  const browser = await chromium.launch({
    executablePath: values.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
      // Chromium 15x's headless mode builds its own omnibox popup (a WebUI page in a renderer of its own) beside
      // every new page: seconds of CPU that a user's warm browser does not spend on opening the viewer
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,WebUIReloadButton'],
  });
  // Chromium and its helpers are this process's children
  const chromiumCpuMs = () => treeCpuMs(process.pid, false);
  // The floor under every figure below: a fresh context opening a blank page and painting it once (renderer
  // start-up; on a shared, loaded machine this alone takes a good part of the first-screen budget).
  const floor: number[] = [];
  const floorCpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const c0 = chromiumCpuMs();
    await page.goto('data:text/html,<p>blank</p>');
    floor.push(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))));
    floorCpu.push(chromiumCpuMs() - c0);
    await context.close();
  }
  console.log(`floor: a blank page in a fresh context paints after ${Math.round(median(floor))} ms (median of 3; ${Math.round(median(floorCpu))} ms CPU), load ${load()}`);
  const results: Array<{ allBytes: number; cpuFirst: number; cpuServer: number; panCpuPerFrame: number; firstRender: number; cameraFps: number; dragFps: number; search: number; longest: number; filter: number; select: number; apiBytes: number; expand: number | null; drawn: number }> = [];
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
      const cpuBrowser0 = chromiumCpuMs(), cpuServer0 = processCpuMs();
      await page.goto(url);
      await page.waitForFunction(() => window.newsgraph?.ready === true, null, { timeout: 120_000 });
      const firstRender = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
      // CPU of every Chromium process (renderer, GPU/SwiftShader, browser) and of this process (server, driver)
      const cpuFirst = chromiumCpuMs() - cpuBrowser0, cpuServer = processCpuMs() - cpuServer0;
      const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      const timings = await page.evaluate(() => window.newsgraph!.timings);
      // what the first screen draws: relations and labels (labels.ts keeps the boxes it placed in the last frame)
      const onScreen = await page.evaluate(() => ({ edges: window.newsgraph!.graph.size, labels: window.newsgraph!.labelBoxes().length }));
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
      const panCpu0 = chromiumCpuMs();
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

      const panCpuPerFrame = (chromiumCpuMs() - panCpu0) / (cameraFps * 3);
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

      // Bytes of API data before the first screen (what the network carried), nodes drawn.
      const apiBytes = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/'))
        .reduce((sum, e) => sum + ((e as PerformanceResourceTiming).transferSize || (e as PerformanceResourceTiming).encodedBodySize), 0));
      // every byte of the first screen: page, bundle, styles and API data (compressed as sent)
      const allBytes = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .reduce((sum, e) => sum + ((e as PerformanceResourceTiming).transferSize || (e as PerformanceResourceTiming).encodedBodySize), 0));
      const drawn = await page.evaluate(() => window.newsgraph!.graph.order);

      // Search: keystroke to a listbox with results (in the large-graph mode the server answers).
      const search = await page.evaluate(async () => {
        const { graph } = window.newsgraph!;
        const named = graph.findNode((_k, a) => typeof a.name === 'string' && a.type !== 'Aggregate');
        const probe = String(graph.getNodeAttribute(named!, 'name')).slice(0, 5).toLowerCase();
        const input = document.querySelector<HTMLInputElement>('[data-testid=search]')!;
        const t = performance.now();
        input.value = probe;
        input.dispatchEvent(new Event('input'));
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          if (document.querySelector('#search-results li[role=option]') || performance.now() - t > 5000) break;
        }
        const took = performance.now() - t;
        input.value = '';
        input.dispatchEvent(new Event('input'));
        return took;
      });
      // Expand a node's neighbours (large-graph mode: fetched from the server, merged, laid out, drawn).
      const expand = await page.evaluate(async () => {
        const { large, graph } = window.newsgraph!;
        if (!large) return null;
        const node = graph.findNode((_k, a) => a.type === 'Company') ?? graph.nodes()[0]!;
        const t = performance.now();
        await large.expandNeighbours(node);
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
      results.push({ allBytes, cpuFirst, cpuServer, panCpuPerFrame, firstRender, cameraFps, dragFps, search, longest, ...interaction, apiBytes, expand, drawn });
      console.log(`run ${run + 1}: first render ${Math.round(firstRender)} ms (CPU: browser ${Math.round(cpuFirst)} ms, server+driver ${Math.round(cpuServer)} ms), pan CPU ${Math.round(panCpuPerFrame)} ms/frame, load ${load()}, ${(apiBytes / 1e6).toFixed(2)} MB of API data (${(allBytes / 1e6).toFixed(2)} MB with the page and bundle), ${drawn} nodes, ${onScreen.edges} relations and ${onScreen.labels} labels drawn, expand ${expand === null ? '-' : Math.round(expand) + ' ms'}, pan ${cameraFps.toFixed(1)} fps (camera), ${dragFps.toFixed(1)} fps (mouse drag), search ${Math.round(search)} ms, filter ${Math.round(interaction.filter)} ms, select ${Math.round(interaction.select)} ms, longest task ${Math.round(longest)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    await store?.close();
  }
  console.log('');
  const ms = (k: 'firstRender' | 'search' | 'filter' | 'select' | 'longest') => `${Math.round(median(results.map((r) => r[k])))} ms`;
  const expands = results.map((r) => r.expand).filter((x): x is number => x !== null);
  console.log(`first screen bytes with the page and bundle (median): ${(median(results.map((r) => r.allBytes)) / 1e6).toFixed(2)} MB`);
  console.log(`first screen CPU (median): browser ${Math.round(median(results.map((r) => r.cpuFirst)))} ms, server+driver ${Math.round(median(results.map((r) => r.cpuServer)))} ms; pan ${Math.round(median(results.map((r) => r.panCpuPerFrame)))} ms CPU per frame; load average at end: ${load()}`);
  console.log(`| graph | mode | API bytes, first screen | first screen | pan fps (camera, edges drawn) | pan fps (mouse drag) | expand a node | search | filter toggle | select a node | longest main-thread task |`);
  console.log(`|---|---|---|---|---|---|---|---|---|---|---|`);
  const mode = results[0]!.expand === null ? `whole graph (${results[0]!.drawn} nodes)` : `view (${results[0]!.drawn} nodes)`;
  console.log(`| ${graphName} | ${mode} | ${(median(results.map((r) => r.apiBytes)) / 1e6).toFixed(2)} MB | ${ms('firstRender')} | ${median(results.map((r) => r.cameraFps)).toFixed(1)} | ${median(results.map((r) => r.dragFps)).toFixed(1)} | ${expands.length ? Math.round(median(expands)) + ' ms' : '— (all loaded)'} | ${ms('search')} | ${ms('filter')} | ${ms('select')} | ${ms('longest')} |`);
  console.log(`(median of ${RUNS} runs, headless Chromium with --disable-gpu: WebGL runs on the CPU (SwiftShader), so a real GPU draws faster)`);
}

/** The peer benchmark's generated graph (no extraction: built directly), in a store kept in memory. */
function generatedStore(scale: number): Store {
  const g = newsGraph(scale);
  const article0 = g.nodes.findIndex((n) => n.label === 'Article');
  const articles = g.nodes.length - article0;
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
  const snapshot: Snapshot = {
    attributes: { name: `generated-${scale}`, createdAt: '2025-01-01T00:00:00Z' },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: g.nodes.map((n, i) => ({ key: n.key, attributes: n.label === 'Article'
      ? { type: 'Article', id: n.key, title: n.name, date: day(i) }
      : { type: n.label, id: n.key, name: n.name, aliases: [], mentions: 1, articles: [] } })),
    edges: g.rels.map((r, i) => ({ key: `r${i}`, source: g.nodes[r.source]!.key, target: g.nodes[r.target]!.key, attributes: {
      type: r.type, ...(r.amount !== undefined ? { amount: r.amount, currency: 'EUR', amountUsd: r.amountUsd, year: r.year } : {}),
      ...(r.type === 'MENTIONS' ? {} : { articles: [g.nodes[article0 + (i % articles)]!.key], evidence: [`${g.nodes[r.source]!.name} and ${g.nodes[r.target]!.name}.`], confidence: 0.8 }),
    } })),
  };
  return new MemoryStore(undefined, snapshot);
}

/** The seed articles through the real pipeline, in a store kept in memory. */
async function seedStore(): Promise<Store> {
  const store = await openMemoryStore();
  const extractor = createExtractor();
  const resolver = new Resolver(await store.knownEntities());
  const patches = [];
  for await (const item of readArticles([join(process.cwd(), 'seeds')])) if (item.article) patches.push(resolver.resolve(item.article, extractor.extract(item.article)));
  await store.apply(patches);
  return store;
}

await main();
