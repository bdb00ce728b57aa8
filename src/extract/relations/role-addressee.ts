/**
 * ROLE_AT told to the person interviewed: "Emmanuel Roe, bonjour. Vous êtes le directeur général adjoint
 * de X.", "Jane Roe, you are the chief executive of X." An interviewer states the guest's office in the
 * second person; the guest is the person addressed just before — named with a comma before "vous êtes"
 * in the same sentence, or greeted at the end (or start) of the sentence before ("…, Emmanuel Roe,
 * bonjour."). Only a title with its employer after "de"/"of" counts; public offices are read elsewhere.
 */
import type { CueIndex } from '../cue-index.ts';
import { reject, tracing } from '../trace.ts';
import type { RuleContext } from './context.ts';

/** "vous êtes le <title> de ⟦C⟧": the title and the employer. */
let youAre: RegExp | undefined;
function compile(cues: CueIndex): RegExp {
  if (youAre) return youAre;
  const roles = [...new Set(cues.roleList)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "' ?")).join('|');
  youAre = new RegExp(String.raw`(?:^|[,.;:] ?|(?:q|r) ?- ?)(?:et )?(?:vous etes|you are|you're) (?:(?:aussi|egalement|desormais|toujours|also|now|still) )?(?:le |la |l' ?|the |a |an |un |une )?(?:(?:nouveau|nouvelle|new|actuel|actuelle|current) )?(?:[a-z-]+ ){0,2}?(?<role>${roles})(?: [a-z-]+){0,2}? (?:de la |de l' ?|du |de |d' ?|chez |of (?:the )?|at (?:the )?)(?:(?:groupe|societe|entreprise|company|group|firm) )?⟦[CO](?<t>\d+)⟧`, 'g');
  return youAre;
}

/** The guest named before "vous êtes" in the sentence: "X, vous êtes …". */
const NAMED_HERE = /⟦P(\d+)⟧ ?, ?(?:(?:bonjour|bonsoir|hello|good morning|good evening|welcome|bienvenue) ?[,.!]? ?)?(?:et )?$/;
/** A greeting that ends or opens the sentence before: "…, X, bonjour.", "Bonjour X." */
const GREETED = /(?:⟦P(\d+)⟧ ?,? ?(?:bonjour|bonsoir|hello|good morning|good evening|welcome|bienvenue)(?: (?:a vous|et bienvenue|and welcome))? ?[.!]? ?$|^(?:(?:q|r) ?- ?)?(?:bonjour|bonsoir|hello|good morning|good evening|welcome|bienvenue) ?,? ?⟦P(\d+)⟧ ?[.!,]? ?$)/;

export function roleAddresseeRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.text.includes('vous etes') && !sk.text.includes('you are') && !sk.text.includes("you're")) continue;
    const re = compile(ctx.cues);
    re.lastIndex = 0;
    for (const m of sk.text.matchAll(re)) {
      const employer = Number(m.groups!.t);
      const here = NAMED_HERE.exec(sk.text.slice(0, m.index + (m[0].startsWith(',') ? 1 : 0)));
      let guest = here ? Number(here[1]) : undefined;
      if (guest === undefined && m.index <= 6) {
        const prev = ctx.skeletons.get(sentence - 1);
        const g = prev && ctx.sentences[sentence - 1]?.part === ctx.sentences[sentence]?.part ? GREETED.exec(prev.text) : null;
        if (g) guest = Number(g[1] ?? g[2]);
      }
      if (guest === undefined || ctx.mentions[guest]?.type !== 'Person') {
        if (tracing()) reject({ stage: 'relation', sentence, text: `? -ROLE_AT-> ${ctx.mentions[employer]?.text}`, reason: 'a title told in the second person with no guest named or greeted just before', rule: 'role-addressee' });
        continue;
      }
      ctx.add({ type: 'ROLE_AT', source: guest, target: employer, sentence, rule: 'role-addressee', confidence: 0.75, properties: { role: m.groups!.role! } });
    }
  }
}
