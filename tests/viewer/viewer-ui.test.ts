/**
 * The viewer's behaviours in a real browser (Debian Chromium via playwright-core) on a hand-written graph,
 * so each expectation is exact: rendering, search, details with evidence, legend, date range, minimum
 * amount, Cypher console highlight and errors, exports, URL state, layout persistence, keyboard.
 * The same page against the real `newsgraph serve` on the seeds is covered by viewer-e2e.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node/index.js';
import type { Browser, Page } from 'playwright-core';
import { fixtureSnapshot } from './fixture.ts';
import { launchBrowser, openViewer, watchErrors } from './harness.ts';
import { countColouredPixels, downloadFrom, drawnNodes, edgeDisplay, nodeDisplay, nodeOnScreen, PNG_SIGNATURE } from './page-helpers.ts';
import { serveSnapshot } from './static-server.ts';
import { NODE_COLORS, DIMMED_NODE_COLOR } from '../../viewer/src/defaults.ts';

const ENTITY_KEYS = ['company:amazon', 'company:aws', 'company:microsoft', 'country:fr', 'country:kr', 'program:choose-france', 'person:matt-garman', 'region:incheon'];

const QUERY_RESULT = {
  columns: ['a', 'r', 'c'],
  rows: [[
    { kind: 'node', id: 'company:microsoft', labels: ['Company'], properties: { id: 'company:microsoft', name: 'Microsoft' } },
    { kind: 'relationship', id: 'r3', type: 'INVESTS_IN', start: 'company:microsoft', end: 'country:fr', properties: { amount: 4e9 } },
    { kind: 'node', id: 'country:fr', labels: ['Country'], properties: { id: 'country:fr', name: 'France' } },
  ]],
};

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
let errors: string[];
const queries: string[] = [];

beforeAll(async () => {
  server = await serveSnapshot(fixtureSnapshot(), (query) => {
    queries.push(query);
    if (query.includes('RETRUN')) {
      return { status: 400, body: { error: { code: 'Neo.ClientError.Statement.SyntaxError', message: "Invalid input 'RETRUN': expected RETURN", position: { line: 2, column: 1 } } } };
    }
    return { status: 200, body: QUERY_RESULT };
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.setDefaultTimeout(15_000);
  errors = watchErrors(page);
  await openViewer(page, server.url);
});

describe('viewer on a known graph', { timeout: 60_000 }, () => {
  it('draws the entities on the WebGL canvas, articles and mentions hidden by default', async () => {
    expect(await page.evaluate(() => window.newsgraph!.graph.order)).toBe(11);
    expect((await drawnNodes(page)).sort()).toEqual([...ENTITY_KEYS].sort());
    expect((await nodeDisplay(page, 'a1'))!.hidden).toBe(true);
    expect((await edgeDisplay(page, 'm0'))!.hidden).toBe(true);
    expect(await countColouredPixels(page, NODE_COLORS.Company!)).toBeGreaterThan(100);
    expect(await countColouredPixels(page, NODE_COLORS.Country!)).toBeGreaterThan(100);
    await expect(page.textContent('#summary')).resolves.toContain('3 investments');
    // Labels are drawn and never overlap.
    const boxes = await page.evaluate(() => window.newsgraph!.labelBoxes());
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        expect(a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1).toBe(false);
      }
    }
    await expect(page.textContent('#top')).resolves.toMatch(/Amazon\s*→\s*Corée du Sud/);
    expect(errors).toEqual([]);
  });

  it('finds a node by alias without accents, centres on it and shows its evidence', async () => {
    await page.fill('[data-testid=search]', 'coree');
    await expect(page.textContent('#search-results')).resolves.toContain('Corée du Sud');
    await page.fill('[data-testid=search]', 'south kor');
    await page.keyboard.press('Enter');
    const details = page.locator('[data-testid=details]');
    await details.waitFor({ state: 'visible' });
    await expect(details.locator('h2').textContent()).resolves.toContain('Corée du Sud');
    await expect(details.textContent()).resolves.toContain('Amazon plans to invest $5 billion in South Korea by 2031.');
    await expect(details.locator('h3').allTextContents()).resolves.toEqual(['Investors (1)', 'Located here (1)', 'Articles (1)']);
    await expect(details.textContent()).resolves.toContain('Reuters');
    await page.waitForFunction(() => location.hash.includes('sel=n%3Acountry%3Akr'));
    // The camera moved to the node: it is near the centre of the graph area.
    await page.waitForTimeout(600);
    const p = await nodeOnScreen(page, 'country:kr');
    const box = (await page.locator('[data-testid=graph]').boundingBox())!;
    expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(40);
    expect(Math.abs(p.y - (box.y + box.height / 2))).toBeLessThan(40);
    // Neighbours stay in colour, the rest is dimmed.
    expect((await nodeDisplay(page, 'company:amazon'))!.color).toBe(NODE_COLORS.Company);
    expect((await nodeDisplay(page, 'company:microsoft'))!.color).toBe(DIMMED_NODE_COLOR);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('opens details on a real click on a node and shows an edge with its evidence', async () => {
    const p = await nodeOnScreen(page, 'company:microsoft');
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => window.newsgraph!.store.state.hovered === 'company:microsoft');
    expect((await nodeDisplay(page, 'region:incheon'))!.color).toBe(DIMMED_NODE_COLOR);
    await page.mouse.click(p.x, p.y);
    const details = page.locator('[data-testid=details]');
    await details.waitFor({ state: 'visible' });
    await expect(details.locator('h2').textContent()).resolves.toContain('Microsoft');
    const text = (await details.textContent())!;
    expect(text).toContain('Invests in (1)');
    expect(text).toContain('€4B');
    // A real click on an edge (the middle of Amazon → France) shows that relation and its evidence.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    // Wait until sigma has redrawn the wider graph area and its picking buffer finds the edge there.
    const handle = await page.waitForFunction(() => {
      const { sigma } = window.newsgraph!;
      const [a, b] = ['company:amazon', 'country:fr'].map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!));
      const p = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
      const picked = (sigma as unknown as { getEdgeAtPoint(x: number, y: number): string | null }).getEdgeAtPoint(p.x, p.y);
      const box = sigma.getContainer().getBoundingClientRect();
      return picked === 'r1' ? { x: box.left + p.x, y: box.top + p.y } : null;
    });
    const mid = (await handle.jsonValue())!;
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.click(mid.x, mid.y);
    await page.waitForFunction(() => window.newsgraph!.store.state.selected?.kind === 'edge');
    expect(await page.evaluate(() => window.newsgraph!.store.state.selected)).toEqual({ kind: 'edge', id: 'r1' });
    await expect(details.textContent()).resolves.toContain('Amazon a annoncé qu’il investirait plus de 1,2 milliard d’euros en France.');
    await expect(details.textContent()).resolves.toContain('€1.2B (≈ $1.3B)');
    await page.click('#top .top-item >> nth=0');
    await expect(details.textContent()).resolves.toContain('Amazon plans to invest $5 billion');
    expect(await page.evaluate(() => window.newsgraph!.store.state.selected)).toEqual({ kind: 'edge', id: 'r2' });
    expect(errors).toEqual([]);
  });

  it('hides and shows a type from the legend, with live counts', async () => {
    const companies = page.locator('[data-testid=legend] button[data-type=Company]');
    await expect(companies.textContent()).resolves.toContain('3/3');
    await companies.click();
    expect(await companies.getAttribute('aria-pressed')).toBe('false');
    expect((await nodeDisplay(page, 'company:amazon'))!.hidden).toBe(true);
    expect((await edgeDisplay(page, 'r1'))!.hidden).toBe(true);
    expect((await nodeDisplay(page, 'country:fr'))!.hidden).toBe(false);
    await expect(page.locator('[data-testid=legend] button[data-relation=INVESTS_IN]').textContent()).resolves.toContain('0/3');
    await page.waitForFunction(() => location.hash.includes('hn=Article%2CCompany'));
    await companies.click();
    expect((await nodeDisplay(page, 'company:amazon'))!.hidden).toBe(false);
    await page.locator('[data-testid=legend] button[data-relation=INVESTS_IN]').click();
    expect((await edgeDisplay(page, 'r2'))!.hidden).toBe(true);
    expect(errors).toEqual([]);
  });

  it('replays the news: the date range keeps what the chosen articles report', async () => {
    const to = page.locator('[data-testid=date-range] input[name=to]');
    await to.fill('0'); // up to the first article (2024-05-13): Amazon and France only
    expect((await drawnNodes(page)).sort()).toEqual(['company:amazon', 'country:fr']);
    expect((await edgeDisplay(page, 'r1'))!.hidden).toBe(false);
    const max = await to.getAttribute('max');
    await to.fill(String(Number(max) - 20)); // before the third article (2025-06-20)
    const drawn = await drawnNodes(page);
    expect(drawn).toContain('country:kr');
    expect(drawn).not.toContain('company:microsoft');
    await expect(page.textContent('[data-testid=date-range] output')).resolves.toMatch(/13 May 2024 – 31 May 2025/);
    // Replay starts from the first article and moves forward; stopping keeps the current point.
    const replay = page.locator('[data-testid=date-range] button');
    await replay.click();
    await page.waitForFunction(() => window.newsgraph!.store.state.dateTo !== null && window.newsgraph!.store.state.dateFrom === null);
    await expect(replay.textContent()).resolves.toContain('Stop');
    await replay.click();
    await expect(replay.textContent()).resolves.toContain('Replay');
    await to.fill(String(max));
    expect(await page.evaluate(() => window.newsgraph!.store.state.dateTo)).toBeNull();
    expect((await drawnNodes(page)).length).toBe(8);
    expect(errors).toEqual([]);
  });

  it('filters investments by minimum amount and sizes nodes by amount', async () => {
    const min = page.locator('input[name=min-amount]');
    await min.fill('6'); // ≥ $5B
    expect((await edgeDisplay(page, 'r1'))!.hidden).toBe(true);
    expect((await edgeDisplay(page, 'r3'))!.hidden).toBe(true);
    expect((await edgeDisplay(page, 'r2'))!.hidden).toBe(false);
    await expect(page.textContent('#top')).resolves.not.toContain('Microsoft');
    const before = (await nodeDisplay(page, 'country:kr'))!.size;
    await page.selectOption('select[name=size-by]', 'amount');
    const after = (await nodeDisplay(page, 'country:kr'))!.size;
    expect(after).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });

  it('runs Cypher, shows a table and highlights the result; errors show their position', async () => {
    await page.fill('[data-testid=query-input]', "MATCH (a)-[r:INVESTS_IN]->(c:Country {iso2: 'FR'}) RETURN a, r, c");
    await page.click('[data-testid=query-run]');
    const results = page.locator('[data-testid=query-results]');
    await results.locator('table').waitFor();
    await expect(results.locator('th').allTextContents()).resolves.toEqual(['a', 'r', 'c']);
    await expect(results.locator('td').first().textContent()).resolves.toBe('Microsoft');
    expect(queries.at(-1)).toContain('INVESTS_IN');
    expect((await nodeDisplay(page, 'company:microsoft'))!.color).toBe(NODE_COLORS.Company);
    expect((await nodeDisplay(page, 'company:microsoft'))!.forceLabel).toBe(true);
    expect((await nodeDisplay(page, 'company:amazon'))!.color).toBe(DIMMED_NODE_COLOR);
    expect((await edgeDisplay(page, 'r3'))!.size).toBeGreaterThan((await edgeDisplay(page, 'r1'))!.size);
    await page.waitForFunction(() => location.hash.includes('q=MATCH'));
    // The camera frames the result: the middle of Microsoft and France comes to the centre of the view.
    await page.waitForTimeout(700);
    const [m, f] = [await nodeOnScreen(page, 'company:microsoft'), await nodeOnScreen(page, 'country:fr')];
    const box = (await page.locator('[data-testid=graph]').boundingBox())!;
    expect(Math.abs((m.x + f.x) / 2 - (box.x + box.width / 2))).toBeLessThan(30);
    expect(Math.abs((m.y + f.y) / 2 - (box.y + box.height / 2))).toBeLessThan(30);

    await page.fill('[data-testid=query-input]', 'MATCH (n)\nRETRUN n');
    await page.keyboard.press('Control+Enter');
    const error = results.locator('.query-error');
    await expect(error.textContent()).resolves.toContain('Line 2, column 1');
    await expect(error.textContent()).resolves.toContain("Invalid input 'RETRUN'");
    expect((await nodeDisplay(page, 'company:amazon'))!.color).toBe(NODE_COLORS.Company);
    // The error is shown, not logged: the page itself logged nothing (the 400 response aside).
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
  });

  it('exports the visible graph as PNG, JSON snapshot and GEXF', async () => {
    await page.locator('[data-testid=legend] button[data-type=Person]').click();
    const png = await downloadFrom(page, 'export-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.body.length).toBeGreaterThan(2000);

    const json = await downloadFrom(page, 'export-json');
    const g = MultiDirectedGraph.from(JSON.parse(json.body.toString('utf8')));
    expect(g.order).toBe(7); // 8 entities minus the hidden Person; no articles
    expect(g.hasNode('person:matt-garman')).toBe(false);
    expect(g.getNodeAttribute('company:amazon', 'name')).toBe('Amazon');
    expect(g.getNodeAttribute('company:amazon', 'x')).toBeUndefined();
    expect(g.getEdgeAttribute('r1', 'amount')).toBe(1.2e9);
    expect(g.getEdgeAttribute('r1', 'evidence')).toEqual(['Amazon a annoncé qu’il investirait plus de 1,2 milliard d’euros en France.']);

    const gexf = await downloadFrom(page, 'export-gexf');
    const h = parseGexf(MultiDirectedGraph, gexf.body.toString('utf8'));
    expect(h.order).toBe(7);
    expect(h.size).toBe(g.size);
    expect(h.getNodeAttribute('company:amazon', 'label')).toBe('Amazon');
    expect(typeof h.getNodeAttribute('company:amazon', 'x')).toBe('number');
    expect(errors).toEqual([]);
  });

  it('restores a shared view from the URL', async () => {
    const hash = '#hn=Article,Region&min=1000000000&size=amount&sel=n:country:fr&q=MATCH%20(n)%20RETURN%20n&cam=0.5,0.5,0.5';
    await page.goto('about:blank');
    await page.goto(`${server.url}/${hash}`);
    await page.waitForFunction(() => window.newsgraph?.ready === true);
    const state = await page.evaluate(() => {
      const s = window.newsgraph!.store.state;
      return { hidden: [...s.hiddenNodeTypes].sort(), min: s.minAmountUsd, size: s.sizeBy, sel: s.selected, q: s.query, ratio: window.newsgraph!.sigma.getCamera().ratio };
    });
    expect(state).toEqual({ hidden: ['Article', 'Region'], min: 1e9, size: 'amount', sel: { kind: 'node', id: 'country:fr' }, q: 'MATCH (n) RETURN n', ratio: 0.5 });
    expect((await nodeDisplay(page, 'region:incheon'))!.hidden).toBe(true);
    await expect(page.locator('[data-testid=details] h2').textContent()).resolves.toContain('France');
    await expect(page.inputValue('[data-testid=query-input]')).resolves.toBe('MATCH (n) RETURN n');
    await expect(page.locator('[data-testid=query-results] td').first().textContent()).resolves.toBe('Microsoft');
    expect(errors).toEqual([]);
  });

  it('runs the layout in a worker, keeps positions on reload', async () => {
    const before = await page.evaluate(() => window.newsgraph!.graph.getNodeAttributes('company:amazon'));
    await page.click('#layout-toggle');
    await page.waitForFunction(() => window.newsgraph!.layout.isRunning());
    await page.waitForTimeout(400);
    await page.click('#layout-toggle');
    expect(await page.evaluate(() => window.newsgraph!.layout.isRunning())).toBe(false);
    const after = await page.evaluate(() => window.newsgraph!.graph.getNodeAttributes('company:amazon'));
    expect([after.x, after.y]).not.toEqual([before.x, before.y]);
    await page.reload();
    await page.waitForFunction(() => window.newsgraph?.ready === true);
    const reloaded = await page.evaluate(() => window.newsgraph!.graph.getNodeAttributes('company:amazon'));
    expect(reloaded.x).toBeCloseTo(after.x, 1);
    expect(reloaded.y).toBeCloseTo(after.y, 1);
    expect(errors).toEqual([]);
  });

  it('is usable from the keyboard: "/" focuses search, arrows pick, Escape closes', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await page.keyboard.type('amaz');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('[data-testid=search]', 'aria-activedescendant');
    await expect(page.textContent(`#${active}`)).resolves.toContain('Amazon Web Services');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=details]').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=details]').waitFor({ state: 'hidden' });
    const unlabeled = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')]
      .filter((e) => !(e.getAttribute('aria-label') || e.textContent?.trim() || (e.id && document.querySelector(`label[for="${e.id}"]`)) || e.closest('label')))
      .map((e) => e.outerHTML.slice(0, 80)));
    expect(unlabeled).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('search: focus coming back right after a blur keeps the list open; it finds what the graph gained since', async () => {
    // leave the box and come back at once (a button pressed, then "/"): the blur's delayed close must not
    // hide the list the next keystrokes open
    const open = await page.evaluate(async () => {
      const input = document.getElementById('search') as HTMLInputElement;
      const results = document.getElementById('search-results')!;
      input.focus();
      input.value = 'amaz';
      input.dispatchEvent(new Event('input'));
      document.getElementById('reset-view')!.focus();
      input.focus();
      input.value = 'france';
      input.dispatchEvent(new Event('input'));
      const before = !results.hidden;
      await new Promise((r) => setTimeout(r, 400)); // past the blur's close delay
      return { before, after: !results.hidden, text: results.textContent };
    });
    expect(open).toEqual({ before: true, after: true, text: expect.stringContaining('France') as unknown as string });
    // a node added after start-up (live changes, curation) is found
    await page.evaluate(() => window.newsgraph!.graph.addNode('company:quorvex', { type: 'Company', id: 'company:quorvex', name: 'Quorvex Robotics', aliases: [], x: 0, y: 0 } as never));
    await page.fill('[data-testid=search]', 'quorvex');
    await page.locator('#search-results li[data-node="company:quorvex"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('explains an empty graph instead of showing a blank page', async () => {
    const empty = await serveSnapshot({ ...fixtureSnapshot(), nodes: [], edges: [] });
    try {
      await openViewer(page, empty.url);
      await expect(page.textContent('[data-testid=graph]')).resolves.toContain('The graph is empty');
      await expect(page.textContent('#summary')).resolves.toContain('0 entities');
      await page.fill('[data-testid=search]', 'amazon');
      await expect(page.textContent('#search-results')).resolves.toContain('No match');
      expect(errors).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
