/**
 * French public bodies whose names enumerate their remit (round 9): "Chambre de Commerce et d'Industrie Japonaise en
 * France", "Ministère de l'Économie, des Finances et de l'Industrie", "Ministère de l'Economie des Finances et de
 * l'Industrie". Read whole, they are one body; cut at "et d'" or at the comma, they became three false names ("Chambre
 * de Commerce", "Finances", "Industrie"). Pure: reads tokens only.
 */
import { AND_TAILS, ORGANIZATION_HEADS } from '../lexicon/common.ts';
import type { Gazetteer } from '../gazetteer.ts';
import { spanKey, type Token } from '../text/tokens.ts';

/** Articles of a French complement: "d'", "de", "du", "des", "de la", "de l'" (tokens used). */
function complementAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.lower;
  if (t === "d'" || t === 'du' || t === 'des') return 1;
  if (t === 'de') return tokens[k + 1]?.lower === 'la' || tokens[k + 1]?.lower === "l'" ? 2 : 1;
  return 0;
}

/**
 * End of a French body's name that goes on after tokens i..j, or -1. The name must open on a body's head ("Chambre",
 * "Ministère", "Conseil", …) followed by "de"; the continuation is a remit word ("Industrie", "Finances", "Commerce") after
 * "et de", ", des" or a bare "des", capitalised; then a demonym and "en <Country>" of a chamber abroad.
 */
export function frenchBodyEnd(tokens: readonly Token[], i: number, j: number, isNameAt: (k: number) => boolean, gaz: Gazetteer): number {
  if (!ORGANIZATION_HEADS.has(tokens[i]!.lower) || complementAt(tokens, i + 1) === 0) return -1;
  let end = j, moved = false;
  for (;;) {
    const sep = tokens[end + 1]?.lower;
    let k = end + 1;
    if (sep === 'et' || sep === ',') k++;
    else if (sep !== 'des') break;
    // ", et de l'Industrie": a comma and "et"
    if (sep === ',' && tokens[k]?.lower === 'et') k++;
    const art = complementAt(tokens, k);
    if (art === 0 || !isNameAt(k + art) || !AND_TAILS.has(tokens[k + art]!.lower)) break;
    end = k + art;
    moved = true;
    // "… d'Industrie Franco Japonaise": the capitalised words after the remit belong to it
    while (isNameAt(end + 1) && !tokens[end + 1]!.allCaps) end++;
  }
  if (!moved) return -1;
  // "… Japonaise en France": a chamber abroad names its host country
  if (tokens[end + 1]?.lower === 'en' && /(?:aise|aine|ienne|enne|ande|oise|que)$/.test(tokens[end]!.lower)) {
    for (let e = Math.min(tokens.length - 1, end + 4); e >= end + 2; e--) if (gaz.lookup(spanKey(tokens, end + 2, e))?.type === 'Country') { end = e; break; }
  }
  return end;
}
