/**
 * Ingest benchmark: extraction + resolution + memory store for a corpus of synthetic French and
 * English news articles (templates filled with random companies, people, places, amounts), or for
 * the articles of a folder. Prints articles/s, words/s and peak memory, medians over several runs.
 *
 *   node --import tsx scripts/bench/ingest.ts [--articles 5000] [--runs 3] [--dir PATH]
 */
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { readArticles } from '../../src/ingest/read/index.ts';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const N = Number(opt('--articles', '5000'));
const RUNS = Number(opt('--runs', '3'));
const DIR = opt('--dir', '');

// ---------- synthetic corpus ----------
function rng(seed: number) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const SYL = ['ka', 'lo', 'vi', 'tor', 'zen', 'mar', 'qua', 'rex', 'no', 'sel', 'tra', 'vo', 'lin', 'dex', 'ar', 'om', 'ix', 'pe', 'sul', 'gra'];
const word = () => { const w = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYL)).join(''); return w[0]!.toUpperCase() + w.slice(1); };
const company = () => pick([() => word(), () => `${word()} ${pick(['Systems', 'Energy', 'Labs', 'Motors', 'Group', 'Capital'])}`, () => `${word()}${pick(['', ' AI', ' Tech'])}`])();
const FIRST = ['Claire', 'Marc', 'Sophie', 'Thomas', 'Laura', 'David', 'Julie', 'Paul', 'Anna', 'Kevin', 'Emma', 'Lucas'];
const person = () => `${pick(FIRST)} ${word()}`;
const COUNTRIES_FR = ['France', 'Allemagne', 'Inde', 'Japon', 'Brésil', 'Espagne', 'Italie', 'Canada', 'Corée du Sud', 'Maroc', 'Pologne', 'Mexique'];
const COUNTRIES_EN = ['France', 'Germany', 'India', 'Japan', 'Brazil', 'Spain', 'Italy', 'Canada', 'South Korea', 'Morocco', 'Poland', 'Mexico'];
const CITIES = ['Lyon', 'Munich', 'Bangalore', 'Osaka', 'Madrid', 'Toronto', 'Casablanca', 'Warsaw', 'Milan', 'Monterrey'];
const DEM_FR = ['allemand', 'américain', 'suisse', 'japonais', 'indien', 'suédois'];
const DEM_EN = ['German', 'American', 'Swiss', 'Japanese', 'Indian', 'Swedish'];
const num = () => pick(['1,2', '2', '3,5', '15', '4,75', '800', '40']);
const numEn = () => pick(['1.2', '2', '3.5', '15', '4.75', '800', '40']);
const FILLER_FR = [
  "Les analystes estiment que la demande en calcul continuera de croître au cours des prochaines années, portée par l'essor des services numériques.",
  'Cette annonce intervient dans un contexte de forte concurrence sur le marché mondial des infrastructures.',
  'Le projet devrait être achevé en plusieurs phases, selon un calendrier encore en discussion avec les autorités locales.',
  "Les syndicats saluent une bonne nouvelle pour l'emploi, tout en restant prudents sur les conditions de travail.",
];
const FILLER_EN = [
  'Analysts expect demand for computing capacity to keep growing over the next few years, driven by digital services.',
  'The announcement comes amid fierce competition in the global infrastructure market.',
  'The project is expected to be completed in several phases, on a timeline still under discussion with local authorities.',
  'Unions welcomed the news for employment while remaining cautious about working conditions.',
];

function frArticle(i: number): Article {
  const [c1, c2, c3] = [company(), company(), company()];
  const p = person(), k = Math.floor(rand() * COUNTRIES_FR.length), country = COUNTRIES_FR[k]!;
  const s = [
    `Le groupe ${c1} a annoncé un investissement de ${num()} milliards d'euros en ${country} d'ici 20${30 + Math.floor(rand() * 6)}, créant plus de ${pick(['3 000', 'deux mille', '500'])} emplois.`,
    `${p}, directeur général de ${c1}, a présenté le plan lors du sommet ${word()} ${word()}.`,
    `La start-up ${c2}, concurrent de ${c3}, développe ses propres outils, comme ${word()} ${pick(['Studio', 'One', 'X'])}.`,
    `${c1} a investi ${num()} milliards de dollars dans le pays depuis 20${10 + Math.floor(rand() * 10)}.`,
    `Le site de ${pick(CITIES)} sera étendu, en partenariat avec l'${pick(DEM_FR)} ${c3}.`,
    pick(FILLER_FR), pick(FILLER_FR),
    `${c2} est une filiale de ${c1} depuis 20${10 + Math.floor(rand() * 14)}.`,
    `Selon la société, ces investissements renforceront sa position face à ${c3}.`,
    pick(FILLER_FR),
  ];
  return { id: `article:bench-${i}`, title: `${c1} investit en ${country}`, text: s.join(' ') + '\n\nLaisser un commentaire', lang: 'fr' };
}

