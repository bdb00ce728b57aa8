/**
 * ROLE_AT carried by a definite title in a later sentence: "Manuel Durand est allé à Verdun. Le Premier
 * ministre a salué …", "Paul Brenner visited the plant. 'It is a good day,' the chancellor said." The
 * title names nobody: it is the person just named — the only person of this sentence (before the title)
 * and of the two before it — and that person's office is read as the public-office rule reads it (the
 * country its words name, "le ministre" of France, else the country the article is about). A corporate
 * title ("the chief executive said") is at the company the previous sentences are about.
 */
import { fold } from '../text/normalize.ts';
import { reject, tracing } from '../trace.ts';
import type { Mention, RelationCandidate } from '../types.ts';
import { capByAnaphora, previousSubject, type RuleContext } from './context.ts';
import { articleCountry, countryWeights, personKey } from './government-roles.ts';
import { literalGate } from './literal-gate.ts';
import { PROFESSIONS } from './people-patterns.ts';
import type { CueIndex } from '../cue-index.ts';

/** Public offices that a definite title names unambiguously (a bare "president" may head a company). */
const PUBLIC = ['prime minister', 'premier ministre', 'first minister', 'minister', 'ministre', 'ministre delegue', 'ministre deleguee',
  'chancellor', 'chancelier', 'chanceliere', 'secretary of state', "secretaire d'etat", 'president de la republique', 'senator',
  'senateur', 'senatrice', 'chef du gouvernement', "chef de l'etat"];
/** Corporate titles that a definite title names ("the chief executive said", "le PDG a ajouté"). */
const CORPORATE = ['chief executive officer', 'chief executive', 'ceo', 'chairman', 'chairwoman', 'managing director', 'pdg', 'p-dg',
  'president-directeur general', 'directeur general', 'directrice generale'];
const FRENCH_OFFICE = /^(?:ministre(?: delegue| deleguee)?|premier ministre|secretaire d'etat|president de la republique|chef du gouvernement|chef de l'etat)$/;

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "' ?")).join('|');
const HEAD = `(?<head>${alt([...PUBLIC, ...CORPORATE])})`;
/** Words between the determiner and the title ("the German chancellor", "le nouveau ministre"): at most two, no name. */
const PRE = String.raw`(?<pre>(?:[a-z-]+ ){0,2}?)`;
/** After the title: a portfolio or a verb, never the person's name (the public-office rule reads "le ministre X"). */
const NOT_NAMED = String.raw`(?! ?,? ?(?:(?:m\.|mme|mr|mrs|ms|dr) )?⟦P)(?= |,|\.|$)`;
/** The title opens the sentence ("Le Premier ministre a salué …") or follows a verb of saying ("…, a déclaré le ministre"). */
const START = new RegExp(String.raw`^(?:[«"“] ?)?(?:(?:but|and|mais|et|puis|then|meanwhile|also|aussi|pour sa part|quant a lui) ,? ?)?(?:the|le|la|l' ?) ${PRE}${HEAD}${NOT_NAMED}`);
const SAID = new RegExp(String.raw`(?<![a-z])(?:said|says|added|noted|explained|told [a-z]+|according to|a declare|a ajoute|a souligne|a explique|a precise|a indique|a affirme|a rappele|a estime|a salue|declare|ajoute|explique|souligne|selon|estime) (?:the|le|la|l' ?) ${PRE}${HEAD}${NOT_NAMED}`, 'g');

/** "'…,' the chancellor said": the title right after a closing quote. */
const AFTER_QUOTE = new RegExp(String.raw`[,.!?] ?["”»] ?,? ?(?:the|le|la|l' ?) ${PRE}${HEAD}${NOT_NAMED}`, 'g');
/** Speed: a skeleton without a title word cannot match START, SAID or AFTER_QUOTE. */
const MAY_NAME_TITLE = literalGate(START, SAID, AFTER_QUOTE);

