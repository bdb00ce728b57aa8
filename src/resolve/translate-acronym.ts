/**
 * The English acronym of a French institutional name: "Fonds européen pour les investissements
 * stratégiques" (FEIS) → "European Fund for Strategic Investments" → EFSI; "Banque centrale
 * européenne" (BCE) → ECB. Only the initials are needed, so only the words whose English initial
 * differs or that move (adjectives) are listed; other words keep their own initial. French puts
 * adjectives after the noun and complements ("de X") after it; English puts both before.
 */
import { fold } from '../extract/text/normalize.ts';

/** Folded French word → English word; `adj` when it is an adjective (it moves before its noun). */
const WORDS: Record<string, { en: string; adj?: boolean }> = {
  fonds: { en: 'fund' }, banque: { en: 'bank' }, conseil: { en: 'council' }, cour: { en: 'court' }, agence: { en: 'agency' },
  office: { en: 'office' }, autorite: { en: 'authority' }, organisation: { en: 'organisation' }, commerce: { en: 'trade' },
  sante: { en: 'health' }, recherche: { en: 'research' }, securite: { en: 'security' }, energie: { en: 'energy' },
  travail: { en: 'labour' }, alimentation: { en: 'food' }, donnees: { en: 'data' }, marche: { en: 'market' },
  developpement: { en: 'development' }, investissement: { en: 'investment' }, investissements: { en: 'investments' },
  traite: { en: 'treaty' }, environnement: { en: 'environment' }, droits: { en: 'rights' }, homme: { en: 'human' },
  europeen: { en: 'european', adj: true }, europeenne: { en: 'european', adj: true }, europeens: { en: 'european', adj: true }, europeennes: { en: 'european', adj: true },
  strategique: { en: 'strategic', adj: true }, strategiques: { en: 'strategic', adj: true },
  mondial: { en: 'world', adj: true }, mondiale: { en: 'world', adj: true },
  monetaire: { en: 'monetary', adj: true }, international: { en: 'international', adj: true }, internationale: { en: 'international', adj: true },
  central: { en: 'central', adj: true }, centrale: { en: 'central', adj: true },
  national: { en: 'national', adj: true }, nationale: { en: 'national', adj: true },
  federal: { en: 'federal', adj: true }, federale: { en: 'federal', adj: true },
  regional: { en: 'regional', adj: true }, regionale: { en: 'regional', adj: true },
  economique: { en: 'economic', adj: true }, economiques: { en: 'economic', adj: true },
  social: { en: 'social', adj: true }, sociale: { en: 'social', adj: true }, sociaux: { en: 'social', adj: true },
  nucleaire: { en: 'nuclear', adj: true }, atomique: { en: 'atomic', adj: true }, spatiale: { en: 'space', adj: true }, spatial: { en: 'space', adj: true },
  unies: { en: 'united', adj: true }, unis: { en: 'united', adj: true }, monetaires: { en: 'monetary', adj: true },
  numerique: { en: 'digital', adj: true }, nordique: { en: 'nordic', adj: true }, africain: { en: 'african', adj: true }, africaine: { en: 'african', adj: true },
  asiatique: { en: 'asian', adj: true }, agricole: { en: 'agricultural', adj: true }, industriel: { en: 'industrial', adj: true }, industrielle: { en: 'industrial', adj: true },
  technologique: { en: 'technological', adj: true }, durable: { en: 'sustainable', adj: true }, vert: { en: 'green', adj: true }, verte: { en: 'green', adj: true },
  mediterraneen: { en: 'mediterranean', adj: true }, mediterraneenne: { en: 'mediterranean', adj: true }, scientifique: { en: 'scientific', adj: true },
  public: { en: 'public', adj: true }, publique: { en: 'public', adj: true }, financier: { en: 'financial', adj: true }, financiere: { en: 'financial', adj: true },
};

/** Prepositions: "de" puts its complement before the head in English, "pour"/"à" keep the order. */
const OF = new Set(['de', 'du', 'des', 'd']);
const KEEP = new Set(['pour', 'a', 'au', 'aux', 'sur', 'en', 'et']);
const ARTICLES = new Set(['le', 'la', 'les', 'l']);

interface Segment { head: string; adjs: string[] }

/** English initials of a French name, upper case; '' when the name does not read as a French noun phrase. */
export function englishInitials(frenchName: string): string {
  const tokens = fold(frenchName).split(/[\s'\-]+/).filter(Boolean);
  // segments of noun + adjectives, with the preposition that links each to the previous one
  const segs: Array<{ seg: Segment; link: 'of' | 'keep' | null }> = [];
  let link: 'of' | 'keep' | null = null;
  for (const t of tokens) {
    if (ARTICLES.has(t)) continue;
    if (OF.has(t)) { link = 'of'; continue; }
    if (KEEP.has(t)) { link = 'keep'; continue; }
    const w = WORDS[t];
    const last = segs[segs.length - 1];
    if (w?.adj && last && link === null) { last.seg.adjs.push(w.en); continue; }
    segs.push({ seg: { head: w?.en ?? t, adjs: [] }, link: segs.length ? link ?? 'keep' : null });
    link = null;
  }
  if (!segs.length) return '';
  const english = (i: number): string[] => {
    const { seg } = segs[i]!;
    const own = [...seg.adjs].reverse();
    if (i === segs.length - 1) return [...own, seg.head];
    const rest = english(i + 1);
    return segs[i + 1]!.link === 'of' ? [...own, ...rest, seg.head] : [...own, seg.head, ...rest];
  };
  return english(0).map((w) => w[0]!.toUpperCase()).join('');
}
