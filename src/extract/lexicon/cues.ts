/**
 * The shape of a language's cue lexicon (fr.ts, en.ts). Every list is lower case, accents kept;
 * multi-word entries are phrases. Rules read these lists, never literal words of their own.
 */
export interface CueLexicon {
  /** Nouns that announce a company: "la start-up X", "le groupe X", "the firm X". */
  companyNouns: string[];
  /** Nouns that announce a public body or media: "l'agence X", "the ministry". */
  organizationNouns: string[];
  /** Nouns that announce a program, plan or summit: "le sommet X", "l'initiative X", "X summit". */
  programNouns: string[];
  /** Nouns that announce a product: "le modèle X", "the chip X". */
  productNouns: string[];
  /** Nouns that announce a sub-national place: "la région X", "X province". */
  placeNouns: string[];
  /** Nouns after which a capitalised word is an address, not an entity: "rue", "avenue". */
  addressNouns: string[];
  /** Job titles, longest first at match time: "directeur général", "chief executive". */
  roles: string[];
  /** Capitalised words that never start or belong to a name (sentence-initial function words, days, months…). */
  stopWords: string[];
  /** Words that separate items of a list of names ("et", "ainsi que", "sans oublier"). */
  listSeparators: string[];
  /** Verbs and nouns of investing ("investit", "injecte", "investment"). Matched as word prefixes. */
  investWords: string[];
  /** Words that make a money amount something other than an investment (revenue, exports…). Prefixes. */
  notInvestmentWords: string[];
  /** Fund-raising words: "X lève 100 M€ auprès de Y" means Y invests in X. Prefixes. */
  raiseWords: string[];
  /** Words introducing the investor of a fund-raising: "auprès de", "from", "led by". */
  raiseFromWords: string[];
  /** Event words: a company and a program in one sentence with one of these → ANNOUNCED_AT. Prefixes. */
  announceWords: string[];
  /** Words of creating, launching, developing a product (DEVELOPS). Prefixes. */
  developWords: string[];
  /** Nouns of jobs ("emplois", "jobs"). */
  jobNouns: string[];
  /** Words that mark "the same amount in another currency" before a second amount ("soit", "or about"). */
  equivalenceWords: string[];
  /** Prefixes of an "until" year ("d'ici", "by"), a "since" year ("depuis"), an "in" year ("en"). */
  untilWords: string[];
  sinceWords: string[];
  inYearWords: string[];
  /** Anaphoric nouns for a company ("le géant américain", "the company") and for a country ("le pays"). */
  companyAnaphora: string[];
  countryAnaphora: string[];
  /** Determiners that may precede an anaphoric noun or a cue noun. */
  determiners: string[];
  /** Sector words → sector label. */
  sectors: Record<string, string>;
  /** Boilerplate: a line containing one of these is dropped; markers after which the rest of the text is dropped. */
  noiseLines: string[];
  tailMarkers: string[];
}
