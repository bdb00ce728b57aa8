/**
 * ANNOUNCED_AT: a sentence that names an event-like program ("le sommet X", "l'initiative X",
 * "X summit") and speaks of announcing, signing or investing: each company it names announced at
 * that program ("Acme et d'autres sociétés, dont BASF, annonceraient … dans le cadre de
 * l'initiative Select Italy").
 */
import { fold } from '../text/normalize.ts';
import { capByAnaphora, triggerText, type RuleContext } from './context.ts';

/** Program cue words that denote an event or a frame for announcements (not a vision or a roadmap). */
const EVENT_CUES = /^(?:sommet|forum|summit|conference|salon|initiative|initiatives|rencontres|festival|expo|fair|show|week|awards|meet|conclave|symposium|partnership|plan|programme|program|dispositif|appel a projets)$/;

const COMPLEMENT = /(?:\bde|\bdu|\bd'|\bof|\bdes)\s*(?:la\s+|le\s+|l'\s*|the\s+)?([a-z-]+)\s+$/;
const ANNOUNCEMENT = /(?:\bl'annonce|\bcette annonce|\bces annonces|\bthe announcement|\bthis announcement|\bthese announcements)\b/;

export function announcedRule(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    const sk = ctx.skeletons.get(s.index);
    if (!sk) continue;
    const programs = sk.mentions.filter((m) => m.type === 'Program' && EVENT_CUES.test(fold(m.cueWord ?? '')));
    if (!programs.length) continue;
    const event = ctx.cues.announce.exec(triggerText(s.text, sk.mentions));
    if (!event) continue;
    const all = sk.mentions.filter((m) => m.type === 'Company');
    // "Iliad, maison mère de l'opérateur Free, a annoncé": a complement did not announce
    // (a complement introduced by a company noun: "de l'opérateur Y"; "l'éditeur de logiciels X" is X itself)
    const heads = all.filter((m) => { const c = COMPLEMENT.exec(fold(s.text.slice(Math.max(0, m.start - 30), m.start))); return !c || !ctx.cues.company.has(c[1]!); });
    const companies = heads.length ? heads : all;
    // "…a salué l'annonce, faite lors du salon X": the announcement of the company the article is about
    if (!companies.length && ANNOUNCEMENT.test(fold(s.text)) && ctx.focusCompany) companies.push(ctx.focusCompany);
    for (const p of programs) {
      for (const c of companies) {
        const direct = Math.abs(c.end - event.index) < 40 || Math.abs(event.index - c.start) < 40;
        ctx.add({ type: 'ANNOUNCED_AT', source: c.index, target: p.index, sentence: s.index, rule: 'announced-at',
          confidence: capByAnaphora(ctx, direct ? 0.8 : 0.7, c.index) });
      }
    }
  }
}
