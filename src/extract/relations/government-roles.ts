/**
 * ROLE_AT for public office: ministers, secretaries of state, presidents, prime ministers, senators,
 * chancellors, kings → their country; commissioners → the Commission. The country is the one the
 * title names ("Italian Defence Minister X", "⟦UK⟧ Secretary of State for Defence X", "le président
 * américain X", "X, ministre de l'économie de ⟦France⟧"), else the country the article is about
 * ("le premier ministre X" in a French statement, "Business Secretary X" in a UK release). Titles
 * before a company ("Acme president X", "X, president of Acme") are left to the pattern rules.
 */
import type { CueIndex } from '../cue-index.ts';
import { fold, matchKey } from '../text/normalize.ts';
import { reject, tracing } from '../trace.ts';
import type { Mention } from '../types.ts';
import { capByAnaphora, type RuleContext } from './context.ts';
import { agencyByPortfolio, departmentOfTitle, isBareSecretary, onlyDepartment } from './us-officials.ts';
import { devolvedNation } from './devolved-roles.ts';

/** Titles of public office, folded; longest first in the regex. */
const HEADS = ['president du conseil des ministres', 'president de la republique', 'president du gouvernement', 'prime minister',
  'deputy prime minister', 'premier ministre', 'ministre delegue', 'ministre deleguee', 'minister of state', 'minister', 'ministre',
  'secretary of state', "secretaire d'etat", 'secretary', 'president', 'presidente', 'vice president', 'vice-president',
  'vice-presidente', 'chancellor', 'chancelier', 'chanceliere', 'senator', 'senateur', 'senatrice', 'congressman', 'congresswoman',
  'king', 'queen', 'roi', 'reine', 'emir', 'head of state', "chef de l'etat", 'chef du gouvernement', 'commissioner',
  'commissaire', 'commissaire europeen', 'commissaire europeenne', 'european commissioner', 'executive vice-president',
  'executive vice president', 'vice-president executif', 'vice-presidente executive', 'ambassador', 'ambassadeur', 'ambassadrice',
  // a governor serves the state the text names before the title ("Ohio Governor X"), never a country by default
  'governor', 'gouverneur', 'lieutenant governor',
  // "Mme X, membre de la Commission chargé de la concurrence": a commissioner
  'membre de la commission', 'member of the commission', 'member of the european commission', 'membre de la commission europeenne'];
