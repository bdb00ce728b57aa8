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

const JV_WORDS = /coentreprise|co-entreprise|joint[- ]venture|entreprise commune|consortium/;
/** The owners of a joint venture follow one of these. */
const JV_OWNERS = /(?:coentreprise|co-entreprise|joint[- ]venture|entreprise commune|consortium)(?: [a-z-]+){0,3}? (?:(?:creee?s?|formee?s?|fondee?s?|detenue?s?|lancee?s?|montee?s?) (?:conjointement )?par|(?:created|formed|founded|owned|set up|established|launched) (?:jointly )?by|(?:led|headed|run) (?:jointly )?by|(?:menee?|emmenee?|pilotee?|dirigee?) par|(?:that |which |qui )?(?:brings|bring|brought|bringing) together|(?:qui )?(?:reunit|reunissant|associe|associant|regroupe|regroupant)|(?:between|entre)|(?:of|de|des|d' ?)) /g;
const JOINED = /^ ?,? ?(?:(?:qui (?:ont ete |a ete |sont |est )?)?(?:rejointe?s?|rejoint)(?: (?:ensuite|plus tard|en \d{4}|depuis))? par|(?:later |since |then |subsequently )?joined(?: (?:later|since|in \d{4}))? by) /;
/** One party of a list: determiner and a few words, a name, an optional parenthesis ("(UK)", "(devenu X)") and legal tail. */
const PARTY = /^(?:(?:le|la|l' ?|les|the|un|une|a|an) )?(?:(?!(?:par|by|rejointe?s?|joined|with|avec|then|puis|ensuite|later|who|qui|which)\b)[a-z-]+ ){0,3}?⟦[CO](\d+)⟧(?: ?\([^()]*\))?(?:\.? ?(?:ltd|inc|llc|plc|sa|sas|ag|gmbh|co|corp|spa|s\.p\.a)\.?)*/;
const SEPARATOR = /^ ?(?:,|, and|, et|et|and|ainsi que|as well as|&) /;
/** "A, B and C have formed a consortium", "A et B vont créer une coentreprise": the founders of a joint body. */
const FORM = /(?<![a-z])(?:have formed|has formed|formed|form|set up|created|create|established|establish|launched|launch|ont forme|forment|formeront|former|creent|ont cree|creeront|creer|lancent|ont lance|lanceront|constituent|ont constitue|constitueront|constituer|fondent|ont fonde)(?: (?:today|jointly|aujourd'hui|conjointement))? (?:un |une |a |an |the |leur |their )?(?:new |nouvelle |nouveau )?(?:[a-z-]+ )?(?:consortium|joint venture|joint-venture|coentreprise|co-entreprise|societe commune|entreprise commune|alliance)/g;
const SIGN = /(?<![a-z])(?:signent|signe|ont signe|a signe|signed|sign|have signed|has signed|concluent|ont conclu|concluded|conclude|ont noue|nouent|struck|strike|entered into|enter into)(?: (?:aujourd'hui|today|ce matin|this week|jointly|conjointement))? (?:un |une |an |a |the |le |l' ?)?(?:[a-z-]+ )?(?:accord|agreement|contrat|contract|memorandum|protocole|partenariat|partnership|alliance|pacte|pact|deal)/g;
/** "a deal between A, B and the UK government", "l'accord entre A, B et C": every party of the list with every other. */
const BETWEEN = /(?<![a-z])(?:agreement|deal|partnership|alliance|contract|memorandum|cooperation|collaboration|accord|partenariat|contrat|protocole|cooperation|convention)s?(?:-[a-z]+)? (?:(?:[a-z-]+|⟦[RN]\d+⟧) ){0,6}?(?:between|entre) /g;
/** "the UK government", "le gouvernement français", "the government of ⟦N⟧": a government party is its country. */
const GOVERNMENT = /(?:(?:the |le |la |l' ?)?⟦N(\d+)⟧(?: ?'s)? government|(?:the |le )?(?:government|gouvernement) (?:of |de |du |des |d' ?)?(?:la |le |l' ?|the )?⟦N(\d+)⟧)/g;
const CO_SHAREHOLDERS = /(?:actionnaires?|shareholders?|co-owners?|coproprietaires?|associes?)(?: [a-z-]+){0,4}? (?:avec|with|alongside|aux cotes de|aux cotes d' ?) /g;

/** The parties listed at the start of `text`: mention indexes, and the length read. */
function readList(text: string): { parties: number[]; length: number } {
  const parties: number[] = [];
  let at = 0;
  for (;;) {
    const p = PARTY.exec(text.slice(at));
    if (!p) break;
    parties.push(Number(p[1]));
    at += p[0].length;
    const sep = SEPARATOR.exec(text.slice(at));
    if (!sep || !PARTY.test(text.slice(at + sep[0].length))) break;
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
    if (!isActor(x) || !isActor(y)) {
      if (tracing()) reject({ stage: 'relation', sentence, text: `${x.text} -PARTNERS_WITH-> ${y.text}`, reason: 'a party is not a company or organization', rule });
      return;
    }
    ctx.add({ type: 'PARTNERS_WITH', source: a, target: b, sentence, rule, confidence: capByAnaphora(ctx, confidence, a, b) });
  };
  for (const [sentence, sk] of ctx.skeletons) {
    if (sk.mentions.filter((m) => isActor(m)).length < 2) continue;
    // a name typed as a company that is only the words "Joint Venture" reads as those words
    const text = sk.text.replace(/⟦[A-Z](\d+)⟧/g, (p, i: string) => {
      const m = ctx.mentions[Number(i)];
      return m && JV_WORDS.test(m.text.toLowerCase()) && m.text.split(/\s+/).length <= 2 ? m.text.toLowerCase() : p;
    });
    if (JV_WORDS.test(text)) readJointVenture(ctx, text, sentence, pairwise, partner);
    SIGN.lastIndex = 0;
    let s: RegExpExecArray | null;
    while ((s = SIGN.exec(text))) {
      const subjects = signatories(ctx, text.slice(0, s.index));
      const after = /^ (?:avec|with) (?:(?:le|la|l' ?|les|the) )?(?:[a-z-]+ ){0,2}?/.exec(text.slice(s.index + s[0].length));
      const others = after ? readList(text.slice(s.index + s[0].length + after[0].length)).parties : [];
      if (subjects.length >= 3 || (subjects.length >= 2 && others.length)) pairwise(subjects, sentence, 'partner-signatories', 0.75);
      for (const a of subjects) for (const b of others) partner(a, b, sentence, 'partner-signatories', 0.75);
    }
    FORM.lastIndex = 0;
    for (const f of text.matchAll(FORM)) {
      const founders = signatories(ctx, text.slice(0, f.index));
      if (founders.length >= 2) pairwise(founders, sentence, 'partner-founders', 0.75);
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
const RELATIVE_CLAUSE = /, ?(?:qui|which|who|that|dont|ou|where)\b[^,]*,/g;

/** The coordinated subjects of a verb: "A, B et la filiale de Z, C, signent" → A, B, C (complements and parentheses left out). */
function signatories(ctx: RuleContext, before: string): number[] {
  let from = 0;
  for (const b of before.matchAll(CLAUSE_START)) from = b.index + b[0].length;
  const clause = before.slice(from).replace(/\([^()]*\)/g, ' ').replace(RELATIVE_CLAUSE, ' ').replace(COMPLEMENT_OF, ' ').replace(/ {2,}/g, ' ');
  const found = [...clause.matchAll(/⟦[CO](\d+)⟧/g)];
  const last = found[found.length - 1];
  if (!last || !VERB_GAP.test(clause.slice(last.index + last[0].length))) return [];
  const out: number[] = [Number(last[1])];
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k]!, b = found[k + 1]!;
    if (!LIST_GAP.test(clause.slice(a.index + a[0].length, b.index))) break;
    out.unshift(Number(a[1]));
  }
  return out.filter((i, n) => isActor(ctx.mentions[i]) && out.indexOf(i) === n);
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
