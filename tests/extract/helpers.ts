/** Test helpers: run the rules extractor on a text and read its mentions and relations by name. */
import { createExtractor, type Extraction } from '../../src/extract/index.ts';

const extractor = createExtractor();

export function extract(text: string, lang = 'fr', title = ''): Extraction {
  return extractor.extract({ id: 'article:test', title, text, lang });
}

/** "Name/Type" of every mention written in the text (anaphora and implicit countries left out). */
export function names(x: Extraction): string[] {
  return x.mentions.filter((m) => m.cue !== 'coref' && !m.implicit).map((m) => `${m.text}/${m.type}`);
}

/** Name of a mention, following anaphora to what they refer to; implicit countries by canonical name. */
function nameOf(x: Extraction, i: number): string {
  const m = x.mentions[i]!;
  if (m.refersTo !== undefined) return nameOf(x, m.refersTo);
  return m.implicit ? m.canonical ?? m.text : m.text;
}

/** "Source -TYPE-> Target" of every relation. */
export function relations(x: Extraction, type?: string): string[] {
  return x.relations.filter((r) => !type || r.type === type).map((r) => `${nameOf(x, r.source)} -${r.type}-> ${nameOf(x, r.target)}`);
}

/** Like `relations`, once per pair, places by their canonical name ("UK" and an implicit UK are one country). */
export function placeRelations(x: Extraction, type: string): string[] {
  const canonical = (i: number): string => {
    const m = x.mentions[i]!;
    return m.refersTo !== undefined ? canonical(m.refersTo) : m.canonical ?? m.text;
  };
  return [...new Set(x.relations.filter((r) => r.type === type).map((r) => `${nameOf(x, r.source)} -${r.type}-> ${canonical(r.target)}`))];
}

export function relation(x: Extraction, source: string, type: string, target: string) {
  return x.relations.find((r) => r.type === type && nameOf(x, r.source) === source && nameOf(x, r.target) === target);
}
