/**
 * The prebuilt CLI: src/cli/main.ts and the project modules it imports, bundled by esbuild into ES
 * modules (split, so each command's code and packages load only when it runs; packages stay in
 * node_modules), with the prebuilt lexicon (src/extract/prebuilt), in one folder dist/cli/<build>/
 * named by dist/cli/build.json. So a start runs plain JavaScript (no TypeScript compiled by tsx) and
 * reads the lexicons in their compact form instead of rebuilding them from the source lists.
 *
 * Built by `npm install` / `npm ci` (the `prepare` script runs this file) and again by
 * bin/newsgraph.js whenever an input (a file under src/, package.json, package-lock.json,
 * tsconfig.json, this file) is newer than the build or one was added or removed: an edit under
 * src/ never runs a stale CLI. When it cannot be built, bin/newsgraph.js says so on one line and
 * runs the sources through tsx, as before. NEWSGRAPH_TSX=1 runs the sources without a notice.
 *
 *   node bin/cli-bundle.js      build now (prints one line)
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

/** @typedef {{ dir: string, newest: number, count: number, builtAt: string }} Manifest */
/** @typedef {{ main(argv: string[]): Promise<number>, usePrebuiltLexicon(file: string | undefined): void, writePrebuiltLexicon(file: string): Promise<void> }} BundleModule */

export const distDir = (root = ROOT) => join(root, 'dist', 'cli');
const ENTRY = 'newsgraph.mjs', LEXICON = 'lexicon.bin';

/**
 * The inputs' newest modification time and their number: every file under src/, plus the files that
 * change what the bundle or the lexicon would be.
 * @param {string} root
 * @returns {{ newest: number, count: number, newestFile: string }}
 */
export function inputsState(root = ROOT) {
  let newest = 0, count = 0, newestFile = '';
  const see = (file) => {
    let m;
    try { m = statSync(file).mtimeMs; } catch { return; }
    count++;
    if (m > newest) { newest = m; newestFile = file; }
  };
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else see(p);
    }
  };
  walk(join(root, 'src'));
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json']) see(join(root, f));
  see(THIS_FILE);
  return { newest, count, newestFile: relative(root, newestFile) };
}

/**
 * The current build when it is complete and no input changed since; otherwise undefined and why.
 * @param {string} root
 * @returns {{ manifest?: Manifest, why?: string }}
 */
export function currentBuild(root = ROOT) {
  const dist = distDir(root);
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dist, 'build.json'), 'utf8'));
  } catch {
    return { why: 'not built yet' };
  }
  if (!existsSync(join(dist, manifest.dir, ENTRY)) || !existsSync(join(dist, manifest.dir, LEXICON))) return { why: 'build incomplete' };
  const now = inputsState(root);
  if (now.newest > manifest.newest) return { why: `${now.newestFile} is newer than the build` };
  if (now.count !== manifest.count) return { why: `${now.count - manifest.count > 0 ? 'a file was added' : 'a file was removed'} under src/` };
  return { manifest };
}

/**
 * Rewrites `import.meta.url` in each source module to that module's own URL, relative to the bundle's
 * folder (every output file is in it): the modules keep finding their JSON tables, the viewer and the
 * query worker beside them.
 */