/** Titles that serve a country only when the text names it ("UK Ambassador X"; a "brand ambassador" serves none). */
const NAMED_COUNTRY_ONLY = /ambassad/;
/** French government titles: written so, with no country, they name an office of France ("ministre délégué", "le Premier ministre"). */
const FRENCH_OFFICE = /^(?:ministre(?: delegue| deleguee)?|premier ministre|secretaire d' ?etat|president de la republique)$/;
/** Titles of the European (or another) Commission: the Commission named in the article, not a country. */
const COMMISSION_HEAD = /commissaire|commissioner|executive vice|vice-presidente? executi|(?:membre|member) (?:de la|of the) (?:european )?commission/;
/** Corporate words near a title: "vice president of sales", "company president", "président du directoire" belong to companies
 * ("general secretary of the union", "secrétaire général du parti": to a union or a party). */
const CORPORATE = /(?:^|\s)(?:chief|ceo|officer|executive(?! vice)|board|directoire|conseil d'administration|conseil de surveillance|company|firm|group|groupe|societe|entreprise|sales|marketing|operations|engineering|finance officer|regional|regionale?|departemental|university|universite|association|federation|club|bank|banque|(?<!european )union|syndicat|party|parti)(?:\s|$)/;
/** A portfolio goes on with nouns, not with a preposition: "Secretary for Business and Trade, at Hampton Court" ends at "Trade". */
const NOT_PREP = String.raw`(?!(?:monsieur|madame|mme|mr|mrs|ms|dr|sir|at|in|on|to|with|by|from|during|after|before|a|en|dans|sur|avec|par|lors|pendant|apres|avant)(?![a-z'-]))`;
/** "of the economy, finance and recovery", "du redressement productif", "for Defence": the portfolio after a title (a whole
 * preposition: the "de" of "déléguée" opens none). */
const PORTFOLIO = String.raw`(?: (?:of|for|de|du|des|d' ?|aux?|a l' ?|a la|in charge of|en charge (?:de|du|des)|chargee?s? (?:de|du|des|d' ?))(?:(?<=')|(?![a-z]))(?: (?:the|la|le|l' ?|les))? ?[a-z'-]+(?: [a-z-]+)?(?:(?: ?,| and| et| &| des| de la| de l' ?| du| of| for)(?: (?:the|la|le|l' ?|les))? ?${NOT_PREP}[a-z'-]+(?: [a-z-]+)?){0,5})?`;

/** "Monsieur X, avec le Président de la République, …": a preposition after the comma opens another party, not X's title. */
const NOT_COMPANION = String.raw`(?!(?:avec|with|alongside|aux cotes d[eu']|together with|et|and|ou|or|par|by|pour|for|selon|according to|sans|without|contre|against|chez|devant|before|apres|after|comme|like|tout comme) )`;

/** The words before a title end on another person and a comma: "⟦P⟧, vice-" (the title is that person's). */
const APPOSED_TO_PREVIOUS = /⟦P\d+⟧ ?, ?(?:(?:le|la|l' ?|the|a|an|un|une) )?(?:[a-z]+-)?$/;

/** "former", "ancien", "ex-" just before a title (two words between at most: "former Labour Prime Minister"). */
const FORMER = /(?:^|[\s,])(?:former|ancien|ancienne|ex)(?:-| )(?:[a-z-]+ ){0,2}$/;
/** Honorifics between a title and the name: "International Trade Secretary Dr X", "Secretary of State Rt Hon X". */
// (not lexicon HONORIFICS: a repeatable pattern over skeleton text with the parliamentary styles "the rt hon", "right honourable")
const HONORIFIC = String.raw`(?:(?:dr|dr\.|sir|dame|lord|lady|baroness|baron|the rt hon|rt hon|the right honourable|right honourable|mr|mrs|ms|prof|professor|m\.|mme|monsieur|madame) )*`;

interface Compiled { before: RegExp; after: RegExp; demonym: RegExp; state: RegExp; titled: RegExp }
let compiled: Compiled | undefined;

function compile(cues: CueIndex): Compiled {
  if (compiled) return compiled;
  const alt = (ws: Iterable<string>) => [...new Set(ws)].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "' ?")).join('|');
  const heads = alt(HEADS);
  // "us" is also a pronoun ("told us"): the United States is read from "U.S." or a place mention
  const dems = alt([...cues.demonyms.keys()].filter((d) => d !== 'us'));
  const pre = String.raw`(?<pre>(?:(?:⟦[NR]\d+⟧(?: ?'s)?|[a-z.'-]+) ){0,4}?)`;
  // "Italian Defence Minister X", "⟦N⟧'s Minister of Defence X", "le premier ministre X", "President X"
  const before = new RegExp(String.raw`(?<![a-z])${pre}(?<head>${heads})(?: (?<dem2>${dems}))?(?<port>${PORTFOLIO}) ?,? ${HONORIFIC}(?<p>⟦P\d+⟧)`, 'g');
  // "X, ministre de l'économie, …", "X, le ministre du redressement productif", "X, Japan's defence minister"
  const after = new RegExp(String.raw`(?<p>⟦P\d+⟧) ?(?:,|\(| ') ?${NOT_COMPANION}(?:(?:le|la|l' ?|the|a|an|un|une|then|alors|former|ancien|ancienne|current|actuel|actuelle) )?${pre}(?<head>${heads})(?: (?<dem2>${dems}))?(?<port>${PORTFOLIO})(?<of> (?:of|de|du|d' ?)(?: the| la| l' ?)? ?(?<n2>⟦[NCO]\d+⟧))?(?= ?[,.;:)»”"]| ?'(?: |$)| ?$| (?:a|has|had|who|qui|said|says|a declare|will|et|and|est|is|was|etait))`, 'g');
  // "ministre du Développement économique de la République italienne": the state named by its demonym at the portfolio's end
  const state = new RegExp(String.raw`(?:republique|gouvernement|royaume|republic|government|kingdom) (${dems})\s*$`);
  // "the First Minister of ⟦Scotland⟧", "le président de la région ⟦R⟧" written without a person: the office's place
  const titled = new RegExp(String.raw`(?<![a-z])(?<title>(?:[a-z-]+ )?(?:${heads})) (?:of|de|du|d' ?)(?: the| la| l' ?)? ?⟦[NR](?<place>\d+)⟧`, 'g');
  compiled = { before, after, demonym: new RegExp(String.raw`(?:^|\s)(${dems})(?=\s|$)`, 'g'), state, titled };
  return compiled;
}

export function governmentRolesRule(ctx: RuleContext): void {
  const { before, after, demonym, state, titled } = compile(ctx.cues);
  let offices: Map<string, Mention> | undefined;
  let commission: Mention | null | undefined;
  let weights: Map<string, number> | undefined;
  const found: Found[] = [];
  const findCommission = () => (commission ??= ctx.mentions.find((m) => (m.type === 'Organization' || m.type === 'Company') && !m.implicit &&
    /commission/i.test(m.text) && !/\bcommissions?\b.*\bd['’]/i.test(m.text)) ?? null);
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.some((m) => m.type === 'Person')) continue;
    for (const re of [before, after]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const g = m.groups ?? {};
        const person = Number(g.p!.slice(2, -1));
        const head = g.head!;
        const role = `${head}${g.port ?? ''}`.trim();
        // the country named before the title: the last place or demonym of the words before it
        const pre = g.pre ?? '';
        demonym.lastIndex = 0;
        const near = [...pre.matchAll(/⟦[NR](\d+)⟧(?: ?'s)?/g), ...pre.matchAll(demonym)].sort((a, b) => b.index - a.index)[0];
        // at most two title words between the country and the title ("Italian Defence Minister", not "in Beijing by … President")
        // ("UK Business and Trade Secretary": the portfolio's "and" does not count)
        const adjacent = near && pre.slice(near.index + near[0].length).trim().split(/\s+/).filter((w) => w && !/^(?:and|et|&)$/.test(w)).length <= 2 ? near : undefined;
        const placeBefore = adjacent?.[0].startsWith('⟦') ? adjacent : undefined;
        const demBefore = adjacent && !placeBefore ? adjacent[1] : undefined;
        const lead = sk.text.slice(Math.max(0, m.index - 40), m.index);
        const drop = (reason: string) => {
          if (tracing()) reject({ stage: 'relation', sentence, text: `${ctx.mentions[person]?.text} -ROLE_AT-> ?`, reason, rule: 'role-public-office' });
        };
        // "Acme president X", "X, président de ⟦Acme⟧": a company's officer, the pattern rules read it
        // ("Congress and President X": a coordinated name is another party, not the title's institution)
        if (re === before && /⟦[CO]\d+⟧(?: ?'s)? ?(?!(?:and|et|or|ou) )(?:[a-z-]+ ){0,3}$/.test(lead + (g.pre ?? ''))) { drop('title after a company name'); continue; }
        if (g.n2 && /⟦[CO]/.test(g.n2)) { drop('title of a company or organization'); continue; }
        // "A, ministre de l'Économie, et B, …": the title before "et" is A's, not B's
        if (re === before && /(?:^|[\s,])(?:et|and|&)$/.test((g.port ?? '').trim())) { drop('title of the person before the conjunction'); continue; }
        // "M. A, vice-ministre du commerce extérieur, M. B, …": a title in apposition after another name is that name's
        // ("A, Italian Defence Minister B, Japanese Defense Minister C": titles before names, no comma between title and name)
        if (re === before && APPOSED_TO_PREVIOUS.test(lead) && /, ?(?:[a-z.]+ )*⟦P\d+⟧$/.test(m[0].slice((g.pre ?? '').length + head.length + (g.port ?? '').length))) { drop('title in apposition to the person named before it'); continue; }
        if (CORPORATE.test(` ${g.pre ?? ''} ${head} ${g.port ?? ''} `)) { drop('corporate title'); continue; }
        // "M. le président X", "Mme la présidente X": the chair of a sitting or a committee, addressed so in a debate, not a head of state
        if (re === before && /^presidente?$/.test(head) && !g.port && /(?:^|\s)(?:m\.|mme|monsieur|madame) (?:le|la) $/.test(lead.slice(-14) + pre)) { drop('the chair of a sitting or committee'); continue; }
        // "X, ancien ministre de l'Économie", "former Prime Minister X": an office held in the past, no role now
        if (FORMER.test(sk.text.slice(Math.max(0, m.index - 30), m.index + m[0].indexOf(head)))) { drop('a former office'); continue; }
        // "state industries minister X", "le ministre régional X": an office below the country, its region is not stated
        if (/(?:^|\s)(?:state|provincial|regional|regionale?|federal state|land)\s(?:[a-z-]+\s)?$/.test(g.pre ?? '')) { drop('office of a state or province'); continue; }
        // "le Premier ministre a approuvé la décision de son ministre de l'économie, X": a possessive makes the office
        // someone else's (a government named elsewhere), so neither the French default nor the article's country holds
        const possessed = re === before && /(?:^|\s)(?:son|sa|leur|its|his|her|their) $/.test(pre);
        let target: Mention | undefined;
        let confidence = 0.85;
        let guessed = false;
        if (possessed && !g.n2 && !placeBefore && !demBefore && !g.dem2 && !state.test(g.port ?? '') && !COMMISSION_HEAD.test(head)) {
          drop('a title with a possessive ("son ministre"): whose office it is the sentence does not state');
          continue;
        } else if (COMMISSION_HEAD.test(head)) {
          target = findCommission() ?? undefined;
          if (!target) { drop('commission title without a commission in the article'); continue; }
        } else if (g.n2 || placeBefore) {
          const t = ctx.mentions[g.n2 ? Number(g.n2.slice(2, -1)) : Number(placeBefore![1])];
          // a region before the title: "Texas Governor X" is at the region; "Ohio Senator X" serves the country
          target = t?.type === 'Region' && !/governor|gouverneur|maire|mayor/.test(head) ? ctx.focusCountry : t;
        } else if (demBefore || g.dem2 || state.test(g.port ?? '')) {
          const dem = (g.dem2 ?? demBefore ?? state.exec(g.port ?? '')![1])!;
          const iso = ctx.cues.demonyms.get(dem.replace(/' /g, "'"));
          target = iso ? ctx.countryMention(iso, sentence, dem) : undefined;
        } else if (re === before && MET.test(lead + (g.pre ?? ''))) {
          // "talks with Prime Minister X", "a rencontré le Premier ministre X à Hanoï": the host, not the visitor;
          // the country the sentence names apart from the article's own, else none
          const home = FRENCH_OFFICE.test(head) ? 'FR' : articleCountry(ctx, sentence, weights ??= countryWeights(ctx))?.iso2;
          const iso = counterpartCountry(ctx, sentence, home);
          target = iso ? ctx.countryMention(iso, sentence, '') : undefined;
          confidence = 0.6;
          if (!target) { drop('the counterpart of a meeting, its country not stated'); continue; }
        } else if (re === before && !(g.port ?? '').trim() && /(?:^|\s)(?:m\.|mme|monsieur|madame) $/.test(m[0].slice(0, m[0].lastIndexOf('⟦')))) {
          // "le Premier ministre M. X" with no country and no portfolio: French prose names a foreign leader so
          // (its own are "le ministre de l'Économie, M. X"): the one foreign country its sentence names ("le Premier ministre
          // M. X a confirmé le choix … par l'Inde"), else none is stated
          const iso = counterpartCountry(ctx, sentence, 'FR');
          target = iso ? ctx.countryMention(iso, sentence, '') : undefined;
          confidence = 0.6;
          if (!target) { drop('a head of government named with M. and no country or portfolio'); continue; }
        } else if ((offices ??= officePlaces(ctx, titled)).has(officeKey(pre, head))) {
          // "First Minister X said" where the article writes "the First Minister of Scotland": that office's place
          target = offices.get(officeKey(pre, head));
          confidence = 0.7;
        } else if (NAMED_COUNTRY_ONLY.test(head)) {
          drop('an ambassador without a country named');
          continue;
        } else if (FRENCH_OFFICE.test(head)) {
          // another country's minister is "le ministre allemand"; an unqualified French title is of France,
          // even in an article about a visit abroad ("retour des États-Unis")
          target = ctx.countryMention('FR', sentence, '');
          confidence = 0.6;
        } else if (/^senat(?:eur|rice)$/.test(head)) {
          // "M. le sénateur X": a member of the French Senate, no office of the country (the Senate is the body; round 11)
          drop('a French senator with no country named');
          continue;
        } else if (!/governor|gouverneur/.test(head)) {
          // no country named: the country the article is about, its places counted, this sentence's first
          target = articleCountry(ctx, sentence, weights ??= countryWeights(ctx));
          confidence = 0.6;
          guessed = true;
          // "Deputy Secretary X traveled to <foreign city>": a deputy secretary with no portfolio and no country is a US official
          // in a text that names the United States, whatever country the text is about (a visit abroad: the text says so;
          // "Deputy Secretary X met … in London" is of the country the text is about)
          if (target?.iso2 !== 'US' && US_STYLE_SECRETARY.test(`${pre}${head}`) && !(g.port ?? '').trim() && namesUnitedStates(ctx) &&
            ctx.sentences.some((x) => VISIT_ABROAD.test(x.text))) {
            target = ctx.countryMention('US', sentence, '') ?? target;
          }
        }
        // "Agriculture Secretary X" in a release that never names the United States, "Under Secretary X": the department
        // the article names for that portfolio (USDA), not a country the text leaves implicit (or does not state at all)
        const department = /secretary/.test(head) && (!target || (target.type === 'Country' && target.iso2 === 'US')) && !/secretary of state/.test(head)
          ? usDepartment(ctx, `${pre} ${head}${g.port ?? ''}`.replace(/\s+/g, ' '), !!target && confidence > 0.6 && !target.implicit) : undefined;
        if (department) { target = department; confidence = Math.max(confidence, 0.7); }
        const bare = isBareSecretary(ctx, person, head, g.port ?? '') && (!target || (target.type === 'Country' && target.iso2 === 'US'));
        // "Secretary X" where no country is read: the release's one department (us-officials.ts)
        if (!target && bare) target = onlyDepartment(ctx);
        // "Cabinet Secretary for Economy X" in a Welsh Government release: Wales (devolved-roles.ts)
        const nation = !g.n2 && !placeBefore && !demBefore ? devolvedNation(ctx, pre, head, g.port ?? '') : undefined;
        if (nation) { target = nation; confidence = 0.7; }
        // "Acting Secretary of Commerce X", "Energy Secretary X" in a US text: the department the title names (us-officials.ts),
        // besides the United States — not a country guessed from the article's places
        // (a country the title states, or the United States guessed, stays alone: the department is then the reader's inference;
        // a text that names neither the country nor the department guesses no department either: round9-roles)
        const guessedElse = !nation && (!target || (guessed && !(target.type === 'Country' && target.iso2 === 'US')));
        const titleDept = guessedElse && namesUnitedStates(ctx) ? departmentOfTitle(ctx, pre, head, g.port ?? '', sentence) : undefined;
        if (titleDept && titleDept !== target) {
          target = ctx.countryMention('US', sentence, '');
          found.push({ person, target: titleDept, sentence, confidence: 0.7, role, stated: false });
        }
        if (!target) { drop('no country stated or implied for a public office'); continue; }
        found.push({ person, target, sentence, confidence, role, stated: confidence > 0.6 && !COMMISSION_HEAD.test(head),
          bare });
      }
    }
  }
  // one person's office is one country: a title whose country the text states ("UK Business Secretary X") says
  // which country the same person's bare title means elsewhere in the article ("Business Secretary X said")
  const stated = new Map<string, Mention>();
  for (const f of found) if (f.stated) { const k = personKey(ctx, f.person); if (!stated.has(k)) stated.set(k, f.target); }
  // "Secretary X" and no other title for X, in a release of one department: that department's secretary (us-officials.ts)
  const titledElse = new Set(found.filter((f) => !f.bare).map((f) => personKey(ctx, f.person)));
  const department = found.some((f) => f.bare) ? onlyDepartment(ctx) : undefined;
  if (department) for (const f of found) if (f.bare && !titledElse.has(personKey(ctx, f.person))) { f.target = department; f.stated = false; f.confidence = 0.7; }
  for (const f of found) {
    const own = !f.stated && f.target.type === 'Country' ? stated.get(personKey(ctx, f.person)) : undefined;
    const target = own && own.iso2 !== f.target.iso2 ? (ctx.countryMention(own.iso2 ?? '', f.sentence, '') ?? own) : f.target;
    ctx.add({ type: 'ROLE_AT', source: f.person, target: target.index, sentence: f.sentence, rule: 'role-public-office',
      confidence: capByAnaphora(ctx, f.confidence, f.person, target.index), properties: { role: f.role } });
  }
}

/** The lexicon category of the United States' executive departments (institutions.ts). */
const US_DEPARTMENT = 'US federal department';
/** "Deputy Secretary", "Under Secretary" with no portfolio: the US style of a department's officials ("Parliamentary Under-Secretary of State for …" has one). */
/** A visit or a trip: a text about a US deputy secretary abroad says so. */
const VISIT_ABROAD = /\b(?:travel(?:s|ed|led|ing)?|visit(?:s|ed|ing)?|trip|tour(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|flew|delegation|mission)\b/i;
const US_STYLE_SECRETARY = /(?:^|\s)(?:under|deputy|assistant)(?:-| )secretary$/;
/** Sub-cabinet titles: officials of a department, whatever the country's naming. */
const SUB_CABINET = /(?:^|\s)(?:under|deputy|assistant)(?:-| )secretary/;
/** Words of a title that name no portfolio. */
const TITLE_WORDS = new Set(['secretary', 'department', 'under', 'deputy', 'assistant', 'of', 'the', 'for', 'and', 'us', 'u.s.', 'acting', 'then', 'former', 'new']);

/**
 * The US executive department a secretary heads or serves, when the article names it: "Energy Secretary X" → the
 * Department of Energy mentioned in the text. A cabinet secretary is at the department only when the text never
 * writes the country (`countryStated`), else at the country; a sub-cabinet one ("Under Secretary X") always at the
 * department, by portfolio or as the article's only department.
 */
function usDepartment(ctx: RuleContext, title: string, countryStated: boolean): Mention | undefined {
  const sub = SUB_CABINET.test(title);
  if (!sub && (countryStated || namesUnitedStates(ctx))) return undefined;
  // "Under Secretary for Rural Development X": the agency of that portfolio when the article names it
  const agency = sub ? agencyByPortfolio(ctx, title) : undefined;
  if (agency) return agency;
  const words = fold(title).split(/[\s,]+/).filter((w) => w.length > 2 && !TITLE_WORDS.has(w));
  const departments = new Map<string, Mention>();
  for (const m of ctx.mentions) if (m.type === 'Organization' && !m.implicit && m.lexicon?.endsWith(US_DEPARTMENT) && m.canonical && !departments.has(m.canonical)) departments.set(m.canonical, m);
  for (const [name, m] of departments) if (words.some((w) => fold(name).split(/\s+/).includes(w))) return m;
  return sub ? onlyDepartment(ctx) : undefined;
}

/** The country written out: "the U.S.", "America", "United States" (as a Country mention or not: "across the U.S." ends a sentence). */
const US_WRITTEN = /(?<![\p{L}.])(?:U\.S\.(?:A\.)?|United States|America)(?![\p{L}])/gu;

function namesUnitedStates(ctx: RuleContext): boolean {
  if (ctx.mentions.some((m) => m.type === 'Country' && m.iso2 === 'US' && !m.implicit && m.cue !== 'coref')) return true;
  for (const s of ctx.sentences) {
    for (const w of s.text.matchAll(US_WRITTEN)) {
      // inside another name ("Solar Trust of America", "Bank of America") the country is not what the text names
      if (!ctx.mentions.some((m) => m.sentence === s.index && m.type !== 'Country' && !m.implicit && m.start <= w.index && m.end >= w.index + w[0].length)) return true;
    }
  }
  return false;
}

/** Words before a title that make its holder the one met: "talks with", "met", "a rencontré", "entretien avec". */
const MET = /(?:(?:talks?|meetings?|call|discussions|negotiations|dinner|lunch) with|(?:met|meets|met with|meeting|hosted|hosts|welcomed|welcomes|received|receives|greeted|will meet|to meet)|(?:entretien|entretiens|rencontre|discussions|echanges|reunion|entrevue) avec|(?:a rencontre|rencontre|rencontrera|recoit|a recu|recevra|accueille|a accueilli|s'est entretenue? avec|a ete recue? par)) (?:(?:the|le|la|l' ?) )?$/;

/** The one country a sentence names (or names a city of) other than the article's own: the host of a meeting. */
function counterpartCountry(ctx: RuleContext, sentence: number, home: string | undefined): string | undefined {
  const found = new Set<string>();
  for (const m of ctx.skeletons.get(sentence)?.mentions ?? []) {
    if (m.implicit || m.cue === 'coref') continue;
    const iso = m.type === 'Country' ? m.iso2 : m.type === 'Region' ? m.country : undefined;
    if (iso && iso !== home) found.add(iso);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** An office by its title and the word before it ("first minister"), so "First Minister X" finds "the First Minister of Y". */
function officeKey(pre: string, head: string): string {
  const word = /([a-z-]+) $/.exec(pre)?.[1];
  return word && !/^(?:the|le|la|les|a|an|un|une|and|et)$/.test(word) ? `${word} ${head}` : head;
}

/** Offices the article names with their place and no person ("the First Minister of Scotland"): one place per office, else none. */
function officePlaces(ctx: RuleContext, titled: RegExp): Map<string, Mention> {
  const out = new Map<string, Mention>();
  const ambiguous = new Set<string>();
  for (const [, sk] of ctx.skeletons) {
    titled.lastIndex = 0;
    for (const m of sk.text.matchAll(titled)) {
      const key = m.groups!.title!.replace(/^(?:the|le|la|les|a|an|un|une|and|et|by|par|of|de|du|to|with|avec) /, '');
      const place = ctx.mentions[Number(m.groups!.place)];
      if (!place || place.implicit) continue;
      const prev = out.get(key);
      if (prev && prev.text !== place.text) ambiguous.add(key);
      else out.set(key, place);
    }
  }
  for (const k of ambiguous) out.delete(k);
  return out;
}

/** The same person across sentences: by surname ("Jo Stevens" … "Stevens"). */
export function personKey(ctx: RuleContext, index: number): string {
  const m = ctx.mentions[index];
  const words = (m?.canonical ?? m?.text ?? '').trim().split(/\s+/);
  return fold(words[words.length - 1] ?? '');
}

interface Found { person: number; target: Mention; sentence: number; confidence: number; role: string; stated: boolean; bare?: boolean }

/** Words before a country that make it the destination or the counterpart of the article's government. */
const COUNTERPART = /(?:visit(?:s|ing|ed)? to|visit(?:s|ing)?|trip to|travel(?:s|led|ling)? to|arriv(?:es|ed|ing)? in|deal with|agreement with|talks with|negotiations with|relationship with|ties with|trade with|partnership with|en visite (?:en|au|aux|a)|visite (?:en|au|aux|a)|voyage (?:en|au|aux|a)|deplacement (?:en|au|aux|a)|se rend(?:ra|ait)? (?:en|au|aux|a)|accord avec|partenariat avec|relation avec|echanges avec)\s+(?:the\s+|la\s+|le\s+|l'\s*)?$/;

/** Each country's weight in the article: named countries, and the countries of its states and named cities. */
export function countryWeights(ctx: RuleContext): Map<string, number> {
  const named = new Set<string>();
  for (const m of ctx.mentions) if (m.type === 'Country' && m.iso2 && !m.implicit) named.add(m.iso2);
  const score = new Map<string, number>();
  for (const m of ctx.mentions) {
    const iso = weighed(ctx, m, named);
    if (!iso) continue;
    const weight = ctx.sentences[m.sentence]?.part === 'title' || m.sentence === 0 ? 3 : 1;
    score.set(iso, (score.get(iso) ?? 0) + weight);
  }
  return score;
}

/** The country a mention speaks for, if it counts: "France's EDF" describes a company; a city's country only when named. */
function weighed(ctx: RuleContext, m: Mention, named: ReadonlySet<string>): string | undefined {
  if (m.implicit || m.cue === 'coref') return undefined;
  // the country visited or dealt with is the other party, not the office's: "a visit to India", "talks with Vietnam"
  if (COUNTERPART.test(fold((ctx.sentences[m.sentence]?.text ?? '').slice(Math.max(0, m.start - 40), m.start)))) return undefined;
  const iso = m.type === 'Country' ? m.iso2 : m.type === 'Region' ? m.country : governmentOf(ctx, m);
  if (iso && m.type !== 'Country' && m.type !== 'Region') return iso;
  // a city's country counts only when named (a city name recurs across countries); a state's or county's always
  if (!iso || (!named.has(iso) && !(m.type === 'Region' && ctx.gaz.lookup(matchKey(m.text))?.population === undefined))) return undefined;
  if (m.type === 'Country' && /^['’]s\s/.test((ctx.sentences[m.sentence]?.text ?? '').slice(m.end))) return undefined;
  return iso;
}

/** "UK Government", "French Government", "Gouvernement français" read as a name: the government's country. */
function governmentOf(ctx: RuleContext, m: Mention): string | undefined {
  if (m.type !== 'Company' && m.type !== 'Organization') return undefined;
  const k = fold(m.text);
  const g = /^(?:the )?(.+?) government$/.exec(k)?.[1] ?? /^(?:le )?gouvernement (.+)$/.exec(k)?.[1];
  if (!g) return undefined;
  const place = ctx.gaz.lookup(matchKey(g));
  return place?.type === 'Country' ? place.iso2 : ctx.cues.demonyms.get(g);
}

/**
 * The country of public office when the title names none: the article's weights (computed once per
 * article), the countries of this sentence counting once more.
 */
export function articleCountry(ctx: RuleContext, sentence: number, weights: Map<string, number>): Mention | undefined {
  const score = new Map(weights);
  const named = new Set<string>([...weights.keys()]);
  for (const m of ctx.skeletons.get(sentence)?.mentions ?? []) {
    const iso = weighed(ctx, m, named);
    if (iso && m.sentence !== 0 && ctx.sentences[m.sentence]?.part !== 'title') score.set(iso, (score.get(iso) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [iso, n] of score) if (best === undefined || n > score.get(best)!) best = iso;
  if (!best) return undefined;
  return ctx.mentions.find((m) => m.type === 'Country' && m.iso2 === best && !m.implicit) ?? ctx.countryMention(best, sentence, '');
}

