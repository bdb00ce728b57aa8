/**
 * Extraction equivalence: a speed change must not change any output. Runs the extraction pipeline
 * (rules extractor, its rejection trace, resolver, memory store) over the seeds, the shared real set,
 * the tuning blind sets (1–17 but 9) and a synthetic corpus, and compares everything it produced, article by
 * article: sentences, mentions, relation candidates, rejections, the resolver's patch, and the final
 * graph (nodes and edges; not the store's creation date).
 *
 *   node --import tsx scripts/bench/extract-equivalence.ts --save FILE    # record this checkout's output
 *   node --import tsx scripts/bench/extract-equivalence.ts --check FILE   # compare with a recording
 *   node --import tsx scripts/bench/extract-equivalence.ts --against DIR  # compare with another checkout
 *                                                                         # (e.g. /work/main), same process
 *   [--synthetic 1000] number of synthetic articles (0 for none)
 *
 * Prints one line per corpus (articles, identical or the first difference: article, path, both values)
 * and exits 1 on any difference. The validation set (blind-9) and the test sets (18 and later) are never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/graph/model.ts';
import { readArticles } from '../../src/ingest/read/index.ts';
import { showHelpIfAsked } from './help.ts';
import { syntheticArticles } from './synthetic-articles.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { save: { type: 'string' }, check: { type: 'string' }, against: { type: 'string' }, synthetic: { type: 'string', default: '1000' } } });
const root = resolve(import.meta.dirname, '../..');

/** The tuning corpora only: blind-9 (the validation set) and the test sets (18 and later) are never read here. */
const TUNING_BLIND = ['set-1', 'set-2', 'set-3', 'set-4', 'set-5', 'set-6', 'set-7', 'set-8', 'set-10', 'set-11', 'set-12', 'set-13', 'set-14', 'set-15', 'set-16', 'set-17'];

async function corpora(): Promise<Array<{ name: string; articles: Article[] }>> {
  const read = async (dir: string) => {
    const out: Article[] = [];
    for await (const item of readArticles([dir])) if (item.article) out.push(item.article);
    return out;
  };
  const out: Array<{ name: string; articles: Article[] }> = [];
  const dirs: Array<[string, string]> = [['seeds', join(root, 'seeds')], ['real', resolve(root, '../shared/eval/real')],
    ...TUNING_BLIND.map((s): [string, string] => [`blind-${s.slice(4)}`, join(root, 'tests/extract/real-blind', s, 'texts')])];
  for (const [name, dir] of dirs) {
    if (existsSync(dir)) out.push({ name, articles: await read(dir) });
    else console.log(`${name}: skipped, no ${dir}`);
  }
  const n = Number(values.synthetic);
  if (n > 0) out.push({ name: `synthetic-${n}`, articles: syntheticArticles(n) });
  return out;
}

/** What one checkout's pipeline produced for a corpus: per article, then the whole graph. */
interface Output { articles: Array<{ id: string; json: string }>; graph: string }

async function pipelineOf(dir: string) {
  const mod = (p: string) => import(pathToFileURL(join(dir, p)).href);
  const [{ createExtractor }, { traceExtraction }, { Resolver }, { openMemoryStore }] = await Promise.all([
    mod('src/extract/index.ts'), mod('src/extract/trace.ts'), mod('src/resolve/index.ts'), mod('src/store/memory/index.ts')]);
  const extractor = createExtractor();
  return async (articles: Article[]): Promise<Output> => {
    const store = await openMemoryStore();
    const resolver = new Resolver(await store.knownEntities());
    const out: Output = { articles: [], graph: '' };
    for (let i = 0; i < articles.length; i += 200) {
      const patches = [];
      for (const a of articles.slice(i, i + 200)) {
        const extraction = extractor.extract(a);
        const { rejected } = traceExtraction(() => extractor.extract(a));
        const patch = resolver.resolve(a, extraction);
        out.articles.push({ id: a.id, json: JSON.stringify({ extraction, rejected, patch }) });
        patches.push(patch);
      }
      await store.apply(patches);
    }
    const snap = await store.snapshot();
    out.graph = JSON.stringify({ nodes: snap.nodes, edges: snap.edges });
    return out;
  };
}

/** The first path where two JSON values differ, with both values (shortened). */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 200);
  return `${path || '(root)'}: ${show(a)} ≠ ${show(b)}`;
}

function compare(name: string, want: Output, got: Output): boolean {
  if (want.articles.length !== got.articles.length) {
    console.log(`${name}: DIFFERENT, ${want.articles.length} articles recorded, ${got.articles.length} now`);
    return false;
  }
  for (let i = 0; i < want.articles.length; i++) {
    const [w, g] = [want.articles[i]!, got.articles[i]!];
    if (w.json !== g.json) {
      console.log(`${name}: DIFFERENT at article ${g.id}: ${firstDifference(JSON.parse(w.json), JSON.parse(g.json))}`);
      return false;
    }
  }
  if (want.graph !== got.graph) {
    console.log(`${name}: DIFFERENT graph: ${firstDifference(JSON.parse(want.graph), JSON.parse(got.graph))}`);
    return false;
  }
  const digest = createHash('sha256').update(got.articles.map((a) => a.json).join('\n') + got.graph).digest('hex').slice(0, 16);
  console.log(`${name}: identical, ${got.articles.length} articles (sha256 ${digest})`);
  return true;
}

const mode = values.save ? 'save' : values.check ? 'check' : values.against ? 'against' : '';
if (!mode) {
  console.error('give --save FILE, --check FILE or --against DIR (see --help)');
  process.exit(2);
}
const all = await corpora();
const here = await pipelineOf(root);
const mine: Record<string, Output> = {};
for (const c of all) mine[c.name] = await here(c.articles);

if (mode === 'save') {
  writeFileSync(values.save!, JSON.stringify(mine));
  for (const c of all) console.log(`${c.name}: ${c.articles.length} articles recorded`);
  console.log(`saved to ${values.save}`);
} else {
  let want: Record<string, Output>;
  if (mode === 'check') want = JSON.parse(readFileSync(values.check!, 'utf8')) as Record<string, Output>;
  else {
    const other = await pipelineOf(resolve(values.against!));
    want = {};
    for (const c of all) want[c.name] = await other(c.articles);
  }
  let same = true;
  for (const c of all) {
    if (!want[c.name]) { console.log(`${c.name}: not in the recording`); same = false; continue; }
    same = compare(c.name, want[c.name]!, mine[c.name]!) && same;
  }
  console.log(same ? 'equivalent: every output identical' : 'NOT equivalent');
  process.exit(same ? 0 : 1);
}