export function roleAnaphoraRule(ctx: RuleContext): void {
  let weights: Map<string, number> | undefined;
  // the roles the other rules read, by person, indexed once (a scan of every relation per title was quadratic)
  let roles: Map<string, RelationCandidate[]> | undefined;
  const rolesOf = (person: number) => {
    if (!roles) {
      roles = new Map();
      for (const r of ctx.relations) {
        if (r.type !== 'ROLE_AT') continue;
        const k = personKey(ctx, r.source);
        const l = roles.get(k);
        if (l) l.push(r); else roles.set(k, [r]);
      }
    }
    return roles.get(personKey(ctx, person)) ?? [];
  };
  for (const [sentence, sk] of ctx.skeletons) {
    const here = ctx.sentences[sentence];
    if (!here || !MAY_NAME_TITLE(sk.text)) continue;
    const matches = [START.exec(sk.text), ...sk.text.matchAll(SAID), ...sk.text.matchAll(AFTER_QUOTE)].filter((m): m is RegExpExecArray => !!m);
    for (const m of matches) {
      const g = m.groups!;
      const head = g.head!.replace(/' /g, "'");
      const person = antecedent(ctx, sentence, sk.text.slice(0, m.index));
      const drop = (reason: string) => {
        if (tracing()) reject({ stage: 'relation', sentence, text: `? -ROLE_AT-> (${head})`, reason, rule: 'role-anaphora' });
      };
      // "The Minister of State, Foreign Office (Mr. Jane Roe)": a Hansard answer header names its holder itself
      if (NAMED_IN_PARENTHESES.test(sk.text.slice(m.index + m[0].length))) { drop('the title names its holder in parentheses'); continue; }
      if (!person) { drop('a title without a name and no single person just named'); continue; }
      const held = rolesOf(person.index);
      let target: Mention | undefined;
      let confidence = 0.6;
      if (CORPORATE.includes(head)) {
        // someone who holds a public office is not the company's chief executive
        if (held.some((r) => ctx.mentions[r.target]?.type === 'Country')) { drop('the person just named holds a public office'); continue; }
        target = titleCompany(ctx, sentence);
      } else {
        // someone already at a company ("X, CEO of Y") is not the minister of the next sentence
        if (held.some((r) => ctx.mentions[r.target]?.type === 'Company')) { drop('the person just named works at a company'); continue; }
        // (the place of an office already read: a country, or a nation or state typed as a region — "First Minister X" at Wales)
        const known = held.find((r) => ctx.mentions[r.target]?.type === 'Country' || ctx.mentions[r.target]?.type === 'Region');
        const dem = [...fold(g.pre ?? '').split(' ')].map((w) => ctx.cues.demonyms.get(w)).find((iso) => iso);
        if (dem) { target = ctx.countryMention(dem, sentence, ''); confidence = 0.7; }
        else if (known) target = ctx.mentions[known.target];
        else if (FRENCH_OFFICE.test(head)) target = ctx.countryMention('FR', sentence, '');
        else target = articleCountry(ctx, sentence, weights ??= countryWeights(ctx));
      }
      if (!target || target.index === person.index) { drop('no organisation or country for the title'); continue; }
      ctx.add({ type: 'ROLE_AT', source: person.index, target: target.index, sentence, rule: 'role-anaphora',
        confidence: capByAnaphora(ctx, confidence, person.index, target.index), properties: { role: head } });
    }
  }
  pronounTitles(ctx);
}

/** Speed: a pronoun and a present copula, the literals every match of `pronounTitleRe` holds. */
const PRONOUN_COPULA = /(?<![a-z])(?:he|she|il|elle) (?:is|has been|remains|serves as|est|reste|demeure) /;
/** One expression per cue index (its role words are part of it). */
const PRONOUN_TITLE_BY_CUES = new WeakMap<CueIndex, RegExp>();

/**
 * "X spent years at Ford. Now he is dean of the School of Management at Y", "Elle est présidente de Y": a pronoun's present
 * title at a body (the last one named: "dean of a unit at Y" is at Y), the person the only one just named (as for bare titles).
 * A past or former title ("he was", "former") is no role now.
 */
function pronounTitleRe(cues: CueIndex): RegExp {
  const known = PRONOUN_TITLE_BY_CUES.get(cues);
  if (known) return known;
  const roles = [...new Set(cues.roleList)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "' ?")).join('|');
  const pronounTitle = new RegExp(String.raw`(?<![a-z])(?:he|she|il|elle) (?:is|has been|remains|serves as|est|reste|demeure) (?:(?:now|also|currently|still|today|desormais|aussi|actuellement|toujours|aujourd' ?hui) ){0,2}(?:(?:the|an?|le|la|l' ?|un|une) )?(?!(?:former|ancien|ancienne|ex)[ -])(?:[a-z-]+ ){0,2}?(?<head>${roles}|${PROFESSIONS})(?: (?:of|for|de|du|des) (?:(?:the|la|le) |l' ?)?(?:⟦[COR]\d+⟧|[a-z-]+(?: [a-z-]+)?))? (?:at|of|for|chez|de|du|a) (?:(?:the|la|le) |l' ?)?(?:(?:company|firm|group|groupe|societe|entreprise) )?⟦[CO](?<t>\d+)⟧`, 'g');
  PRONOUN_TITLE_BY_CUES.set(cues, pronounTitle);
  return pronounTitle;
}

