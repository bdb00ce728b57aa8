/**
 * Clause-level signals for the learned relation scorer, general knowledge of French and English only (never a name):
 * which words are verbs (a short list of verb stems of the relation types, and verb morphology after an auxiliary),
 * what separates two mentions (a semicolon, a relative pronoun, a clause connector, a second verb), and which
 * sentences carry a cue for a relation type (investing, buying, selling, a site, a location). The cues also gate
 * the scorer: a pair no rule proposed is scored only in a sentence with a cue for its type (cost: nothing elsewhere).
 * Every word here is folded (lower case, no accents), as Token.lower is.
 */
import type { Token } from '../text/tokens.ts';

/** Stems of verbs that carry relations, in both languages (folded): a word starting with one is a verb unless it is a noun form. */
const VERB_PREFIXES = [
  // EN: investing, buying, selling, owning, building, locating, leading, partnering, announcing
  'invest', 'acquir', 'buy', 'bought', 'purchas', 'sell', 'sold', 'divest', 'own', 'hold', 'held', 'control', 'merg', 'took', 'take',
  'build', 'built', 'open', 'expand', 'locat', 'relocat', 'establish', 'set', 'creat', 'employ', 'hire', 'manufactur', 'produc', 'make',
  'made', 'develop', 'launch', 'announc', 'sign', 'partner', 'join', 'team', 'collaborat', 'appoint', 'name', 'lead', 'led', 'head',
  'run', 'found', 'said', 'say', 'welcom', 'support', 'help', 'provid', 'fund', 'financ', 'back', 'lend', 'lent', 'grant', 'award',
  'receiv', 'plan', 'agree', 'expect', 'bring', 'brought', 'chose', 'choos', 'select', 'pick', 'move', 'assembl', 'return', 'add',
  'pledg', 'commit', 'spend', 'spent', 'inject', 'pour', 'secur', 'win', 'won', 'operat', 'serv', 'complet', 'clos', 'approv',
  // FR (folded): investir, racheter, acquérir, céder, vendre, détenir, reprendre, implanter, installer, construire, ouvrir…
  'investi', 'rachet', 'acquer', 'acquier', 'acquis', 'achet', 'ced', 'vend', 'deten', 'detient', 'detenai', 'repren', 'repris', 'reprend',
  'fusionn', 'implant', 'install', 'construi', 'ouvr', 'ouvert', 'cre', 'embauch', 'recrut', 'fabriqu', 'produi', 'developp', 'lanc',
  'annonc', 'signe', 'associ', 'rejoin', 'nomm', 'dirig', 'presid', 'fond', 'declar', 'affirm', 'soutien', 'souten', 'aid', 'fourni',
  'pret', 'accord', 'recev', 'recoi', 'prevoi', 'prevo', 'compt', 'souhait', 'accueill', 'choisi', 'engag', 'consacr', 'injecte',
  'debloqu', 'promet', 'promis', 'appartien', 'appartenan', 'possed', 'control', 'dispos', 'emplo', 'agrandi', 'etend', 'demenag',
];

/** Noun endings: "investment", "acquisition", "rachat" are nominalisations, not verbs (their cue class still counts). */
const NOUN_ENDINGS = /(?:ments?|tions?|sions?|eurs?|euses?|ances?|ences?|ships?|ites?|ers|ors?|ives?|ats?|ages?|ures?|ness)$/;

const EN_AUX = new Set(['will', 'would', 'to', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'has', 'have', 'had', 'did',
  'does', 'do', 'was', 'were', 'is', 'are', 'be', 'been', 'also', 'not', 'jointly', 'recently', 'already']);
const FR_AUX = new Set(['va', 'vont', 'compte', 'comptent', 'doit', 'doivent', 'peut', 'peuvent', 'veut', 'veulent', 'a', 'ont', 'avait',
  'avaient', 'aura', 'auront', 'sera', 'seront', 'est', 'sont', 'ete', 'pour', 'de', "d'", 'se', "s'", 'ne', "n'", 'egalement', 'deja', 'vient',
  'viennent', 'prevoit', 'prevoient', 'souhaite', 'souhaitent']);

