/**
 * The code of a worker thread: its entry module and everything it imports, bundled once per process by
 * esbuild into one CommonJS script (run with `new Worker(source, { eval: true })`). A worker then starts
 * by parsing one file instead of loading tsx and transpiling the sources module by module, in the
 * bundled CLI and under tsx alike.
 *
 * `moduleUrls` keeps `import.meta.url` working in the bundle (CommonJS has none): each module gets its
 * own source file's URL, so modules that read tables or packages next to them (createRequire) still
 * find them.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const cache = new Map<string, Promise<string>>();
// spelled in pieces: the CLI bundle rewrites that expression wherever it appears in a source (bin/cli-bundle.js)
const META_URL = ['import', 'meta', 'url'].join('.');

function moduleUrlsPlugin(): Plugin {
  return {
    name: 'module-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes(META_URL)) return undefined;
        return { contents: text.replaceAll(META_URL, JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
      });
    },
  };
}

export function bundleWorkerSource(entryPath: string, options: { moduleUrls?: boolean } = {}): Promise<string> {
  const key = `${entryPath}\0${options.moduleUrls ? 1 : 0}`;
  let source = cache.get(key);
  if (!source) {
    source = build({
      entryPoints: [entryPath],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      plugins: options.moduleUrls ? [moduleUrlsPlugin()] : [],
    }).then((r) => r.outputFiles[0]!.text);
    source.catch(() => cache.delete(key)); // a failed build is tried again next time
    cache.set(key, source);
  }
  return source;
}
