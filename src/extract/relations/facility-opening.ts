/**
 * A facility opened where the sentence has already taken the reader: "… traveled to Cleveland, Tennessee, where he
 * visited A for a ribbon cutting ceremony for their new facility", "in the city of X, where I took part in the
 * opening of a new plant for A", "à X, où nous inaugurons la nouvelle usine de A". The place comes first and a
 * relative "where"/"où" opens the clause of the opening; the company that opens it invests in the place. A company's own
 * event in a place says the same: "Remarks at the A Groundbreaking Ceremony in X".
 */
import type { Mention, Sentence } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { FACILITY, isPublicBody } from './facilities.ts';

/** The place and its relative: "⟦R1⟧, ⟦R2⟧, where …", "la ville de ⟦R1⟧, où …". */
const PLACE_WHERE = /(⟦R\d+⟧)(?: ?, ?⟦R\d+⟧)? ?, (?:where|ou) /;
/** An opening event, or a new facility: the clause states an investment, not a visit to an old plant. */
const OPENING = /(?<![a-z])(?:ribbon[- ]cutting|grand opening|opening|opened|opens|inaugur[a-z]*|groundbreaking|ground-breaking|broke ground|ouverture|ouvert|ouvre|pose de la premiere pierre)(?![a-z])/;
const NEW_FACILITY = new RegExp(String.raw`(?<![a-z])(?:new|nouvelle?|nouvel)(?:,? [a-z0-9'-]+){0,4} ${FACILITY}(?![a-z])`);
/** The owner after the noun: "a new facility for ⟦C⟧", "la nouvelle usine de ⟦C⟧". */
const FOR_OWNER = new RegExp(String.raw`${FACILITY} (?:[a-z-]+ ){0,2}?(?:for|of|de|d' ?|du) (?:the |la |le |l' ?)?⟦C(\d+)⟧`);
const CLOSE = /(?<![a-z])(?:clos(?:e|es|ed|ing|ure)|shut|fermeture|fermer)(?![a-z])/;

export interface Opening { investors: Mention[]; targets: Mention[] }

export function readOpening(ctx: RuleContext, s: Sentence): Opening | undefined {
  const text = ctx.skeletons.get(s.index)?.text;
  if (!text || !text.includes('⟦R')) return undefined;
  const w = PLACE_WHERE.exec(text);
  if (!w) return companyEvent(ctx, text);
  const clause = text.slice(w.index + w[0].length);
  if (!OPENING.test(clause) || !NEW_FACILITY.test(clause) || CLOSE.test(clause)) return undefined;
  const place = ctx.mentions[Number(w[1]!.slice(2, -1))];
  if (!place || place.type !== 'Region') return undefined;
  const owner = FOR_OWNER.exec(clause);
  let investor = owner ? ctx.mentions[Number(owner[1])] : undefined;
  if (!investor) {
    // the company the clause names before the facility noun ("where he visited ⟦C⟧ for … their new facility")
    const at = NEW_FACILITY.exec(clause)!.index;
    const named = [...clause.slice(0, at).matchAll(/⟦C(\d+)⟧/g)].map((m) => ctx.mentions[Number(m[1])]!).filter((m) => m && isActor(m) && !isPublicBody(m));
    if (named.length !== 1) return undefined;
    investor = named[0];
  }
  if (!investor || !isActor(investor) || isPublicBody(investor)) return undefined;
  return { investors: [investor], targets: [place] };
}

/** A company's groundbreaking or opening in a place: "at the ⟦C⟧ Groundbreaking Ceremony in ⟦R⟧", "⟦C⟧'s ribbon cutting at ⟦R⟧". */
const COMPANY_EVENT = /⟦C(\d+)⟧(?:['’]s)? (?:[a-z0-9-]+ ){0,3}?(?:groundbreaking|ground-breaking|ribbon[- ]cutting|grand opening)(?: ceremony| event)? (?:in|at|near) (?:the (?:city|town|village) of )?⟦R(\d+)⟧/;

function companyEvent(ctx: RuleContext, text: string): Opening | undefined {
  const e = COMPANY_EVENT.exec(text);
  const investor = e ? ctx.mentions[Number(e[1])] : undefined;
  const place = e ? ctx.mentions[Number(e[2])] : undefined;
  if (!investor || !place || !isActor(investor) || isPublicBody(investor)) return undefined;
  return { investors: [investor], targets: [place] };
}

/** "Forrest City, located near the river, is where the Chinese giant A plans a $410 million investment". */
const PLACE_IS_WHERE = /(⟦R\d+⟧)(?: ?, ?⟦R\d+⟧)?(?: ?,[^,;]{0,80},)? (?:is|was|will be|would be|est|sera|etait) (?:where|the place where|la ou|l'endroit ou|ou) /;

/** The place a "<place> is where …" sentence opens on, for the investment its clause states. */
export function placeIsWhere(ctx: RuleContext, s: Sentence): Mention | undefined {
  const text = ctx.skeletons.get(s.index)?.text;
  const w = text && text.includes('⟦R') ? PLACE_IS_WHERE.exec(text) : null;
  const place = w ? ctx.mentions[Number(w[1]!.slice(2, -1))] : undefined;
  return place && place.type === 'Region' ? place : undefined;
}
