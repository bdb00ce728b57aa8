/**
 * ANNOUNCED_AT: a sentence that names an event-like program ("le sommet X", "l'initiative X",
 * "X summit") and speaks of announcing, signing or investing: each company it names announced at
 * that program ("Acme et d'autres sociétés, dont BASF, annonceraient … dans le cadre de
 * l'initiative Select Italy").
 */
import { inSentence } from '../by-sentence.ts';
import { fold } from '../text/normalize.ts';
import { reject, tracing } from '../trace.ts';
import type { Mention } from '../types.ts';
import { capByAnaphora, triggerText, type RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';

/** Program cue words that denote an event or a frame for announcements (not a vision or a roadmap). */
/** (A plan, a programme or a partnership is a frame, not an event: being part of one states no announcement there.) */
const EVENT_CUES = /^(?:sommet|forum|summit|conference|salon|initiative|initiatives|rencontres|festival|expo|fair|show|week|awards|meet|conclave|symposium)$/;

const COMPLEMENT = /(?:\bde|\bdu|\bd'|\bof|\bdes)\s*(?:la\s+|le\s+|l'\s*|the\s+)?([a-z-]+)\s+$/;
const ANNOUNCEMENT = /(?:\bl'annonce|\bcette annonce|\bces annonces|\bthe announcement|\bthis announcement|\bthese announcements)\b/;

const AGENT = /(?:\bby|\bpar) (?:the |la |le |l' ?|les )?(?:(?:⟦[A-Z]\d+⟧|\([^()]*\)|,|and|et) ?)*$/;
/** Program cues of a frame (a plan, a programme), not of an event. */
const FRAME_CUES = /^(?:plan|programme|program|dispositif|initiative|initiatives|partnership|appel a projets)$/;
const NOT_ANNOUNCER = /(?:^|\s)(?:apres|after|avant|before|depuis|since|contre|against|unlike|comme|like)\s+(?:la\s+|le\s+|l'\s*|les\s+|the\s+)?$/;
/** "President X visited Acme and announced …": the place a visitor went to announced nothing. */
const VISITED = /(?:^|\s)(?:visited|visits|visit|visiting|toured|tours|met with|meets with|a visite|visite|visitera|rencontre|a rencontre)\s+(?:la\s+|le\s+|l'\s*|les\s+|the\s+)?(?:(?:societe|company|firm|entreprise|groupe|group|usine|plant|factory|site)\s+)?$/;
/** "three new SME Initiative guarantee transactions": a programme's name as a modifier of funding words is a frame, not an event. */
const FRAME_MODIFIER = /^\s+(?:guarantee|guarantees|loan|loans|funding|funds|fund|grant|grants|transactions?|instruments?|facility|financing|budget|resources|counter-guarantee)\b/;
const UNDER = /(?:under|sous|au titre d[eu]|funded by|finance par)\s+(?:the\s+|le\s+|la\s+|l'\s*)?(?:[a-z-]+\s+){0,2}$/;
const PAST = /(?:last year's|last year|previous|prior|earlier|l'an dernier|l'annee derniere|precedente?|du dernier|de la derniere|(?:19|20)\d\d)\s+(?:edition\s+(?:of\s+|du\s+|de\s+la\s+)?)?(?:[a-z-]+\s+)?$/;
const TODAY = /(?:announced|annoncee?s?|unveiled|devoilee?s?|signed|signee?s?)\s+(?:today|aujourd'hui|this week|cette semaine)/;
const BACK_REFERENCE = /^\s*(?:the|these|those|les|ces)\s+(?:investments|investissements|announcements|annonces|deals|contrats|contracts|projects|projets)\b/;

/** An interview's words before the name, and the name after "avec", "à", "on", "with": the medium that broadcast it. */
const INTERVIEW = /(?:^|\s)(?:entretien|interview|entrevue|emission|debat|itw)(?:\s|$)/;
const MEDIUM_BEFORE = /(?:^|\s)(?:avec|a|au|sur|on|with|to)\s+(?:la\s+|le\s+|l'\s*|the\s+)?$/;
function interviewMedium(text: string, m: Mention): boolean {
  const before = fold(text.slice(0, m.start));
  return MEDIUM_BEFORE.test(before.slice(-12)) && INTERVIEW.test(before);
}

/** The event of the article: the one its title names, else the one written "today's X". */
function currentEvent(ctx: RuleContext): Mention | undefined {
  const events = ctx.mentions.filter((m) => m.type === 'Program' && EVENT_CUES.test(fold(m.cueWord ?? '')));
  return events.find((m) => ctx.sentences[m.sentence]?.part === 'title' || m.sentence === 0) ??
    events.find((m) => /today['’]s\s*$|aujourd'hui\s*$/.test(fold(ctx.sentences[m.sentence]!.text.slice(Math.max(0, m.start - 10), m.start))));
}

export function announcedRule(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    const sk = ctx.skeletons.get(s.index);
    if (!sk) continue;
    const folded = fold(s.text);
    const named = sk.mentions.filter((m) => m.type === 'Program' && EVENT_CUES.test(fold(m.cueWord ?? '')));
    if (!named.length) continue;
    // "under the X Program", "the X Program's Funding Opportunity": a frame for funding, not an event of announcements
    const framed = named.filter((m) => !UNDER.test(folded.slice(Math.max(0, m.start - 30), m.start)) && !/^['’]s\b/.test(s.text.slice(m.end)) && !FRAME_MODIFIER.test(fold(s.text.slice(m.end, m.end + 30))) &&
      !named.some((o) => o !== m && o.end <= m.start && /^['’]s\s*$/.test(s.text.slice(o.end, m.start))));
    // "committed at last year's X": a past event; what is "announced today" was announced at this year's
    const current = framed.filter((m) => !PAST.test(folded.slice(Math.max(0, m.start - 30), m.start)));
    const today = TODAY.test(folded) && current.length < framed.length ? currentEvent(ctx) : undefined;
    const programs = today ? [today] : current;
    if (tracing() && programs.length < named.length) {
      for (const m of named) if (!programs.includes(m)) reject({ stage: 'relation', sentence: s.index, text: `? -ANNOUNCED_AT-> ${m.text}`, reason: 'a funding frame or a past event', rule: 'announced-at' });
    }
    if (!programs.length) continue;
    const event = ctx.cues.announce.exec(triggerText(s.text, sk.mentions));
    if (!event) continue;
    // companies, and organizations that are not media ("… announced today by DP World, ABP and Imperial College")
    // (an organization only as the agent: "announced by X, Y and Z"; "l'Élysée a annoncé" speaks for a government)
    const agent = (m: Mention) => { const at = sk.text.indexOf(`⟦O${m.index}⟧`); return at >= 0 && AGENT.test(sk.text.slice(0, at)); };
    // (a seat of government typed Company, "l'Élysée", speaks for its government: no company announced)
    // ("Entretien de M. X avec CNews … sur le Sommet Y", "Interview of X on BFM TV": the medium of an interview announced nothing)
    const all = sk.mentions.filter((m) => ((m.type === 'Company' && !isPublicBody(m)) || (m.type === 'Organization' && m.cueWord !== 'media' && !m.implicit && !isPublicBody(m) && agent(m))) &&
      !VISITED.test(fold(s.text.slice(Math.max(0, m.start - 30), m.start))) && !interviewMedium(s.text, m));
    // "The investments, announced as part of today's summit": the investors of the sentence before
    if (!all.length && BACK_REFERENCE.test(folded)) {
      for (const r of inSentence(ctx.relations, s.index - 1)) if (r.type === 'INVESTS_IN' && r.sentence === s.index - 1 && !all.includes(ctx.mentions[r.source]!)) all.push(ctx.mentions[r.source]!);
    }
    // "Iliad, maison mère de l'opérateur Free, a annoncé": a complement did not announce
    // (a complement introduced by a company noun: "de l'opérateur Y"; "l'éditeur de logiciels X" is X itself)
    // "après la X, Y a présenté", "after X, …": a name in a time or comparison phrase announced nothing
    const heads = all.filter((m) => {
      const lead = fold(s.text.slice(Math.max(0, m.start - 30), m.start));
      if (NOT_ANNOUNCER.test(lead)) return false;
      const c = COMPLEMENT.exec(lead);
      return !c || !ctx.cues.company.has(c[1]!);
    });
    const companies = heads.length ? heads : all;
    // "…a salué l'annonce, faite lors du salon X": the announcement of the company the article is about
    // (only at an event: "linked to the X plan" after "this announcement" says nothing about who announced at the plan)
    if (!companies.length && ANNOUNCEMENT.test(fold(s.text)) && ctx.focusCompany && programs.some((p) => !FRAME_CUES.test(fold(p.cueWord ?? '')))) companies.push(ctx.focusCompany);
    for (const p of programs) {
      for (const c of companies) {
        const direct = Math.abs(c.end - event.index) < 40 || Math.abs(event.index - c.start) < 40;
        ctx.add({ type: 'ANNOUNCED_AT', source: c.index, target: p.index, sentence: s.index, rule: 'announced-at',
          confidence: capByAnaphora(ctx, direct ? 0.8 : 0.7, c.index) });
      }
    }
  }
}
