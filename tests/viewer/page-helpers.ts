/** In-page probes shared by the viewer tests: what sigma draws, what the canvas shows, what was downloaded. */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

/** sigma's display data for a node (after reducers): hidden, colour, size, position. */
export function nodeDisplay(page: Page, key: string) {
  return page.evaluate((k) => {
    const d = window.newsgraph!.sigma.getNodeDisplayData(k);
    return d ? { hidden: d.hidden, color: d.color, size: d.size, x: d.x, y: d.y, forceLabel: d.forceLabel, highlighted: d.highlighted } : null;
  }, key);
}

export function edgeDisplay(page: Page, key: string) {
  return page.evaluate((k) => {
    const d = window.newsgraph!.sigma.getEdgeDisplayData(k);
    return d ? { hidden: d.hidden, color: d.color, size: d.size } : null;
  }, key);
}

/** Keys of the nodes sigma currently draws. */
export function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph, sigma } = window.newsgraph!;
    return graph.nodes().filter((n) => !sigma.getNodeDisplayData(n)?.hidden);
  });
}

/**
 * Counts, in a real screenshot of the graph area, the pixels close to a given colour: proof that the
 * WebGL canvas drew nodes, not just that sigma holds data.
 */
export async function countColouredPixels(page: Page, hex: string, tolerance = 40): Promise<number> {
  const png = await page.locator('[data-testid=graph]').screenshot();
  return page.evaluate(async ({ b64, hex, tolerance }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const r = parseInt(hex.slice(1, 3), 16), g = parseInt(hex.slice(3, 5), 16), b = parseInt(hex.slice(5, 7), 16);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) <= tolerance) n++;
    }
    return n;
  }, { b64: png.toString('base64'), hex, tolerance });
}

/** Clicks a button and returns the downloaded file's name and bytes. */
export async function downloadFrom(page: Page, testId: string): Promise<{ name: string; body: Buffer }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.click(`[data-testid=${testId}]`),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(path) };
}

/** Viewport coordinates of a node, for real mouse clicks on the canvas. */
export function nodeOnScreen(page: Page, key: string) {
  return page.evaluate((k) => {
    const { sigma } = window.newsgraph!;
    const d = sigma.getNodeDisplayData(k)!;
    const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
