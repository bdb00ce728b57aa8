/**
 * An investment stated from the side of who receives it: "Northern Ireland has attracted investment from A, B and C",
 * "B, a carmaker, secured an equity investment from A", "obtaining a £10 million investment from A for the town of X";
 * and a place the sentence opens on, shown by the projects of listed firms: "X is sharing in the success, as projects by
 * companies such as A and B show".
 * The firms after "from" invest; in the place named right after them ("for the town of X"), else in the receiver
 * (a place, or a company they buy into). Public bodies after "from" fund, they are no investors here.
 */
import type { Mention, Sentence } from '../types.ts';
import type { RuleContext } from './context.ts';
import { mayInvestNamed } from './facilities.ts';
import { literalGate } from './literal-gate.ts';
import { LEGAL_FORM_AFTER_NAME } from '../lexicon/common.ts';

/** "companies such as", "manufacturers like": the lead-in of a list of firms. */
const FIRMS_SUCH_AS = String.raw`(?:(?:companies|firms|groups|investors|businesses|multinationals|manufacturers) (?:such as|like|including) )`;
/** The verb of receiving, the investment noun, "from" and the first firm. */
const RECEIVED_FROM = new RegExp(String.raw`(?<![a-z])(?:secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|attract(?:s|ed|ing)?|won|wins?|winning|land(?:s|ed|ing)|welcom(?:e|es|ed|ing)) (?:[^.;⟦]{0,40}? )?invest(?:ment|ments)(?: (?:and|&) [a-z]+)? from (?:the )?${FIRMS_SUCH_AS}?⟦[CO](\d+)⟧`, 'g');
/** Projects or investments of listed firms: "as projects by companies such as A and B clearly show". */
const BY_FIRMS = new RegExp(String.raw`(?<![a-z])(?:projects|investments|investment) (?:by|from) ${FIRMS_SUCH_AS}?⟦[CO](\d+)⟧`, 'g');
/** The place a sentence opens on as its subject: "North Wales is sharing in the success story". */
const PLACE_SUBJECT = /^(?:(?:and|but|so|today|now|indeed|also) )?⟦[NR](\d+)⟧ (?:is|are|has|have|was|were|had|will|would|continues|continue)(?![a-z])/;
const gate = literalGate(RECEIVED_FROM, BY_FIRMS);
/** What a place does with the projects it receives: shares in them, benefits, gains. */
const BENEFITS = /(?<![a-z])(?:shar(?:e|es|ed|ing)|benefit(?:s|ed|ing|ted|ting)?|gain(?:s|ed|ing)?|profit(?:s|ed|ing)?|enjoy(?:s|ed|ing)?|success)(?![a-z])/;
/** A negation or a refusal before the investment: "no new investment from", "has blocked investments by". */
const NEGATED = /(?<![a-z])(?:no|not|never|little|fewer|less|without|block(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?)(?![a-z])/;
/** The next firm of the list, past the origin of the one before ("A from Korea, B from France and C"). */
const NEXT_FIRM = new RegExp(String.raw`^(?: ${LEGAL_FORM_AFTER_NAME}\.?)?(?: from (?:the )?⟦[NR]\d+⟧)?(,| and|, and| &) (?:the )?⟦[CO](\d+)⟧`);
/** A place right after the list: "for my constituency of X", "in X". */
const PLACE_AFTER = /^(?: from (?:the )?⟦[NR]\d+⟧)?(?:,[^,;⟦]{1,60},)? (?:for|in|into|to) (?:(?:my|the|his|her|our|its|their) )?(?:(?:constituency|town|city|county|region|area|state|borough|district) of )?⟦[NR](\d+)⟧/;
/** The receiver, the subject right before the verb: "X has attracted", "B, a carmaker, secured". */
const RECEIVER = /⟦([CONR])(\d+)⟧(?:,[^,;⟦]{1,60},)? (?:(?:has|have|had|was|were|is|are|will|would|also|recently|just|already|now|been|today|yesterday) )*$/;

export interface ReceivedInvestment { investors: Mention[]; targets: Mention[] }

export function readReceivedInvestment(ctx: RuleContext, s: Sentence): ReceivedInvestment[] {
  const sk = ctx.skeletons.get(s.index);
  if (!sk || !gate(sk.text)) return [];
  const out: ReceivedInvestment[] = [];
  RECEIVED_FROM.lastIndex = 0;
  for (const m of sk.text.matchAll(RECEIVED_FROM)) {
    if (NEGATED.test(m[0])) continue; // "has attracted no new investment from A"
    const list = firmsFrom(ctx, sk.text, m);
    if (!list) continue;
    const { investors, targets } = list;
    const receiver = RECEIVER.exec(sk.text.slice(0, m.index));
    const received = receiver ? ctx.mentions[Number(receiver[2])] : undefined;
    // a company receives a stake; a place receives the investment when no place is named after the list
    if (received && !investors.includes(received) && (receiver![1] === 'C' || (!targets.length && (receiver![1] === 'N' || receiver![1] === 'R')))) targets.push(received);
    if (targets.length) out.push({ investors, targets });
  }
  // "North Wales is sharing in the success story, as projects by companies such as A and B show": the place the
  // sentence opens on, unless the list is followed by its own place
  BY_FIRMS.lastIndex = 0;
  for (const m of sk.text.matchAll(BY_FIRMS)) {
    const list = firmsFrom(ctx, sk.text, m);
    if (!list) continue;
    const before = sk.text.slice(0, m.index);
    // the place shares in or benefits from the projects; "X has blocked investments by A" is no investment in X
    const subject = list.targets.length || !BENEFITS.test(before) || NEGATED.test(before) ? undefined : PLACE_SUBJECT.exec(sk.text);
    if (subject) list.targets.push(ctx.mentions[Number(subject[1])]!);
    if (list.targets.length) out.push(list);
  }
  return out;
}

/** The firm a match ends on, the firms listed after it (a list closed by "and") and the place right after them. */
function firmsFrom(ctx: RuleContext, skeleton: string, m: RegExpExecArray | RegExpMatchArray): ReceivedInvestment | undefined {
  const first = ctx.mentions[Number(m[1])];
  if (!first || !mayInvestNamed(first)) return undefined;
  const investors = [first];
  let rest = skeleton.slice(m.index! + m[0].length);
  let closed = false;
  for (let next = NEXT_FIRM.exec(rest); next; next = NEXT_FIRM.exec(rest)) {
    const firm = ctx.mentions[Number(next[2])];
    if (!firm || !mayInvestNamed(firm)) break;
    investors.push(firm);
    closed = next[1] !== ',';
    rest = rest.slice(next[0].length);
    if (closed) break;
  }
  // (a list not closed by "and" is no list: "from A, B said" names one investor)
  if (!closed) investors.splice(1);
  const place = PLACE_AFTER.exec(rest);
  return { investors, targets: place ? [ctx.mentions[Number(place[1])]!] : [] };
}
