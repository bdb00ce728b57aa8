/**
 * Which US federal body a secretary serves, when the title alone does not say it (round 10):
 * - "Under Secretary for Rural Development X": the agency the article names for that portfolio ("USDA Rural
 *   Development"), before the department it belongs to;
 * - "Secretary X" with no portfolio at all, in a release that names exactly one executive department ("the
 *   Department of Energy announced …"): the secretary of that department — the country is the reader's inference.
 */
import { fold } from '../text/normalize.ts';
import type { Mention } from '../types.ts';
import type { RuleContext } from './context.ts';

/** Lexicon categories of US federal departments and agencies (institutions.ts: "US federal department", "US federal agency (…)"). */
const US_FEDERAL = /US federal (?:department|agency)/;
const US_DEPARTMENT = /US federal department$/;
/** Words of a portfolio that name nothing by themselves. */
const FILLER = new Set(['the', 'of', 'for', 'and', 'us', 'u.s.', 'affairs']);

/** The federal body whose name holds every word of the title's portfolio ("for Rural Development" → "USDA Rural Development"). */
export function agencyByPortfolio(ctx: RuleContext, title: string): Mention | undefined {
  const port = /(?:^|\s)for ([a-z ,&'-]+)$/.exec(fold(title).trim())?.[1];
  if (!port) return undefined;
  const words = port.split(/[\s,&]+/).filter((w) => w.length > 2 && !FILLER.has(w));
  if (!words.length) return undefined;
  for (const m of ctx.mentions) {
    if (m.type !== 'Organization' || m.implicit || !m.lexicon || !US_FEDERAL.test(m.lexicon)) continue;
    const name = fold(`${m.canonical ?? ''} ${m.text}`).split(/[\s-]+/);
    if (words.every((w) => name.includes(w))) return m;
  }
  return undefined;
}

/** The one US executive department the article names (by the lexicon), if it names exactly one. */
export function onlyDepartment(ctx: RuleContext): Mention | undefined {
  let found: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.type !== 'Organization' || m.implicit || !m.lexicon || !US_DEPARTMENT.test(m.lexicon) || !m.canonical) continue;
    if (found && found.canonical !== m.canonical) return undefined;
    found ??= m;
  }
  return found;
}

/**
 * A title that is "Secretary" alone before the person: no portfolio after it, and before it nothing capitalised (a
 * portfolio, a country, a rank: "Energy Secretary X", "U.S. Secretary X") — the sentence's start, a lower-case word or
 * "the" ("since Secretary X announced", "said Secretary X").
 */
export function isBareSecretary(ctx: RuleContext, person: number, head: string, port: string): boolean {
  const p = ctx.mentions[person];
  if (head !== 'secretary' || port.trim() || !p) return false;
  const before = ctx.sentences[p.sentence]?.text.slice(0, p.start) ?? '';
  const m = BARE_SECRETARY.exec(before);
  return !!m && (!m[1] || /^(?:\p{Ll}|[Tt]he$)/u.test(m[1]));
}
const BARE_SECRETARY = /(?:^|(\S+)\s+)[“"(‘']?Secretary,?\s+(?:Dr\.?\s+)?$/u;
