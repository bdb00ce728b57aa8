/**
 * Test harness for the viewer: a real `newsgraph serve` on a graph file, and headless Debian Chromium
 * driven by playwright-core. Fails loudly when /usr/bin/chromium is missing (CI installs it); never
 * downloads a browser.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Snapshot } from '../../src/graph/model.ts';
import { testRunDir } from '../helpers/run-dir.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLI = join(ROOT, 'bin', 'newsgraph.js');

export function tempDir(prefix = 'newsgraph-viewer-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Ingests seeds/ with the real CLI into a fresh graph file. The ingest runs once per test run (its graph is
 * the same for every file: several CLI start-ups and extractions saved); each caller gets its own copy of
 * the files it left (graph and sidecars).
 */
export function ingestSeeds(dir: string): string {
  const shared = join(testRunDir(), 'seeds-graph');
  if (!existsSync(join(shared, 'graph.json'))) {
    const building = mkdtempSync(`${shared}-`);
    const db = join(building, 'graph.json');
    const run = spawnSync(process.execPath, [CLI, 'ingest', join(ROOT, 'seeds'), '--db', db], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0 || !existsSync(db)) {
      throw new Error(`newsgraph ingest seeds failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    // another file may have finished first: its graph is the same, keep it
    try { renameSync(building, shared); } catch { rmSync(building, { recursive: true, force: true }); }
  }
  for (const name of readdirSync(shared)) copyFileSync(join(shared, name), join(dir, name));
  return join(dir, 'graph.json');
}

/** Writes a snapshot as a graph file the embedded store opens. */
export function writeDb(dir: string, snapshot: Snapshot, name = 'graph.json'): string {
  const db = join(dir, name);
  writeFileSync(db, JSON.stringify(snapshot));
  return db;
}

export interface RunningServer { url: string; process: ChildProcess; stop: () => Promise<void> }

/** Starts `newsgraph serve --db FILE --port 0` and waits for its `Serving http://…` line. */
export async function startServe(db: string, extra: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`newsgraph serve did not print its URL within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Serving (http:\/\/\S+)/.exec(output);
      if (m) { clearTimeout(timer); resolve(m[1]!.replace(/\/$/, '')); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => { output += c.toString(); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`newsgraph serve exited with ${code}:\n${output}`)); });
  });
  child.removeAllListeners('exit');
  return {
    url,
    process: child,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 3000).unref();
    }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium' (the viewer's browser tests need Debian's Chromium; set CHROMIUM_PATH to use another).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic',
      // headless Chromium 15x starts an omnibox popup renderer beside each page (~3 s of CPU): not needed here
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,WebUIReloadButton'],
  });
}

/** Collects console errors and page errors, so a test can assert the page logged none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? '';
    // the live feed is a stream left open: a reload or close aborts it, which is no failure
    if (new URL(req.url()).pathname === '/api/events' && why === 'net::ERR_ABORTED') return;
    errors.push(`requestfailed: ${req.url()} ${why}`);
  });
  return errors;
}

/** Opens the viewer and waits until the graph is drawn and the page is wired. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.newsgraph?.ready === true, null, { timeout: 30_000 });
}