function sourceUrlsPlugin(outdir) {
  return {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const rel = relative(outdir, args.path).split(sep).join('/');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One builder at a time (parallel CLI runs after an edit): a lock file; a stale one (a builder killed) is taken over. */
async function withBuildLock(dist, fn) {
  const lock = join(dist, '.build.lock');
  for (let waited = 0; ; waited += 100) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let age = 0;
      try { age = Date.now() - statSync(lock).mtimeMs; } catch { continue; }
      if (age > 120_000) { try { unlinkSync(lock); } catch { /* another took it over */ } continue; }
      const built = currentBuild(dirname(dirname(dist))).manifest;
      if (built) return built;
      if (waited > 120_000) throw new Error(`another build holds ${lock}`);
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    try { unlinkSync(lock); } catch { /* gone */ }
  }
}

/**
 * Builds the bundle and its lexicon into a new folder, then names it in build.json (written last,
 * renamed into place: a reader sees the old build or the new one). Builds older than 10 minutes are removed.
 * @param {string} root
 * @returns {Promise<{ manifest: Manifest, module: BundleModule }>}
 */
export async function buildCli(root = ROOT) {
  const dist = distDir(root);
  mkdirSync(dist, { recursive: true });
  /** @type {BundleModule | undefined} */
  let module;
  const manifest = await withBuildLock(dist, async () => {
    const inputs = inputsState(root); // before reading the sources: an edit during the build makes it stale
    const dir = `${Date.now().toString(36)}-${process.pid}`;
    const outdir = join(dist, dir);
    const { build } = await import('esbuild');
    await build({
      entryPoints: { newsgraph: join(root, 'src', 'cli', 'bundle-entry.ts') },
      outdir, outExtension: { '.js': '.mjs' }, chunkNames: '[name]-[hash]',
      bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', plugins: [sourceUrlsPlugin(outdir)],
      legalComments: 'none', logLevel: 'silent', sourcemap: 'linked', // stack traces of the sources with NEWSGRAPH_DEBUG
    });
    module = /** @type {BundleModule} */ (await import(pathToFileURL(join(outdir, ENTRY)).href));
    await module.writePrebuiltLexicon(join(outdir, LEXICON)); // from the sources: nothing prebuilt is in use yet
    module.usePrebuiltLexicon(join(outdir, LEXICON));
    /** @type {Manifest} */
    const m = { dir, newest: inputs.newest, count: inputs.count, builtAt: new Date().toISOString() };
    writeFileSync(join(dist, `build.json.${process.pid}`), JSON.stringify(m, null, 2) + '\n');
    renameSync(join(dist, `build.json.${process.pid}`), join(dist, 'build.json'));
    markInUse(outdir);
    removeOldBuilds(dist, dir);
    return m;
  });
  return { manifest, module: module ?? await importBuild(root, manifest) };
}

/**
 * Marks a build as used by this process until it exits: a running `serve` or `watch` imports some of
 * its modules and lexicon sections later, so a build in use is never removed (removeOldBuilds).
 */
function markInUse(buildDir) {
  const mark = join(buildDir, '.in-use', String(process.pid));
  try {
    mkdirSync(dirname(mark), { recursive: true });
    writeFileSync(mark, '');
    process.once('exit', () => { try { unlinkSync(mark); } catch { /* gone */ } });
  } catch { /* a read-only install: nothing is removed there either */ }
}

const alive = (pid) => {
  try { process.kill(pid, 0); return true; } catch (err) { return err.code === 'EPERM'; }
};

/**
 * Removes the builds under `dist` other than `keep` that are older than 10 minutes and that no live
 * process marked as in use.
 * @param {string} dist
 * @param {string} keep
 */
export function removeOldBuilds(dist, keep, now = Date.now()) {
  for (const e of readdirSync(dist, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name === keep) continue;
    const dir = join(dist, e.name);
    try {
      if (now - statSync(dir).mtimeMs <= 600_000) continue;
      let users = [];
      try { users = readdirSync(join(dir, '.in-use')).map(Number); } catch { /* none */ }
      if (users.some(alive)) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch { /* gone, or being removed by another builder */ }
  }
}

/** @returns {Promise<BundleModule>} */
async function importBuild(root, manifest) {
  markInUse(join(distDir(root), manifest.dir));
  const module = /** @type {BundleModule} */ (await import(pathToFileURL(join(distDir(root), manifest.dir, ENTRY)).href));
  module.usePrebuiltLexicon(join(distDir(root), manifest.dir, LEXICON));
  return module;
}

/**
 * The CLI to run: the current build, or a new one when an input changed; undefined (after a one-line
 * notice on stderr) when it cannot be built, or with NEWSGRAPH_TSX=1: the caller runs the sources.
 * @returns {Promise<BundleModule | undefined>}
 */
export async function loadCli(root = ROOT, env = process.env, stderr = process.stderr) {
  if (env.NEWSGRAPH_TSX === '1') return undefined;
  const current = currentBuild(root);
  if (current.manifest) return importBuild(root, current.manifest);
  try {
    // said on a terminal (a few seconds' wait), not to scripts and tests reading stderr
    if (stderr.isTTY || env.NEWSGRAPH_DEBUG) stderr.write(`newsgraph: building the CLI bundle (${current.why})…\n`);
    return (await buildCli(root)).module;
  } catch (err) {
    stderr.write(`newsgraph: running the TypeScript sources through tsx (slower start): the CLI bundle could not be built: ${String(err?.message ?? err).split('\n')[0]}\n`);
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  try {
    const { manifest } = await buildCli();
    console.log(`newsgraph: CLI bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s: dist/cli/${manifest.dir}/`);
  } catch (err) {
    // never fail `npm install` for it: bin/newsgraph.js then runs the sources through tsx
    console.error(`newsgraph: the CLI bundle could not be built (the CLI will run the sources through tsx): ${String(err?.message ?? err).split('\n')[0]}`);
  }
}