function pronounTitles(ctx: RuleContext): void {
  let re: RegExp | undefined;
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.length || !PRONOUN_COPULA.test(sk.text)) continue;
    re ??= pronounTitleRe(ctx.cues);
    re.lastIndex = 0;
    for (const m of sk.text.matchAll(re)) {
      const person = antecedent(ctx, sentence, sk.text.slice(0, m.index));
      const target = ctx.mentions[Number(m.groups!.t)];
      if (!person || !target) {
        if (tracing()) reject({ stage: 'relation', sentence, text: `? -ROLE_AT-> ${target?.text ?? '?'}`, reason: 'a pronoun\'s title and no single person just named', rule: 'role-pronoun' });
        continue;
      }
      ctx.add({ type: 'ROLE_AT', source: person.index, target: target.index, sentence, rule: 'role-pronoun',
        confidence: capByAnaphora(ctx, 0.6, person.index, target.index), properties: { role: m.groups!.head!.replace(/' /g, "'") } });
    }
  }
}

/** A line that is only a name and parentheses (constituency, party) or a colon: a speaker's label in a transcript. */
const SPEAKER_LABEL = /^\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|M|Mme)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:(?:\([^()]*\)\s*)+:?|:)\s*$/u;
/** A numbered question's asker alone on a line ("9. Mr. Hayes", "Mrs. Roe"): a speaker's label too (Hansard). */
const ASKER_LABEL = /^\s*(?:\d+\.\s*)?(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|M|Mme)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u;
/** A person who puts a question to an office (a written question's author): "⟦P⟧ interroge M. le ministre", "⟦P⟧ asks the Secretary". */
const QUESTIONER = /⟦P\d+⟧ (?:interroge|attire l' ?attention|appelle l' ?attention|questionne|asks|asked|to ask|questions) /;
/** A Hansard answer header: a title, then its holder in parentheses closing the line ("… for Business (⟦P6⟧)"). */
const HEADER_NAMED = /\([^()]{0,20}⟦P\d+⟧ ?\)\s*[.:]?\s*$/;
/** A person in parentheses after the title: "(mr. ⟦P3⟧)". */
const NAMED_IN_PARENTHESES = /\([^()]{0,20}⟦P\d+⟧ ?\)/;

/** The person a bare title refers to: the only person named before it in this sentence and the two before (same part). */
function antecedent(ctx: RuleContext, sentence: number, before: string): Mention | undefined {
  const part = ctx.sentences[sentence]?.part;
  const found: Mention[] = [];
  for (const i of [...before.matchAll(/⟦P(\d+)⟧/g)].map((x) => Number(x[1]))) { const p = ctx.mentions[i]; if (p) found.push(p); }
  for (let k = sentence - 1; k >= 0 && k >= sentence - 2; k--) {
    if (ctx.sentences[k]?.part !== part) break;
    // a speaker's label ("Jane Roe (Northtown) (Lab)") opens a speech: the titles in it name whom the speaker addresses
    if (SPEAKER_LABEL.test(ctx.sentences[k]?.text ?? '') || ASKER_LABEL.test(ctx.sentences[k]?.text ?? '')) continue;
    // "M. X interroge M. le ministre …", "X asks the Secretary of State …": the one who questions holds no office named next
    if (QUESTIONER.test(ctx.skeletons.get(k)?.text ?? '')) continue;
    // "The Parliamentary Under-Secretary of State for X (Jane Roe)": the speaker of the answer, whose own office the header
    // states; a bare title in that speech names another office holder (round 10)
    if (HEADER_NAMED.test(ctx.skeletons.get(k)?.text ?? '')) continue;
    for (const m of ctx.skeletons.get(k)?.mentions ?? []) if (m.type === 'Person' && m.cue !== 'coref') found.push(m);
  }
  if (!found.length) return undefined;
  const keys = new Set(found.map((p) => personKey(ctx, p.index)));
  if (keys.size !== 1) return undefined;
  // the latest mention: this sentence's, else the nearest sentence's
  return found.find((p) => p.sentence === sentence) ?? found.sort((a, b) => b.sentence - a.sentence || b.start - a.start)[0];
}

/** The company of a bare corporate title: the article's company when this sentence or the two before name it, else the previous sentence's subject. */
function titleCompany(ctx: RuleContext, sentence: number): Mention | undefined {
  const focus = ctx.focusCompany;
  const part = ctx.sentences[sentence]?.part;
  for (let k = sentence; focus && k >= 0 && k >= sentence - 2 && ctx.sentences[k]?.part === part; k--) {
    if ((ctx.skeletons.get(k)?.mentions ?? []).some((m) => m.type === 'Company' && (m.index === focus.index || m.text === focus.text || m.refersTo === focus.index))) return focus;
  }
  const subject = previousSubject(ctx, sentence);
  return subject !== undefined ? ctx.mentions[subject] : undefined;
}
