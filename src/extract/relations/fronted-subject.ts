/**
 * "Working hand-in-hand with A, B and C, the Canadian company D elected to invest …", "En partenariat avec A, D
 * investira …": a sentence that opens on a phrase of partners names them before its subject. The subject is the
 * actor that closes that phrase (with those coordinated to it), not the first actor of the sentence.
 */
import { foldedSlice } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';

/** An opening adverbial of company or help: "working with", "in partnership with", "thanks to", "avec l'aide de". */
const FRONTED = /^\W*(?:working|partnering|teaming|cooperating|collaborating|together|(?:in|with)\s+(?:close\s+)?(?:partnership|cooperation|collaboration|concert|coordination)|with\s+the\s+(?:help|support|assistance|backing)|thanks\s+to|alongside|grace\s+a|avec\s+(?:l'aide|l'appui|le\s+soutien|le\s+concours)|en\s+(?:partenariat|collaboration|lien|cooperation)\s+avec|aux\s+cotes\s+d)(?![a-z])/;
/** Between coordinated actors. */
const AND = /^\s*(?:,\s*)?(?:and|et|&)\s*(?:the\s+|la\s+|le\s+|l'\s*)?$/;

/** The subject after a fronted phrase of partners, or undefined when the sentence opens otherwise. */
export function frontedSubject(s: Sentence, folded: string, before: readonly Mention[]): Mention[] | undefined {
  if (before.length < 2 || !FRONTED.test(folded)) return undefined;
  const last = before[before.length - 1]!;
  // the fronted phrase ends on a comma before the subject ("…, Canadian automotive company D recently elected")
  const prev = before[before.length - 2]!;
  const gap = foldedSlice(s.text, folded, prev.end, last.start);
  if (!gap.includes(',') || AND.test(gap)) return undefined;
  return [last];
}
