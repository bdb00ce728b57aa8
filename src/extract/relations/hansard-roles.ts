/**
 * ROLE_AT from a House of Commons answer header: a line that is only "The <office> (Mr. Name)" —
 * "The Minister of State, Foreign and Commonwealth Office (Mr. Jane Roe)", "The Secretary of State for
 * Trade and Industry (Mrs. Ann Poe)". Hansard writes a minister so, by office first and the name in
 * parentheses; the office is one of the United Kingdom's government (the format is that parliament's;
 * a title with a name in it does not match and is left to the public-office rule). The public-office rule does not read it: the name is not
 * next to the title, and the portfolio ("Foreign and Commonwealth Office") is no country.
 */
import type { RuleContext } from './context.ts';
import { reject, tracing } from '../trace.ts';

/** The nations of the kingdom, whose offices a Hansard header names ("Secretary of State for Wales"); not "for Europe". */
const KINGDOM_PARTS: ReadonlySet<string> = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** The whole line: "the <title> (mr. ⟦P3⟧)", the title without names of its own but the places it serves ("for ⟦R2⟧"). */
const HEADER = /^the (?<title>[a-z](?:[a-z ,'&-]|⟦R\d+⟧){2,160}?) \( ?(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|the rt hon|rt hon)\.? (?:[a-z.]+ )?⟦P(?<p>\d+)⟧ ?\)$/;
/** Offices of a government (a corporate "chairman" heads no header of this form). */
const OFFICE = /(?:^|\s)(?:minister|secretary of state|under-secretary|under secretary|chancellor|attorney general|solicitor general|paymaster general|leader of the house|chief secretary|financial secretary|economic secretary|exchequer secretary|prime minister|first secretary)(?:\s|,|$)/;
const PLACE = /⟦R(\d+)⟧/g;
const CORPORATE = /(?:^|\s)(?:chief executive|chairman|chairwoman|company|board|director)(?:\s|,|$)/;

export function hansardRolesRule(ctx: RuleContext): void {
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.text.endsWith(')') || !sk.text.startsWith('the ')) continue;
    const m = HEADER.exec(sk.text);
    if (!m) continue;
    const title = m.groups!.title!;
    const person = Number(m.groups!.p);
    if (!OFFICE.test(title) || CORPORATE.test(title)) {
      if (tracing()) reject({ stage: 'relation', sentence, text: `${ctx.mentions[person]?.text} -ROLE_AT-> ?`, reason: 'a header line whose title is no office of government', rule: 'role-hansard-header' });
      continue;
    }
    const country = ctx.countryMention('GB', sentence, '');
    if (!country) continue;
    const role = title.replace(/,.*$/, '').replace(PLACE, (p) => ctx.mentions[Number(p.slice(2, -1))]?.text ?? p).trim();
    ctx.add({ type: 'ROLE_AT', source: person, target: country.index, sentence, rule: 'role-hansard-header', confidence: 0.75, properties: { role } });
    // "Under-Secretary of State for Northern Ireland": the office also serves that part of the kingdom
    for (const p of title.matchAll(PLACE)) {
      const place = ctx.mentions[Number(p[1])];
      // only a part of the kingdom ("for Northern Ireland"), not "Minister of State for Europe"
      if (place?.type === 'Region' && (place.country === 'GB' || KINGDOM_PARTS.has(place.canonical ?? place.text))) {
        ctx.add({ type: 'ROLE_AT', source: person, target: place.index, sentence, rule: 'role-hansard-header', confidence: 0.7, properties: { role } });
      }
    }
  }
}
