/**
 * Which US federal body a secretary serves, when the title alone does not say it (round 10):
 * - "Under Secretary for Rural Development X": the agency the article names for that portfolio ("USDA Rural
 *   Development"), before the department it belongs to;
 * - "Secretary X" with no portfolio at all, in a release that names exactly one executive department ("the
 *   Department of Energy announced …"): the secretary of that department — the country is the reader's inference.
 */
import { fold, matchKey } from '../text/normalize.ts';
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

/** A US cabinet title's portfolio, before or after "Secretary" ("Commerce Secretary", "Secretary of the Treasury"). */
const PORTFOLIO_AFTER = /^ ?of (?:the )?([a-z]+(?: [a-z]+){0,3})$/;
const PORTFOLIO_BEFORE = /(?:^|\s)([a-z]+) $/;
/** Words before "Secretary" that are no portfolio ("Acting Secretary", "U.S. Secretary"). */
const NOT_PORTFOLIO = new Set(['acting', 'the', 'u.s.', 'us', 'then', 'former', 'new', 'deputy', 'under', 'assistant', 'cabinet', 'of', 'and', 'state']);

/**
 * The US executive department a cabinet secretary's title names by its portfolio ("Acting Secretary of Commerce X",
 * "Energy Secretary X"), from the institutions lexicon: the article's mention of it, else an implicit one (the title
 * states the department even when the text never writes its name). Only "Secretary", never "Secretary of State".
 */
export function departmentOfTitle(ctx: RuleContext, pre: string, head: string, port: string, sentence: number): Mention | undefined {
  if (head !== 'secretary') return undefined;
  const word = PORTFOLIO_AFTER.exec(port)?.[1] ?? (port.trim() ? undefined : PORTFOLIO_BEFORE.exec(pre)?.[1]);
  if (!word || NOT_PORTFOLIO.has(word)) return undefined;
  const entry = ctx.gaz.lookup(matchKey(`department of ${word}`)) ?? ctx.gaz.lookup(matchKey(`department of the ${word}`));
  if (!entry || entry.type !== 'Organization' || !entry.lexicon || !US_DEPARTMENT.test(entry.lexicon)) return undefined;
  const named = ctx.mentions.find((m) => m.type === 'Organization' && !m.implicit && m.canonical === entry.name) ??
    ctx.mentions.find((m) => m.type === 'Organization' && m.implicit && m.canonical === entry.name);
  if (named) return named;
  const implicit: Mention = { index: ctx.mentions.length, text: entry.name, type: 'Organization', sentence, start: 0, end: 0, cue: 'cue',
    confidence: 0.8, canonical: entry.name, lexicon: entry.lexicon, implicit: true };
  ctx.mentions.push(implicit);
  return implicit;
}
