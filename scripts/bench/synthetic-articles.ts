/**
 * A synthetic corpus of French and English news articles (templates filled with random companies, people,
 * places, amounts), deterministic (seed 42). The ingest benchmark measures extraction on it; the viewer
 * benchmark ingests it to build a realistic large store.
 */
import type { Article } from '../../src/graph/model.ts';

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

export function frArticle(i: number): Article {
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

export function enArticle(i: number): Article {
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

/** n articles, alternating French and English. */
export function syntheticArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => (i % 2 ? enArticle(i) : frArticle(i)));
}
