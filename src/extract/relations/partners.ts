/**
 * PARTNERS_WITH among several parties of one statement (the pattern rules read pairs):
 * - joint ventures: "X, une coentreprise créée par A, B et C, rejoints ensuite par D", "a joint venture
 *   that brings together A (UK), B (Italy) and C (Japan)": the owners are partners pairwise, a later
 *   joiner is a partner of each owner and buys into the venture (INVESTS_IN);
 * - agreements signed by a list: "A, B et la filiale de Z, C, signent un accord", "A and B signed an
 *   agreement with C": every signatory with every other;
 * - lists after "between": "a deal between A, B and the UK government" (a government is its country);
 * - co-shareholders: "X devient actionnaire à parts égales avec A et B": X, A and B pairwise.
 */
import { reject, tracing } from '../trace.ts';
import { capByAnaphora, COMPLEMENT_OF, isActor, type RuleContext } from './context.ts';
import { literalGate } from './literal-gate.ts';

const JV_WORDS = /coentreprise|co-entreprise|joint[- ]venture|entreprise commune|consortium/;
/** The owners of a joint venture follow one of these (past its name: "la coentreprise X, détenue par A et B"). */
const JV_OWNERS = /(?:coentreprise|co-entreprise|joint[- ]venture|entreprise commune|consortium)(?: [a-z-]+){0,3}?(?: ⟦C\d+⟧(?: ?\([^()]*\))? ?,)? (?:(?:creee?s?|formee?s?|fondee?s?|detenue?s?|lancee?s?|montee?s?) (?:conjointement )?par|(?:created|formed|founded|owned|set up|established|launched) (?:jointly )?by|(?:led|headed|run) (?:jointly )?by|(?:menee?|emmenee?|pilotee?|dirigee?) par|(?:that |which |qui )?(?:brings|bring|brought|bringing) together|(?:qui )?(?:reunit|reunissant|associe|associant|regroupe|regroupant)|(?:between|entre)|(?:of|de|des|d' ?)) /g;
const JOINED = /^ ?,? ?(?:(?:qui (?:ont ete |a ete |sont |est )?)?(?:rejointe?s?|rejoint)(?: (?:ensuite|plus tard|en \d{4}|depuis))? par|(?:later |since |then |subsequently )?joined(?: (?:later|since|in \d{4}))? by) /;
/** One party of a list: determiner and a few words, a name, an optional parenthesis ("(UK)", "(devenu X)") and legal tail. */
const PARTY = /^(?:(?:le|la|l' ?|les|the|un|une|a|an) )?(?:(?!(?:par|by|rejointe?s?|joined|with|avec|then|puis|ensuite|later|who|qui|which)\b)[a-z-]+ ){0,3}?⟦[CO](\d+)⟧(?: ?\([^()]*\))?(?:\.? ?(?:ltd|inc|llc|plc|sa|sas|ag|gmbh|co|corp|spa|s\.p\.a)\.?)*/;
const SEPARATOR = /^ ?(?:,|, and|, et|et|and|ainsi que|as well as|&) /;
/** "A, B and C have formed a consortium", "A et B vont créer une coentreprise": the founders of a joint body. */
// ("A and B acquire joint control of a newly created joint venture": its owners, as those who form it)
const FORM = /(?<![a-z])(?:have formed|has formed|formed|form|set up|created|create|established|establish|launched|launch|(?:acquire|acquires|acquired|acquiring|take|takes|took|have|hold|holds|share|exercise) joint control (?:of|over)|ont forme|forment|formeront|former|creent|ont cree|creeront|creer|lancent|ont lance|lanceront|constituent|ont constitue|constitueront|constituer|fondent|ont fonde)(?: (?:today|jointly|aujourd'hui|conjointement))? (?:un |une |a |an |the |leur |their )?(?:(?:newly (?:created|formed|established) )?new |nouvelle |nouveau |newly (?:created|formed|established) )?(?:[a-z-]+ )?(?:consortium|joint venture|joint-venture|coentreprise|co-entreprise|societe commune|entreprise commune|alliance)/g;
/**
 * Verbs whose coordinated subjects act together: "A, B and C team up", "A et B s'associent", "A and B will jointly build",
 * "A et B vont développer ensemble": every subject with every other.
 */
const RECIPROCAL = /(?<![a-z])(?:team up|teamed up|teaming up|teams up|join forces|joined forces|joining forces|joins forces|(?:se sont |s' ?)(?:associe|associent|associes|associees|allie|allient|allies|alliees|unissent|unis|unies|rapproche|rapprochent|rapproches|rapprochees)|unissent leurs forces|ont uni leurs forces|(?:will|to|agreed to|plan to|have agreed to) (?:collaborate|cooperate|work together)|(?:vont|veulent|doivent|ont decide de) (?:cooperer|collaborer|travailler ensemble)|(?:cooperent|collaborent|cooperate|collaborate)(?= (?:on|in|to|sur|dans|pour|autour|with|avec)\b)|(?:vont|doivent|veulent) [a-z]+(?:er|ir|re) ensemble|ensemble(?=,? (?:un|une|le|la|les|des|l')\b))/g;
const CLOSED_LIST = /⟦[CO]\d+⟧[^⟦]*(?:\band|\bet|&|as well as|ainsi que)[^⟦]*⟦[CO]\d+⟧[^⟦]*$/;
/** After "formed a joint venture": " with A and B" (the subject and every party after "with" are the venture's owners). */
const FORMED_WITH = /^(?: [a-z-]+){0,2}? (?:with|avec) (?:(?:le|la|les|the) |l' ?)?/;
/** An amount before the agreement noun: "a EUR 2 billion agreement", "a $40m deal", "un contrat de 2 milliards" is after it. */
const AMOUNT = String.raw`(?:(?:eur|usd|gbp|chf|€|\$|£) ?)?[0-9][0-9.,]*(?: ?(?:million|billion|bn|mn|m|k|milliards?|millions?))?(?: ?(?:euros?|dollars?|pounds?))?(?:-[a-z]+)?`;
const SIGN = new RegExp(String.raw`(?<![a-z])(?:signent|signe|ont signe|a signe|signed|sign|have signed|has signed|concluent|ont conclu|concluded|conclude|ont noue|nouent|struck|strike|entered into|enter into|(?:vient de|viennent de|va|vont|doit|doivent) (?:signer|conclure))(?: (?:aujourd'hui|today|ce matin|this week|jointly|conjointement))? (?:un |une |an |a |the |le |l' ?)?(?:new |nouvel |nouveau |nouvelle )?(?:${AMOUNT} )?(?:[a-z-]+ )?(?:accord|agreement|contrat|contract|memorandum|protocole|partenariat|partnership|alliance|pacte|pact|deal)`, 'g');
/** "a deal between A, B and the UK government", "l'accord entre A, B et C": every party of the list with every other. */
const BETWEEN = /(?<![a-z])(?:agreement|deal|partnership|alliance|contract|memorandum|cooperation|collaboration|accord|partenariat|contrat|protocole|cooperation|convention)s?(?:-[a-z]+)? (?:(?:[a-z-]+|⟦[RN]\d+⟧) ){0,6}?(?:between|entre) /g;
/** "the UK government", "le gouvernement français", "the government of ⟦N⟧": a government party is its country. */
const GOVERNMENT = /(?:(?:the |le |la |l' ?)?⟦N(\d+)⟧(?: ?'s)? government|(?:the |le )?(?:government|gouvernement) (?:of |de |du |des |d' ?)?(?:la |le |l' ?|the )?⟦N(\d+)⟧)/g;
const CO_SHAREHOLDERS = /(?:actionnaires?|shareholders?|co-owners?|coproprietaires?|associes?)(?: [a-z-]+){0,4}? (?:avec|with|alongside|aux cotes de|aux cotes d' ?) /g;

/** An agreement signed by a list: "the deal has been signed by A, B and C", "l'accord a été signé par A et B". */
const SIGNED_BY = /(?:(?<![a-z])(?:agreement|deal|contract|memorandum|pact|treaty|accord|contrat|protocole|pacte|traite|convention)s?|⟦[A-Z](\d+)⟧) (?:(?:has been|have been|was|were|is|are|will be|a ete|ont ete|est|sont|sera|seront) )?(?:(?:formally|officially|jointly|today|officiellement|conjointement) )?(?:signed|signee?s?|concluded|conclue?s?) (?:(?:today|on [a-z0-9]+(?: [a-z0-9]+)?|aujourd'hui) )?(?:by|par) (?:(?:le|la|les|the) |l' ?)?/g;
/** A named agreement ("the Falkirk Growth Deal"): only its name says it is one. */
const AGREEMENT_NAME = /\b(?:deal|agreement|pact|accord|treaty|contract|contrat|convention|memorandum|protocole|pacte|traité)\b/i;
/** A merger as a verb, with what announces it: "leur intention de fusionner", "agreed to merge", "will merge". */
const MERGE = /(?<![a-z])((?:leur|their) (?:intention|projet|plan|plans|decision) (?:de |d' ?|to )|(?:plan|plans|planned|agreed|agree|decided|intend|intends) to |(?:ont |a )?(?:decide|accepte|convenu) de |vont |va |will |would |are to )?(?:fusionner|fusionnent|fusionneront|ont fusionne|merge|merged|are merging|have merged)(?![a-z-])/g;
/** A party that may be a state too (after "signed an agreement with"). */
const PARTY_OR_STATE = new RegExp(PARTY.source.replace('⟦[CO]', '⟦[CON]'));
/** Between an agreement and "with": a few words of date, place or amount, no clause ("on 19 October", "de 2 milliards d'euros"). */
const SIGNED_WITH = /^s?(?: (?!(?:that|which|who|qui|que|dont|to|pour|and|et|but|mais|with|avec)\b)(?:[a-z0-9'.-]+|⟦[RN]\d+⟧)){0,6}? (?:avec|with) (?:(?:le|la|les|the) |l' ?)?(?:[a-z-]+ ){0,2}?/;
/** A country after a preposition is a place, not a signatory ("In France, X signed …"). */
const PLACE_COUNTRY = /(?<![a-z])(?:in|en|au|aux|a|of|de|du|d'|des|for|pour|from|to|across|throughout|dans|within|outside) (?:the |la |le |l' ?|les )?⟦N\d+⟧/g;
/**
 * Speed: a sentence none of the expressions below can match reads no partners. (Replacing a government
 * phrase by a placeholder, for SIGN and SIGNED_BY, creates none of their literal words.)
 */
const MAY_PARTNER = literalGate(JV_WORDS, SIGN, SIGNED_BY, MERGE, FORM, BETWEEN, CO_SHAREHOLDERS, RECIPROCAL);

/** The parties listed at the start of `text`: mention indexes, and the length read. */
function readList(text: string, party: RegExp = PARTY): { parties: number[]; length: number } {
  const parties: number[] = [];
  let at = 0;
  for (;;) {
    const p = party.exec(text.slice(at));
    if (!p) break;
    parties.push(Number(p[1]));
    at += p[0].length;
    const sep = SEPARATOR.exec(text.slice(at));
    if (!sep || !party.test(text.slice(at + sep[0].length))) break;
    at += sep[0].length;
  }
  return { parties, length: at };
}

export function partnersRule(ctx: RuleContext): void {
  const pairwise = (list: readonly number[], sentence: number, rule: string, confidence: number) => {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) partner(list[a]!, list[b]!, sentence, rule, confidence);
  };
  const partner = (a: number, b: number, sentence: number, rule: string, confidence: number) => {
    const x = ctx.mentions[a], y = ctx.mentions[b];
    if (!x || !y || a === b || x.text === y.text) return;
    // a state party to an agreement (only the signatory rules read countries as parties)
    if ((x.type === 'Country' && (isActor(y) || y.type === 'Country')) || (y.type === 'Country' && isActor(x))) {
      if (x.iso2 && x.iso2 === y.iso2) return;
      ctx.add({ type: 'PARTNERS_WITH', source: a, target: b, sentence, rule, confidence: capByAnaphora(ctx, Math.min(confidence, 0.7), a, b) });
      return;
    }
    if (!isActor(x) || !isActor(y)) {
      if (tracing()) reject({ stage: 'relation', sentence, text: `${x.text} -PARTNERS_WITH-> ${y.text}`, reason: 'a party is not a company or organization', rule });
      return;
    }
    ctx.add({ type: 'PARTNERS_WITH', source: a, target: b, sentence, rule, confidence: capByAnaphora(ctx, confidence, a, b) });
  };
  for (const [sentence, sk] of ctx.skeletons) {
    // (a state and a company may sign with each other: countries count as parties here)
    if (sk.mentions.filter((m) => isActor(m) || (m.type === 'Country' && !m.implicit)).length < 2) continue;
    // a name typed as a company that is only the words "Joint Venture" reads as those words
    // (speed: only when one of the sentence's names has such words; the text is the same otherwise)
    const text = !sk.mentions.some((m) => JV_WORDS.test(m.text.toLowerCase())) ? sk.text : sk.text.replace(/⟦[A-Z](\d+)⟧/g, (p, i: string) => {
      const m = ctx.mentions[Number(i)];
      return m && JV_WORDS.test(m.text.toLowerCase()) && m.text.split(/\s+/).length <= 2 ? m.text.toLowerCase() : p;
    });
    if (!MAY_PARTNER(text)) continue;
    if (JV_WORDS.test(text)) readJointVenture(ctx, text, sentence, pairwise, partner);
    // a state signs too ("la France vient de signer un contrat avec X"; "the UK government"): its country is the party
    const signText = text.replace(GOVERNMENT, (_, a: string | undefined, b: string | undefined) => `⟦O${a ?? b}⟧`);
    SIGN.lastIndex = 0;
    let s: RegExpExecArray | null;
    while ((s = SIGN.exec(signText))) {
      const subjects = signatories(ctx, signText.slice(0, s.index), true);
      // "signed a new guarantee agreement on 19 October with the X": a date or place between the agreement and its party
      const after = SIGNED_WITH.exec(signText.slice(s.index + s[0].length));
      const others = after ? readList(signText.slice(s.index + s[0].length + after[0].length), PARTY_OR_STATE).parties : [];
      // "A and B signed a EUR 25 million agreement": two signatories are partners as three are
      if (subjects.length >= 2) pairwise(subjects, sentence, 'partner-signatories', 0.75);
      for (const a of subjects) for (const b of others) partner(a, b, sentence, 'partner-signatories', 0.75);
    }
    // "The X Growth Deal has been signed by the UK and Scottish Governments as well as Y Council": the signatories of a passive
    SIGNED_BY.lastIndex = 0;
    for (const b of signText.matchAll(SIGNED_BY)) {
      const named = b[1] !== undefined ? ctx.mentions[Number(b[1])] : undefined;
      if (named && !AGREEMENT_NAME.test(named.text)) continue;
      // ("the UK and Scottish Governments": a plural "… Governments" is adjectives coordinated, not one party)
      const parties = readList(signText.slice(b.index + b[0].length), PARTY_OR_STATE).parties.filter((i) => !/\bgovernments$/i.test(ctx.mentions[i]?.text ?? ''));
      if (parties.length >= 2) pairwise(parties, sentence, 'partner-signed-by', 0.75);
    }
    // "A et B ont annoncé leur intention de fusionner", "A and B agreed to merge", "A will merge with B": merging parties
    for (const f of text.matchAll(MERGE)) {
      const parties = signatories(ctx, text.slice(0, f.index));
      const after = /^ (?:avec|with) (?:(?:le|la|les|the) |l' ?)?(?:[a-z-]+ ){0,2}?/.exec(text.slice(f.index + f[0].length));
      // (only a merger to come: "AT&T merged with B" in the past often reports a takeover)
      const others = after && f[1] ? readList(text.slice(f.index + f[0].length + after[0].length)).parties : [];
      if (parties.length >= 2) pairwise(parties, sentence, 'partner-merging', 0.75);
      for (const a of parties) for (const b of others) partner(a, b, sentence, 'partner-merging', 0.75);
    }
    FORM.lastIndex = 0;
    for (const f of text.matchAll(FORM)) {
      const founders = signatories(ctx, text.slice(0, f.index));
      // "A has formed a joint venture with B and C": B and C own it with A (the pattern rules read A with each)
      const rest = text.slice(f.index + f[0].length);
      const withAt = FORMED_WITH.exec(rest);
      const list = withAt ? readList(rest.slice(withAt[0].length)) : undefined;
      // (a list closed by a conjunction: "with Pellix, Lexmore reported" is one party and the news' source)
      const others = list && (list.parties.length === 1 || CLOSED_LIST.test(rest.slice(withAt![0].length, withAt![0].length + list.length))) ? list.parties : [];
      const owners = [...founders, ...others];
      if (owners.length >= 2) pairwise(owners, sentence, 'partner-founders', 0.75);
    }
    RECIPROCAL.lastIndex = 0;
    for (const r of text.matchAll(RECIPROCAL)) {
      const parties = signatories(ctx, text.slice(0, r.index));
      if (parties.length >= 2) pairwise(parties, sentence, 'partner-reciprocal', 0.75);
    }
    BETWEEN.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = BETWEEN.exec(text))) {
      // a government party reads as an organization placeholder here, and stays its country
      const rest = text.slice(w.index + w[0].length).replace(GOVERNMENT, (_, a: string | undefined, b: string | undefined) => `⟦O${a ?? b}⟧`);
      const { parties } = readList(rest);
      if (parties.length < 3) continue; // two parties: the pattern rule "partner-between"
      for (let a = 0; a < parties.length; a++) for (let b = a + 1; b < parties.length; b++) {
        const x = ctx.mentions[parties[a]!], y = ctx.mentions[parties[b]!];
        if (x?.type === 'Country' || y?.type === 'Country') {
          if (x && y && x !== y) ctx.add({ type: 'PARTNERS_WITH', source: x.index, target: y.index, sentence, rule: 'partner-between-list', confidence: capByAnaphora(ctx, 0.7, x.index, y.index) });
        } else partner(parties[a]!, parties[b]!, sentence, 'partner-between-list', 0.75);
      }
    }
    CO_SHAREHOLDERS.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = CO_SHAREHOLDERS.exec(text))) {
      const others = readList(text.slice(c.index + c[0].length)).parties;
      const subject = signatories(ctx, text.slice(0, c.index))[0];
      if (!others.length) continue;
      pairwise(subject !== undefined ? [subject, ...others] : others, sentence, 'partner-co-shareholders', 0.7);
    }
  }
}

const CLAUSE_START = /(?:[.;:] |(?<![a-z])(?:que|qu' ?|that|after|apres|when|lorsque|quand|while|tandis que) )/g;

/** Between two signatories: a separator, with a few words around it ("de l'époque, ", " et la filiale "). */
const LIST_GAP = /^ ?(?:[a-z'-]+ ?){0,3}?(?:,|, et|, and|et|and|&|ainsi que|as well as) ?(?:[a-z'-]+ ?){0,3}?,? ?$/;
/** Between the last signatory and the verb: an auxiliary or adverb, never a new coordinated verb ("…, and has signed"). */
const VERB_GAP = /^ ?,? ?(?:(?!(?:et|and|mais|but|or|ou)\b)[a-z'-]+,? ?){0,5}?,? ?$/;
/** Two names joined by a dash: one party's two names. */
const NAME_DASH = /^ ?[–—-] ?$/;
const RELATIVE_CLAUSE = /, ?(?:qui|which|who|that|dont|ou|where)\b[^,]*,/g;

/** Openers of a subordinate clause that a comma closes ("after", "when", "while", "après", "quand"). */
const SUBORDINATOR = /^(?:after|apres|when|lorsque|quand|while|tandis que) $/;

/** The coordinated subjects of a verb: "A, B et la filiale de Z, C, signent" → A, B, C (complements and parentheses left out). */
function signatories(ctx: RuleContext, before: string, states = false): number[] {
  let from = 0, subordinate = false;
  for (const b of before.matchAll(CLAUSE_START)) { from = b.index + b[0].length; subordinate = SUBORDINATOR.test(b[0]); }
  // "After A lost the contract to B, C and D teamed up": the comma that closes a clause with its own verb starts the main one
  if (subordinate) {
    const comma = before.indexOf(', ', from);
    if (comma > 0 && /(?<![⟦\w])[a-z]{3,}/.test(before.slice(from, comma).replace(/⟦[A-Z]\d+⟧/g, ' '))) from = comma + 2;
  }
  let clause = before.slice(from).replace(/\([^()]*\)/g, ' ').replace(RELATIVE_CLAUSE, ' ').replace(COMPLEMENT_OF, ' ');
  if (states) clause = clause.replace(PLACE_COUNTRY, ' ');
  clause = clause.replace(/ {2,}/g, ' ');
  const found = [...clause.matchAll(states ? /⟦[CON](\d+)⟧/g : /⟦[CO](\d+)⟧/g)];
  const last = found[found.length - 1];
  if (!last || !VERB_GAP.test(clause.slice(last.index + last[0].length))) return [];
  const out: number[] = [Number(last[1])];
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k]!, b = found[k + 1]!;
    const gap = clause.slice(a.index + a[0].length, b.index);
    // "Cassa di Risparmio di Bolzano – Südtiroler Sparkasse": a name in two languages is one party, written once
    if (NAME_DASH.test(gap)) continue;
    if (!LIST_GAP.test(gap)) break;
    out.unshift(Number(a[1]));
  }
  return out.filter((i, n) => (isActor(ctx.mentions[i]) || (states && ctx.mentions[i]?.type === 'Country')) && out.indexOf(i) === n);
}

function readJointVenture(ctx: RuleContext, text: string, sentence: number,
  pairwise: (list: readonly number[], sentence: number, rule: string, confidence: number) => void,
  partner: (a: number, b: number, sentence: number, rule: string, confidence: number) => void): void {
  JV_OWNERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JV_OWNERS.exec(text))) {
    const start = m.index + m[0].length;
    const { parties: owners, length } = readList(text.slice(start));
    if (owners.length < 2 && !/par|by|together|entre|between/.test(m[0])) continue;
    if (!owners.length) continue;
    // the venture: the company named just before the joint-venture word ("ACC est une coentreprise", "Edgewing, a joint venture")
    const ventureAt = /⟦C(\d+)⟧(?: ?\([^()]{1,20}\))? ?(?:,|est|is|was|etait|sera|will be)? ?(?:(?:une|un|a|an|la|le|the|sa|son|its|leur|their|nouvelle|new) )*(?:[a-z-]+ ){0,2}?$/.exec(text.slice(0, m.index));
    const venture = ventureAt ? Number(ventureAt[1]) : undefined;
    const list = owners.filter((o) => o !== venture);
    pairwise(list, sentence, 'partner-joint-venture', 0.8);
    const joined = JOINED.exec(text.slice(start + length));
    if (!joined) continue;
    const joiners = readList(text.slice(start + length + joined[0].length)).parties;
    for (const j of joiners) {
      for (const o of list) partner(j, o, sentence, 'partner-joint-venture', 0.7);
      if (venture !== undefined && venture !== j) {
        ctx.add({ type: 'INVESTS_IN', source: j, target: venture, sentence, rule: 'invests-joins-venture', confidence: capByAnaphora(ctx, 0.7, j, venture) });
      }
    }
  }
}
