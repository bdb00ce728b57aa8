/**
 * Builds the viewer's static files in memory: `viewer/src/main.ts` bundled by esbuild (browser, ESM,
 * minified, source map in its own file `/app.js.map`, which only the developer tools fetch; the ForceAtlas2 web worker is inlined by graphology as a Blob URL), plus
 * the static files of `viewer/` (index.html, app.css). The server calls it once at start and serves the
 * returned map by URL path, so no build step stands between a clone and `npm start`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface StaticFile {
  contentType: string;
  body: Buffer;
  /** The body gzipped once at build time, for clients that accept it (text files over 1 KB). */
  gzip?: Buffer;
}

const VIEWER_DIR = fileURLToPath(new URL('../../viewer/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BuildViewerOptions {
  /** Minify the bundle (default true). */
  minify?: boolean;
  /** Source map, as the separate file /app.js.map (default true). */
  sourcemap?: boolean;
}

/** Every static file of the viewer, keyed by URL path (`/`, `/index.html`, `/app.js`, `/app.css`, …). */
export async function buildViewer(options: BuildViewerOptions = {}): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  const result = await build({
    entryPoints: [join(VIEWER_DIR, 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: options.minify ?? true,
    // linked, not inline: an inline map tripled the bytes every visit downloads and parses
    sourcemap: (options.sourcemap ?? true) ? 'linked' : false,
    write: false,
    outfile: 'app.js',
    legalComments: 'none',
    logLevel: 'silent',
  });
  for (const out of result.outputFiles) {
    const name = '/' + out.path.split(/[\\/]/).pop();
    files.set(name, { contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream', body: Buffer.from(out.contents) });
  }
  for (const entry of await readdir(VIEWER_DIR, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const type = CONTENT_TYPES[extname(entry.name)];
    if (!type) continue;
    files.set('/' + entry.name, { contentType: type, body: await readFile(join(VIEWER_DIR, entry.name)) });
  }
  for (const f of files.values()) {
    if (f.body.length > 1024 && /^(text\/|application\/json|image\/svg)/.test(f.contentType)) f.gzip = gzipSync(f.body, { level: 9 });
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}
