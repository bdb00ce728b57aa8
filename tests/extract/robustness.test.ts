/**
 * Robustness: random word soups made of the pieces rules react to (titles, demonyms, stop words,
 * particles, quotes, parentheses, amounts, years, places) never make extraction or resolution throw,
 * and every relation of the patch joins entities of the patch. Seeded, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';

const PIECES = ['Le', 'La', "L'", 'the', 'The', 'Prime', 'Minister', 'Chief', 'Executive', 'PDG', 'président', 'de', 'du', "d'", 'of', 'and', 'et',
  'Saudi', 'Arabia', 'South', 'Korea', 'Corée', 'Sud', 'français', 'German', 'allemand', 'Le Maire', 'Bruno', 'M.', 'Mr', 'Dr.', 'Amazon', 'AWS',
  '(AWS)', '(', ')', '«', '»', '"', ',', '.', ';', ':', '!', '?', '$', '€', 'US$', '5', '1,2', '3 000', 'milliards', 'billion', "d'euros",
  'dollars', 'USD', 'en', 'in', 'à', 'into', 'dans', "d'ici", 'by', 'depuis', 'since', '2030', '2010', 'investit', 'invests', 'rachète', 'lève',
  'auprès', 'concurrent', 'rival', 'filiale', 'unit', 'sommet', 'summit', 'Choose', 'France', 'Paris', 'Fos-sur-Mer', 'London-based', "'s",
  'ArcelorMittal', 'iPhone', 'KL1', 'IA', 'AI', 'Inc', 'Corp.', 'SA', 'emplois', 'jobs', 'le pays', 'the company', 'le géant américain', '\n', '\n\n',
  '#', '-', 'REUTERS/Jean Dupont', 'https://example.com/x', 'Laisser un commentaire', 'Par', 'By'];

function rng(seed: number) {
  return () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
}

describe('robustness on random text', () => {
  it('never throws and always yields a consistent patch', () => {
    const rand = rng(20251122);
    const extractor = createExtractor();
    const resolver = new Resolver();
    for (let n = 0; n < 400; n++) {
      const len = 3 + Math.floor(rand() * 60);
      const words = Array.from({ length: len }, () => PIECES[Math.floor(rand() * PIECES.length)]!);
      const text = words.join(rand() < 0.5 ? ' ' : '  ');
      const article = { id: `article:fuzz${n}`, title: words.slice(0, 6).join(' '), text, lang: rand() < 0.5 ? 'fr' : 'en' };
      const x = extractor.extract(article);
      for (const m of x.mentions) expect(x.sentences[m.sentence]!.text.slice(m.start, m.end)).toBe(m.implicit ? '' : m.text);
      const p = resolver.resolve(article, x);
      const ids = new Set(p.entities.map((e) => e.id));
      for (const r of p.relations) {
        expect(r.type === 'MENTIONS' ? r.source === article.id : ids.has(r.source)).toBe(true);
        expect(ids.has(r.target)).toBe(true);
      }
    }
  });
});
