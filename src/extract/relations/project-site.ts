/**
 * Where a project just stated will be: "The Commission approved €50 million of aid to Orvane AG. The project, with
 * total eligible costs of €543 million, will be located in Dresden", "Le projet sera implanté à Douai", "The new plant
 * will be built in Leeds". A sentence whose subject is the project or its plant, and that names no company, places
 * the investment of the company the sentences just before name (else the article's company).
 */
import type { Mention, Sentence } from '../types.ts';
import { isActor, type RuleContext } from './context.ts';
import { isPublicBody } from './facilities.ts';
import { lastNamedCompany } from './last-named.ts';

/** The project or its plant as subject, a verb of being located or built, a place preposition, the place. */
const PROJECT_SITE = /^(?:[a-z-]+ ){0,2}?(?:the|this|that|le|ce|cet|cette|la|l' ?)\s?(?:new |nouvelle? |nouvel |proposed )?(?:project|projet|plant|factory|facility|fab|usine|site|investment|investissement)(?![a-z])[^.;]{0,120}? (?:(?:will be|would be|is to be|is|are|was|sera|seront|serait|est|sont) (?:[a-z]+ )?(?:located|built|sited|situee?s?|implantee?s?|construite?s?|installee?s?|based|localisee?s?) (?:in|at|near|a|en|au|aux|dans|pres de|sur la commune de)|(?:will be|would be|sera|seront) (?:(?:at|on|sur) (?:the |a |an |la |le |l' ?)?(?:[a-z-]+ ){0,5}?(?:park|estate|site|zone|campus|port|parc)(?: [a-z-]+)? (?:in|at|near|a|en|de)|in|near|a|en|pres de)) (?:the |la |le |l' ?)?(⟦[RN](\d+)⟧)/;
// ("That plant will be at the international advanced manufacturing park in X": a modal of being and the park's town)

export interface ProjectSite { investors: Mention[]; targets: Mention[] }

export function readProjectSite(ctx: RuleContext, s: Sentence): ProjectSite | undefined {
  const sk = ctx.skeletons.get(s.index);
  if (!sk || !/located|built|sited|situe|implant|construit|install|based|localise|will be |would be |sera /.test(sk.text)) return undefined;
  const m = PROJECT_SITE.exec(sk.text);
  if (!m) return undefined;
  // a company named in the sentence says whose project it is: the investment rules read it
  if (sk.mentions.some((x) => isActor(x) && !x.implicit && !isPublicBody(x))) return undefined;
  const place = ctx.mentions[Number(m[2])];
  const company = lastNamedCompany(ctx, s) ?? ctx.focusCompany;
  if (!place || !company || isPublicBody(company)) return undefined;
  return { investors: [company], targets: [place] };
}