/** Words that are never a verb here (function words, frequent adjectives and nouns that the endings would take). */
const NOT_VERB = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'this', 'that', 'their', 'its', 'which', 'who', 'new', 'des', 'les',
  'une', 'dans', 'pour', 'avec', 'sur', 'par', 'qui', 'que', 'dont', 'entre', 'depuis', 'leader', 'open', 'sets', 'head', 'heads',
  'fund', 'funds', 'team', 'teams', 'name', 'names', 'plan', 'plans', 'plant', 'plants', 'partner', 'partners', 'back', 'press', 'created', 'cree']);

/** Whether token i is a verb: a known relation-verb stem (not a noun form), or verb morphology after an auxiliary. */
export function isVerbAt(tokens: readonly Token[], i: number, lang: string): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.cap || t.lower.length < 3) return false;
  const w = t.lower;
  const prev = tokens[i - 1]?.lower ?? '';
  const afterAux = lang === 'fr' ? FR_AUX.has(prev) : EN_AUX.has(prev);
  if (NOT_VERB.has(w)) return afterAux && w !== 'the';
  if (knownVerbStem(w)) return !NOUN_ENDINGS.test(w) || afterAux || /(?:ed|ing)$/.test(w);
  if (lang === 'fr') return afterAux && /(?:er|ir|re|e|es|ee|ees|i|is|it|u|us)$/.test(w) && w.length > 3;
  return (afterAux && w.length > 3 && !/(?:ly|al|ous|ive|ful|less)$/.test(w)) || (/(?:ed)$/.test(w) && w.length > 4);
}

// speed: the prefixes by first letter (about 10 compared per word instead of 200)
const BY_LETTER = new Map<string, string[]>();
for (const p of VERB_PREFIXES) { const l = BY_LETTER.get(p[0]!); if (l) l.push(p); else BY_LETTER.set(p[0]!, [p]); }

function knownVerbStem(w: string): boolean {
  const l = BY_LETTER.get(w[0]!);
  if (!l) return false;
  for (const p of l) if (w.startsWith(p) && (p.length >= 4 || w.length <= p.length + 3)) return true;
  return false;
}

/** The cue classes of a sentence: words that announce a relation type, by class (folded, matched at a word start). */
export type CueClass = 'invest' | 'acquire' | 'sell' | 'site' | 'locate' | 'money';
const CUES: ReadonlyArray<[CueClass, RegExp]> = [
  ['invest', /\b(?:invest|inject|financ|funding|funded|fund (?:a|the|its)|stake|particip|actionna|shareholder|spend|spent|commit|pledg|engag|consacr|debloqu|expan|back(?:ed|s|ing)\b|mise de|promet|promis|aid\b|aide\b|aides\b|grant|loans?\b|pret\b|prets\b|subvention|vers(?:e|er|ement)\b|made available|guarant|garanti|capital\b|sponsor)/],
  ['acquire', /\b(?:acqui|acquer|acquier|buy|bought|purchas|takeover|take over|took over|taken over|merg|rachat|rachet|achat|achet|repren|repris|control|deten|detient|detenai|own(?:s|ed|er|ers|ership)?\b|hold(?:s|ing|ings)?\b|held\b|majorit|offre publique|offer|offre\b|bid\b|absor|fusion|appartien|appartenan|possed|subsidiar|filiale)/],
  ['sell', /\b(?:sell|sold|sale\b|divest|ced|cession|vend(?:re|u|ra|ait)|spin|spun|dispos)/],
  ['site', /\b(?:plant|factor|facilit|site|usine|fab\b|manufactur|production|implant|install|campus|warehouse|entrepot|jobs?\b|emplois?\b|hir(?:e|es|ed|ing)\b|recrut|embauch|open(?:s|ed|ing)?\b|ouvr|ouvert|build|built|constru|agrandi|assembl|headquart|siege|center|centre|hub|produc|fabriq|deloca|relocat)/],
  ['locate', /\b(?:based|headquart|head office|siege|basee?s?\b|locat|situe|install|implant|offices?\b|bureaux?\b|near|outside|pres de|-based|region|state|county|city|ville|commune|departement)/],
];

/** Which cue classes each relation type is scored under (a pair no rule proposed is not scored in a sentence with none of them). */
export const TYPE_CUES: Readonly<Partial<Record<string, readonly CueClass[]>>> = {
  INVESTS_IN: ['invest', 'acquire', 'sell', 'site', 'money'],
};

/** The cue classes present in a sentence's folded text. */
export function cueClasses(folded: string): Set<CueClass> {
  const out = new Set<CueClass>();
  for (const [c, re] of CUES) if (re.test(folded)) out.add(c);
  return out;
}

