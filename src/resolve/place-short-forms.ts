/**
 * A French commune named in full once, then by its first word: "Fontenay-le-Comte … à Fontenay", "Châlons-en-Champagne …
 * Châlons", "Saint-Dié-des-Vosges … Saint-Dié" (round 9). The article names one place; two entities split it. Only a
 * compound joined by a French particle, and only when the article names no other compound of that first word. Pure.
 */
export interface PlaceName { text: string; type: string }
export interface PlacePair { short: string; long: string; rule: string }

/** "X-le-Y", "X-sur-Mer", "X-en-Champagne", "X-lès-Y", "X-des-Vosges": the particles of French compound place names. */
const PARTICLE_TAIL = /^(.+?)-(?:le|la|les|sur|sous|en|lès|lez|les|de|du|des|aux|d['’].+|l['’].+)-.+$/;

export function placeShortFormPairs(names: readonly PlaceName[]): PlacePair[] {
  const regions = [...new Set(names.filter((n) => n.type === 'Region').map((n) => n.text))];
  const byHead = new Map<string, string[]>();
  for (const r of regions) {
    const m = PARTICLE_TAIL.exec(r);
    if (m) byHead.set(m[1]!, [...(byHead.get(m[1]!) ?? []), r]);
  }
  const out: PlacePair[] = [];
  for (const r of regions) {
    const longs = byHead.get(r);
    if (longs?.length === 1) out.push({ short: r, long: longs[0]!, rule: 'commune short form' });
  }
  return out;
}
