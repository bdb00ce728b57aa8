/**
 * Generated news articles for the scale benchmarks: English and French templates filled with random
 * (but deterministic for a seed) companies, people, countries, amounts and dates, so a corpus of N
 * articles grows the graph the way a year of a focused feed would (new companies keep appearing,
 * countries and cities repeat). Written as one JSONL file, as a user would ingest it.
 *
 *   node --import tsx scripts/bench/generated-articles.ts N OUT.jsonl [--seed 42] [--from 0]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { prng } from './news-graph.ts';

export interface GeneratedArticle { title: string; text: string; date: string; lang: 'en' | 'fr' }

const SYL = ['ka', 'lo', 'vi', 'tor', 'zen', 'mar', 'qua', 'rex', 'no', 'sel', 'tra', 'vo', 'lin', 'dex', 'ar', 'om', 'ix', 'pe', 'sul', 'gra'];
const FIRST = ['Claire', 'Marc', 'Sophie', 'Thomas', 'Laura', 'David', 'Julie', 'Paul', 'Anna', 'Kevin', 'Emma', 'Lucas'];
const COUNTRIES_FR = ['France', 'Allemagne', 'Inde', 'Japon', 'Brésil', 'Espagne', 'Italie', 'Canada', 'Corée du Sud', 'Maroc', 'Pologne', 'Mexique'];
const COUNTRIES_EN = ['France', 'Germany', 'India', 'Japan', 'Brazil', 'Spain', 'Italy', 'Canada', 'South Korea', 'Morocco', 'Poland', 'Mexico'];
const CITIES = ['Lyon', 'Munich', 'Bangalore', 'Osaka', 'Madrid', 'Toronto', 'Casablanca', 'Warsaw', 'Milan', 'Monterrey'];
const DEM_FR = ['allemand', 'américain', 'suisse', 'japonais', 'indien', 'suédois'];
const DEM_EN = ['German', 'American', 'Swiss', 'Japanese', 'Indian', 'Swedish'];
const FILLER_FR = [
  "Les analystes estiment que la demande en calcul continuera de croître au cours des prochaines années, portée par l'essor des services numériques.",
  'Cette annonce intervient dans un contexte de forte concurrence sur le marché mondial des infrastructures.',
  'Le projet devrait être achevé en plusieurs phases, selon un calendrier encore en discussion avec les autorités locales.',
];
const FILLER_EN = [
  'Analysts expect demand for computing capacity to keep growing over the next few years, driven by digital services.',
  'The announcement comes amid fierce competition in the global infrastructure market.',
  'Unions welcomed the news for employment while remaining cautious about working conditions.',
];

/** A generator of articles; the same seed gives the same articles. */
export function articleGenerator(seed = 42): (i: number) => GeneratedArticle {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const word = () => { const w = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYL)).join(''); return w[0]!.toUpperCase() + w.slice(1); };
  const company = () => pick([() => word(), () => `${word()} ${pick(['Systems', 'Energy', 'Labs', 'Motors', 'Group', 'Capital'])}`, () => `${word()}${pick(['', ' AI', ' Tech'])}`])();
  const person = () => `${pick(FIRST)} ${word()}`;
  const date = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
  return (i: number): GeneratedArticle => {
    const [c1, c2, c3] = [company(), company(), company()];
    const p = person();
    if (i % 2) {
      const country = pick(COUNTRIES_EN);
      const s = [
        `${c1} said on Tuesday it will invest $${pick(['1.2', '2', '3.5', '15', '4.75', '800', '40'])} billion in ${country} by 20${30 + Math.floor(rand() * 6)}, creating ${pick(['3,000', '500', '1,200'])} jobs.`,
        `${c1}'s chief executive ${p} unveiled the plan at the ${word()} Summit.`,
        `The ${pick(DEM_EN)} firm ${c2}, a rival of ${c3}, is teaming up with ${c1} on a new ${word()} chip.`,
        pick(FILLER_EN), `The company also plans a campus near ${pick(CITIES)}, according to ${p}.`, pick(FILLER_EN),
      ];
      return { title: `${c1} to invest in ${country} (${i})`, text: s.join(' '), date: date(i), lang: 'en' };
    }
    const country = pick(COUNTRIES_FR);
    const s = [
      `Le groupe ${c1} a annoncé un investissement de ${pick(['1,2', '2', '3,5', '15', '800'])} milliards d'euros en ${country} d'ici 20${30 + Math.floor(rand() * 6)}.`,
      `${p}, directeur général de ${c1}, a présenté le plan lors du sommet ${word()} ${word()}.`,
      `La start-up ${c2}, concurrent de ${c3}, développe ses propres outils.`,
      pick(FILLER_FR), `Le site de ${pick(CITIES)} sera étendu, en partenariat avec l'${pick(DEM_FR)} ${c3}.`, pick(FILLER_FR),
    ];
    return { title: `${c1} investit en ${country} (${i})`, text: s.join(' '), date: date(i), lang: 'fr' };
  };
}

/** Writes articles [from, from+n) of the seed's sequence to a JSONL file. */
export async function writeArticlesJsonl(file: string, n: number, options: { seed?: number; from?: number } = {}): Promise<void> {
  const next = articleGenerator(options.seed ?? 42);
  const from = options.from ?? 0;
  for (let i = 0; i < from; i++) next(i); // the sequence is the same whatever the split
  const out = createWriteStream(file);
  for (let i = from; i < from + n; i++) {
    if (!out.write(JSON.stringify(next(i)) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { showHelpIfAsked } = await import('./help.ts');
  showHelpIfAsked(import.meta.url);
  const args = process.argv.slice(2);
  const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
  await writeArticlesJsonl(args[1]!, Number(args[0]), { seed: Number(opt('--seed', '42')), from: Number(opt('--from', '0')) });
}