function enArticle(i: number): Article {
  const [c1, c2, c3] = [company(), company(), company()];
  const p = person(), country = pick(COUNTRIES_EN);
  const s = [
    `${c1} said on Tuesday it will invest $${numEn()} billion in ${country} by 20${30 + Math.floor(rand() * 6)}, creating ${pick(['3,000', '500', '1,200'])} jobs.`,
    `${c1}'s chief executive ${p} unveiled the plan at the ${word()} Summit.`,
    `The ${pick(DEM_EN)} firm ${c2}, a rival of ${c3}, is teaming up with ${c1} on a new ${word()} chip.`,
    `${c2}, a unit of ${c3}, has invested €${numEn()}bn in the country since 20${10 + Math.floor(rand() * 10)}.`,
    pick(FILLER_EN), pick(FILLER_EN),
    `The company also plans a campus near ${pick(CITIES)}, according to ${p}.`,
    pick(FILLER_EN),
  ];
  return { id: `article:bench-${i}`, title: `${c1} to invest in ${country}`, text: s.join(' ') + '\n\nLeave a comment', lang: 'en' };
}

async function corpus(): Promise<Article[]> {
  if (DIR) {
    const out: Article[] = [];
    for await (const item of readArticles([DIR])) if (item.article) out.push(item.article);
    return out;
  }
  return Array.from({ length: N }, (_, i) => (i % 2 ? enArticle(i) : frArticle(i)));
}

// ---------- measure ----------
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const articles = await corpus();
const words = articles.reduce((n, a) => n + (a.title + ' ' + a.text).split(/\s+/).length, 0);
const extractor = createExtractor();
extractor.extract(articles[0]!); // load lexicons and gazetteer outside the timing
const results: Array<{ seconds: number; cpu: number; rss: number; heap: number; entities: number; relations: number }> = [];
for (let run = 0; run < RUNS; run++) {
  globalThis.gc?.();
  const store = await openMemoryStore();
  const resolver = new Resolver(await store.knownEntities());
  let rss = 0, heap = 0;
  const sample = () => { const m = process.memoryUsage(); rss = Math.max(rss, m.rss); heap = Math.max(heap, m.heapUsed); };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let entities = 0, relations = 0;
  for (let i = 0; i < articles.length; i += 200) {
    const patches = articles.slice(i, i + 200).map((a) => resolver.resolve(a, extractor.extract(a)));
    const s = await store.apply(patches);
    entities += s.newEntities;
    relations += s.newRelations;
    sample();
  }
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  results.push({ seconds, cpu, rss, heap, entities, relations });
  console.log(`run ${run + 1}: ${articles.length} articles in ${seconds.toFixed(2)} s (${cpu.toFixed(2)} s CPU), ${entities} entities, ${relations} relations`);
}
const secs = median(results.map((r) => r.seconds));
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const cpu = median(results.map((r) => r.cpu));
console.log('\n| corpus | articles | words | articles/s | words/s | articles/CPU-s | peak RSS | peak heap |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
console.log(`| ${DIR || 'synthetic FR+EN'} | ${articles.length} | ${words} | ${(articles.length / secs).toFixed(0)} | ${(words / secs).toFixed(0)} | ${(articles.length / cpu).toFixed(0)} | ${mb(median(results.map((r) => r.rss)))} | ${mb(median(results.map((r) => r.heap)))} |`);
console.log(`(medians of ${RUNS} runs: extraction + resolution + memory store, no file I/O; articles/CPU-s is the rate per second of CPU time, unaffected by other load on the machine; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