/** The cue class of one word (folded), if it is a cue word of a class ("acquisition" → acquire, "plant" → site). */
export function wordCue(lower: string): CueClass | undefined {
  for (const [c, re] of CUES) if (re.test(lower)) return c;
  return undefined;
}

/** Connectors that open another clause ("while", "but", "alors que"): a pair across one is rarely one fact. */
export const CLAUSE_CONNECTORS = new Set(['while', 'whereas', 'but', 'because', 'although', 'though', 'when', 'after', 'before', 'since', 'if',
  'unless', 'however', 'meanwhile', 'alors', 'tandis', 'mais', 'car', 'lorsque', 'quand', 'puisque', 'si', 'apres', 'avant', 'pendant', 'cependant']);

/** Words that join items of one list: mentions separated only by these are coordinated. */
export const COORDINATORS = new Set([',', 'and', 'or', '&', 'et', 'ou', 'as', 'well', 'ainsi', 'que', 'plus', 'along', 'together', 'with', 'including', 'like', 'such', 'comme', 'notamment', 'the', 'le', 'la', 'les', "l'"]);

/** Reporting verbs and phrases: a mention next to one is the speaker or the source of the news, not a party ("told X", "a rapporté X"). */
export const REPORTING = new Set(['said', 'says', 'told', 'tells', 'reported', 'reports', 'according', 'quoted', 'wrote', 'reporting',
  'selon', 'rapporte', 'rapportent', 'indique', 'precise', 'explique', 'souligne', 'ajoute', 'confie', 'cite']);

/** Relative pronouns that open a clause: a mention right after one is that clause's subject or object, not the main clause's. */
export const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'qui', 'que', "qu'", 'dont', 'lequel', 'laquelle']);

/** Words before a place that exclude it ("hors d'Asie", "away from China", "except in"): the place is not where the money goes. */
export const EXCLUDING = new Set(['hors', 'except', 'excluding', 'sauf', 'beyond', 'away', 'instead', 'lieu', 'leaving', 'quitter', 'quitte', 'delocaliser']);

/** Verbs of an inverted speech clause (", a annoncé l'Élysée", ", said the ministry"): the mention after one is the speaker. */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'announced', 'added', 'explained', 'reported', 'confirmed', 'stated', 'according',
  'annonce', 'explique', 'rapporte', 'indique', 'precise', 'ajoute', 'confirme', 'declare', 'souligne', 'affirme', 'selon']);

/** Words of a parent or a unit ("a subsidiary of X", "maison mère de", "the Mexican unit of"): a tie of ownership, not an investment. */
export const PARENT_WORDS = new Set(['subsidiary', 'subsidiaries', 'unit', 'parent', 'division', 'branch', 'arm', 'affiliate', 'filiale', 'filiales',
  'mere', 'maison', 'branche', 'succursale', 'owned']);

/** The modality of a fact (folded words): denied, hedged or to come. A pair whose clause says "not", "could" or "if" is less often a stated fact. */
export type Modality = 'neg' | 'cond' | 'fut';
const MODALITY: ReadonlyMap<string, Modality> = new Map<string, Modality>([
  ...['not', "n't", 'no', 'never', 'without', 'denied', 'denies', 'deny', 'rejected', 'refused', 'declined', 'abandoned', 'scrapped', 'ne', "n'",
    'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'refuse', 'renonce', 'dementi', 'abandonne'].map((w) => [w, 'neg'] as [string, Modality]),
  ...['if', 'unless', 'could', 'might', 'may', 'would', 'possible', 'possibly', 'potential', 'potentially', 'considering', 'consider', 'talks',
    'rumours', 'rumors', 'si', 'pourrait', 'pourraient', 'envisage', 'envisagent', 'eventuel', 'eventuelle', 'potentiel', 'potentielle', 'negociations',
    'discussions', 'rumeurs'].map((w) => [w, 'cond'] as [string, Modality]),
  ...['will', 'shall', 'plans', 'planned', 'intends', 'aims', 'va', 'vont', 'prevoit', 'prevoient', 'projette', 'compte', 'comptent', 'devrait',
    'devraient'].map((w) => [w, 'fut'] as [string, Modality]),
]);

/** The modality a word marks, if any (folded). */
export const modalityOf = (lower: string): Modality | undefined => MODALITY.get(lower);
