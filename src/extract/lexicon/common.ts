/**
 * Language-independent word lists: corporate suffixes, acronyms that are common nouns, world regions,
 * public institutions, country names the ISO list lacks. General knowledge only: no list of companies.
 */

/** Corporate suffixes (matched case-insensitively, with or without the final dot). */
/** The legal forms a list of firms writes after a name ("A plc, B Co. and C"), as a regex group of skeleton text. */
export const LEGAL_FORM_AFTER_NAME = String.raw`(?:plc|ltd|llc|inc|corp|co)`;
/** Month names, folded (English and French). */
export const MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre',
  'novembre', 'decembre']);
/** Days of the week, English and French, folded. */
export const WEEKDAYS = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Honorifics and styles before a person's name, folded, without their full stop ("M.", "Mme", "Dr", "Sir", "Professor"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['m', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'dr', 'pr', 'sir', 'dame', 'lord', 'monsieur', 'madame', 'me', 'hon',
  'mister', 'baroness', 'baron', 'lady', 'viscount', 'earl', 'doctor', 'docteur', 'professor', 'professeur']);
/** Whether a token is an honorific: capitalised ("Me Roe", not "told me"), or one spelled out whatever its case ("monsieur Roe"). */
export function isHonorific(t: { readonly lower: string; readonly cap: boolean } | undefined): boolean {
  return !!t && HONORIFICS.has(t.lower) && (t.cap || SPELLED_OUT_HONORIFIC.test(t.lower));
}
const SPELLED_OUT_HONORIFIC = /^(?:monsieur|madame|mister)$/;
/** Nouns of a merger, folded, whose complements name its parties ("la fusion de A et de B", "the merger of A and B"). */
export const MERGER_NOUNS: ReadonlySet<string> = new Set(['merger', 'fusion', 'rapprochement']);
/** Head nouns that end an event's name, folded ("the Orvane Investment Summit", "les Assises de l'industrie"). */
export const EVENT_HEAD_NOUNS: ReadonlySet<string> = new Set(['summit', 'forum', 'conference', 'expo', 'exhibition', 'fair', 'congress', 'sommet', 'salon',
  'congres', 'rencontres', 'assises']);
/** Prepositions of place before a name, folded; the French "à" is read as written (its folded form is the English article "a"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'across', 'dans', 'pres', 'en']);
/** The French "à" as written ("à Montbard", "À Lyon"), not the English article. */
export const FRENCH_A = /^[àÀ]$/;
/** Whether a token is a preposition of place ("in", "près", "à"). */
export function isPlacePreposition(t: { readonly lower: string; readonly text: string } | undefined): boolean {
  return !!t && (PLACE_PREPOSITIONS.has(t.lower) || FRENCH_A.test(t.text));
}
/** Facility nouns after a product word ("engine plant", "car factory"): the name before them owns the plant. */
export const PLANT_NOUNS = /^(?:plant|plants|factory|factories|works|facility|facilities)$/;
export const CORPORATE_SUFFIXES = ['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'sa',
  'sas', 'sarl', 'se', 'ag', 'gmbh', 'nv', 'bv', 'ab', 'asa', 'spa', 'kk', 'holdings', 'holding', 'group', 'groupe'];

/** Trailing words that do not change which company is meant ("Helsing AI" = "Helsing", "Acme.com" = "Acme"). */
export const NAME_TAILS = ['ai', 'labs', 'technologies', 'technology', 'com', 'international', 'global', 'motor', 'motors', 'electronics'];
/** Words after a firm's first word that still name that firm ("Orvane Motor Corporation" = "Orvane"). */
export const FIRM_TAIL_WORDS: ReadonlySet<string> = new Set([...CORPORATE_SUFFIXES, ...NAME_TAILS]);

/** Leading articles that are part of a name as written but not of what it names ("Les Echos" = "Echos", "The Ledger"). */
/** Short forms of saint, mount and fort that open a place's name with their dot ("St. Louis", "Mt. Vernon", "Ft. Worth"); written form. */
export const PLACE_ABBREVIATION = /^(?:St|Ste|Mt|Ft)$/;

export const NAME_ARTICLES = ['the', 'le', 'la', 'les', 'l'];

/** Acronyms and short capitalised tokens that are common nouns, units or codes, never entities. */
export const COMMON_ACRONYMS = ['IA', 'AI', 'GAI', 'AGI', 'LLM', 'PME', 'PMI', 'ETI', 'TPE', 'CDI', 'CDD', 'PIB', 'GDP', 'CEO',
  'CFO', 'CTO', 'COO', 'PDG', 'DG', 'DRH', 'IPO', 'R&D', 'RD', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'TVA', 'VAT',
  'API', 'GPU', 'CPU', 'SaaS', 'B2B', 'B2C', 'CO2', 'ESG', 'KPI', 'ROI', 'TL', 'DR', 'TL;DR', 'FAQ', 'PDF', 'URL', 'HTML', 'OK',
  'TV', 'PC', 'VIP', 'NB', 'PS', 'AM', 'PM', 'GMT', 'UTC', 'CET', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'VS', 'ETC', 'IT', 'IoT',
  'XXL', 'RNA', 'mRNA', 'ARN', 'ARNm', 'DNA', 'ADN', 'COVID-19', 'COVID', 'Covid-19', 'OLED', 'LED', 'LCD', '5G', '4G', 'SSD', 'IVG', 'HT', 'TTC', 'SUV', 'EV', 'VE', 'ONG', 'NGO', 'IRL', 'MW', 'GW', 'KW', 'TWH', 'MWH', 'KM', 'KG', 'CM', 'MM',
  // stock indices and financial abbreviations
  'CAC', 'DAX', 'FTSE', 'S&P', 'NASDAQ', 'Nasdaq', 'NYSE', 'STOXX', 'Stoxx', 'Nikkei', 'NIKKEI', 'ETF', 'EBITDA', 'EBIT', 'PER', 'OPA', 'OPE',
  'M&A', 'LBO', 'PIB', 'BCE', 'C.A.', 'T1', 'T2', 'T3', 'T4', 'S1', 'S2', 'YTD', 'YOY',
  // common abbreviations of things (not of bodies)
  'HQ', 'SD', 'HD', 'USB', 'GPS', 'SIM', 'NFC', 'RAM', 'ROM', 'CRM', 'ERP', 'B2G', 'UX', 'UI', 'AR', 'VR', 'XR', 'ML', 'NLP',
  // fields and media written with capitals, no body's name ("jobs in STEM fields", "the leading Internet search company")
  'STEM', 'ICT', 'TIC', 'NTIC', 'Internet', 'Web', 'Wi-Fi', 'WiFi',
  // business abbreviations ("a well-established SME", "the destination for FDI")
  'SME', 'SMEs', 'FDI', 'IDE', 'GVA', 'MoU', 'MOU', 'JV', 'OEM', 'OEMs',
  // energy and technology abbreviations ("thin-film PV modules", "the 250-megawatt PV project")
  'PV', 'CSP', 'BESS', 'CCUS', 'HVDC', 'HVAC', 'EVs', 'PHEV', 'BEV',
  // treaties cited by article ("Article 107(3)(a) TFEU"): texts, not bodies
  'TFEU', 'TFUE', 'TEU', 'TUE',
  // fuels and energy carriers ("liquefied natural gas (LNG)"), French plans ("un PSE", plan de sauvegarde de l'emploi)
  'LNG', 'LPG', 'CNG', 'GNL', 'GPL', 'GNV', 'PSE', 'PLU', 'CSE', 'CICE',
  // the French minimum wage and a class of pollutants, written in capitals or as words ("le Smic", "des Pfas")
  'SMIC', 'SMIG', 'PFAS', 'PFOA', 'PFOS', 'COV', 'VOC',
  // ISO 4217 codes of currencies the value rules do not convert ("CZK 3 207 million", "HUF 2 billion"): units, not names
  'CZK', 'HUF', 'RON', 'BGN', 'HRK', 'ISK', 'UAH', 'RSD', 'BAM', 'MKD', 'MDL', 'GEL', 'AZN', 'KZT', 'BYN', 'UZS',
  'CLP', 'ARS', 'UYU', 'BOB', 'PYG', 'CRC', 'DOP', 'GTQ', 'NZD', 'PKR', 'BDT', 'LKR', 'NPR', 'PHP', 'KES', 'GHS',
  'TZS', 'UGX', 'ETB', 'XOF', 'XAF', 'DZD', 'TND', 'LBP', 'JOD', 'KWD', 'BHD', 'OMR', 'IQD', 'IRR', 'USD', 'EUR', 'GBP', 'JPY',
  'CNY', 'RMB', 'KRW', 'INR', 'BRL', 'CAD', 'AUD', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'AED', 'SAR', 'QAR', 'RUB', 'TRY',
  'MXN', 'ZAR', 'TWD', 'IDR', 'VND', 'THB', 'MYR', 'ILS', 'NGN', 'EGP',
  // fiscal years ("FY '10") and building certifications ("a LEED certified facility"): labels, not bodies
  'FY', 'LEED', 'BREEAM',
  // post-nominal letters
  'MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'KC', 'QC', 'OBE', 'CBE', 'MBE', 'KBE', 'PhD'];

/** Continents and world regions (Region entities), French and English → canonical English name. */
export const WORLD_REGIONS: Readonly<Record<string, string>> = {
  europe: 'Europe', europa: 'Europe', asie: 'Asia', asia: 'Asia', afrique: 'Africa', africa: 'Africa', amériques: 'Americas', americas: 'Americas',
  'amérique latine': 'Latin America', 'latin america': 'Latin America', 'amérique du nord': 'North America',
  'north america': 'North America', 'amérique du sud': 'South America', 'south america': 'South America',
  océanie: 'Oceania', oceania: 'Oceania', 'moyen-orient': 'Middle East', 'middle east': 'Middle East',
  'proche-orient': 'Middle East', maghreb: 'Maghreb', 'asie du sud-est': 'Southeast Asia', 'southeast asia': 'Southeast Asia',
  'europe de l\'est': 'Eastern Europe', 'eastern europe': 'Eastern Europe', scandinavie: 'Scandinavia', scandinavia: 'Scandinavia',
  'asie-pacifique': 'Asia-Pacific', 'asia-pacific': 'Asia-Pacific', 'asia pacific': 'Asia-Pacific', balkans: 'Balkans',
  'silicon valley': 'Silicon Valley',
  'european economic area': 'European Economic Area', 'espace économique européen': 'European Economic Area', 'euro area': 'Euro area',
  eurozone: 'Euro area', 'zone euro': 'Euro area',
  // nations of the United Kingdom
  england: 'England', angleterre: 'England', scotland: 'Scotland', 'écosse': 'Scotland', wales: 'Wales', 'pays de galles': 'Wales', 'northern ireland': 'Northern Ireland',
  'irlande du nord': 'Northern Ireland',
};
/** Adjectives of continents and world regions ("African and Australian markets"), folded as tokens are: origins, no name, and no country's demonym. */
export const WORLD_REGION_ADJECTIVES: ReadonlySet<string> = new Set(['african', 'european', 'asian', 'oceanian', 'arab', 'arabian', 'latin',
  'latin-american', 'scandinavian', 'nordic', 'baltic', 'balkan', 'caribbean', 'mediterranean', 'transatlantic', 'sub-saharan', 'pan-european',
  'pan-african', 'africain', 'africaine', 'africains', 'africaines', 'europeen', 'europeenne', 'europeens', 'europeennes', 'asiatique', 'asiatiques']);

/** The canonical names of WORLD_REGIONS: a place of this set is no country's part. */
export const WORLD_REGION_NAMES: ReadonlySet<string> = new Set(Object.values(WORLD_REGIONS));

/** Public institutions known by a bare name (Organization), → canonical name. */
export const INSTITUTIONS: Readonly<Record<string, string>> = {
  élysée: 'Élysée', elysée: 'Élysée', elysee: 'Élysée', matignon: 'Matignon', bercy: 'Bercy', 'quai d\'orsay': "Quai d'Orsay",
  'maison-blanche': 'White House', 'maison blanche': 'White House', 'white house': 'White House', kremlin: 'Kremlin',
  'pentagone': 'Pentagon', pentagon: 'Pentagon', 'downing street': 'Downing Street', congress: 'Congress', 'congrès': 'Congress',
  'union européenne': 'European Union', 'european union': 'European Union', ue: 'European Union', eu: 'European Union',
  'commission européenne': 'European Commission', 'european commission': 'European Commission',
  otan: 'NATO', nato: 'NATO', onu: 'United Nations', 'united nations': 'United Nations', 'nations unies': 'United Nations',
  fmi: 'IMF', imf: 'IMF', ocde: 'OECD', oecd: 'OECD', omc: 'WTO', wto: 'WTO', bce: 'European Central Bank',
  ecb: 'European Central Bank', 'banque centrale européenne': 'European Central Bank', 'european central bank': 'European Central Bank',
  'banque mondiale': 'World Bank', 'world bank': 'World Bank', fed: 'Federal Reserve',
  'réserve fédérale': 'Federal Reserve', 'federal reserve': 'Federal Reserve', 'banque de france': 'Banque de France',
};

/** Country names the ISO lists lack or spell differently in running text → ISO2. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'états-unis': 'US', 'etats-unis': 'US', 'usa': 'US', 'u.s.': 'US', 'u.s': 'US', 'us': 'US', 'u.s.a.': 'US', 'america': 'US',
  'united states': 'US', 'amérique du nord': '', 'royaume-uni': 'GB', 'uk': 'GB', 'u.k.': 'GB', 'britain': 'GB',
  'great britain': 'GB', 'grande-bretagne': 'GB', 'corée du sud': 'KR', 'south korea': 'KR',
  'korea': 'KR', 'corée': 'KR', 'corée du nord': 'KP', 'north korea': 'KP', 'russie': 'RU', 'russia': 'RU', 'chine': 'CN',
  'china': 'CN', 'taïwan': 'TW', 'taiwan': 'TW', 'iran': 'IR', 'syrie': 'SY', 'vietnam': 'VN', 'viêt nam': 'VN', 'laos': 'LA',
  'bolivie': 'BO', 'venezuela': 'VE', 'tanzanie': 'TZ', 'moldavie': 'MD', 'pays-bas': 'NL', 'netherlands': 'NL', 'holland': 'NL',
  'hollande': 'NL', 'émirats arabes unis': 'AE', 'emirats arabes unis': 'AE', 'émirats': 'AE', 'uae': 'AE', 'eau': '',
  'république tchèque': 'CZ', 'czech republic': 'CZ', 'tchéquie': 'CZ', 'czechia': 'CZ', 'turquie': 'TR', 'turkey': 'TR',
  'türkiye': 'TR', "côte d'ivoire": 'CI', 'ivory coast': 'CI', 'arabie saoudite': 'SA', 'saudi arabia': 'SA',
};

/**
 * Last words of a multi-word name that type it: "Paris Air Show", "Baldonnell Business Park",
 * "Deutsche Bank", "Stanford University" (matched folded, case-insensitively).
 */
export const NAME_TAIL_TYPES: Readonly<Record<string, 'Company' | 'Organization' | 'Program' | 'Region'>> = {
  group: 'Company', groupe: 'Company', bank: 'Company', banque: 'Company', motors: 'Company', airlines: 'Company',
  airways: 'Company', capital: 'Company', ventures: 'Company', partners: 'Company', holdings: 'Company', systems: 'Company',
  technologies: 'Company', labs: 'Company', pharma: 'Company', pharmaceuticals: 'Company', energy: 'Company', energies: 'Company',
  industries: 'Company', electronics: 'Company', electric: 'Company', semiconductor: 'Company', semiconductors: 'Company', telecom: 'Company',
  networks: 'Company', software: 'Company', robotics: 'Company', dynamics: 'Company', aerospace: 'Company', automotive: 'Company',
  // industries a company is named after ("Tata Steel", "North Ridge Utilities", "Edwin Vacuum", "Canadian Solar")
  utilities: 'Company', steel: 'Company', glass: 'Company', cement: 'Company', plastics: 'Company', vacuum: 'Company', optics: 'Company',
  photonics: 'Company', solar: 'Company', mining: 'Company', chemicals: 'Company', textiles: 'Company', therapeutics: 'Company', biosciences: 'Company', laboratories: 'Company', laboratoires: 'Company',
  // (a given name before such a word is a founder's or a coined name, not a person: "Halvard Logistics", "Maren Bio")
  logistics: 'Company', bio: 'Company', biotech: 'Company', foods: 'Company', metals: 'Company', alloys: 'Company', shipping: 'Company', freight: 'Company',
  ministry: 'Organization', ministere: 'Organization', agency: 'Organization', agence: 'Organization', university: 'Organization',
  universite: 'Organization', commission: 'Organization', council: 'Organization', conseil: 'Organization', institute: 'Organization',
  institut: 'Organization', foundation: 'Organization', fondation: 'Organization', authority: 'Organization', autorite: 'Organization',
  department: 'Organization', office: 'Organization', college: 'Organization', school: 'Organization', association: 'Organization', committee: 'Organization', comite: 'Organization', bureau: 'Organization', service: 'Organization', parliament: 'Organization', parlement: 'Organization', senate: 'Organization',
  summit: 'Program', sommet: 'Program', partnership: 'Program', meet: 'Program', conclave: 'Program', symposium: 'Program', forum: 'Program', conference: 'Program', expo: 'Program', fair: 'Program', show: 'Program',
  salon: 'Program', festival: 'Program', week: 'Program', awards: 'Program', inquiry: 'Program', initiative: 'Program', plan: 'Program', program: 'Program',
  programme: 'Program', scheme: 'Program', guarantee: 'Program', act: 'Program', deal: 'Program', facility: 'Program', law: 'Program', administration: 'Organization', strategy: 'Program', agenda: 'Program', mission: 'Program', challenge: 'Program', games: 'Program',
  // ('base': a military base, "Orvel Air Force Base", round 11)
  park: 'Region', zone: 'Region', valley: 'Region', vallee: 'Region', airport: 'Region', base: 'Region', aeroport: 'Region', port: 'Region', bay: 'Region', island: 'Region', provinces: 'Region', territories: 'Region',
  islands: 'Region', sea: 'Region', ocean: 'Region', river: 'Region', lake: 'Region', strait: 'Region', province: 'Region', region: 'Region', county: 'Region', parish: 'Region', township: 'Region', borough: 'Region', district: 'Region', city: 'Region', state: 'Region',
};

/**
 * Last words that continue a name after "and"/"et" ("Chambers of Commerce and Industry", "Hi Investment
 * and Securities", "Department of Science and Technology"): the vocabulary of institutions' names.
 */
export const AND_TAILS: ReadonlySet<string> = new Set(['industry', 'industries', 'securities', 'technology', 'technologies', 'science', 'sciences',
  'trade', 'commerce', 'development', 'innovation', 'investment', 'investments', 'finance', 'services', 'research', 'arts', 'culture',
  'industrie', 'commerce', 'developpement', 'recherche', 'finances', 'investissement', 'investissements', 'technologie', 'technologies']);

/** First words of public bodies' names (folded): "Institut Pasteur", "Commission européenne", "University of Texas". */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(['institut', 'institute', 'universite', 'university', 'agence', 'agency', 'ministere', 'ministry',
  'commission', 'fondation', 'foundation', 'autorite', 'authority', 'conseil', 'council', 'centre', 'center', 'office', 'observatoire', 'ecole', 'school', 'college', 'hopital', 'hospital', 'cour', 'court', 'tribunal', 'parlement', 'parliament', 'senat', 'senate', 'departement', 'department', 'assemblee', 'assembly',
  'federation', 'confederation', 'association', 'chamber', 'chambre', 'union', 'bureau', 'committee', 'comite', 'board', 'delegation']);

/**
 * Heads of names that go on with "of" and a country ("Royal Bank of Canada", "Iron Ore Company of Canada", "Democratic Republic
 * of Congo", "Crown Prince of Japan"): after these the country is part of the name, not the home of a firm named before "of".
 */
export const NATIONAL_NAME_HEADS: ReadonlySet<string> = new Set(['bank', 'banks', 'trust', 'fund', 'funds', 'insurance', 'exchange', 'company', 'corporation',
  'corp', 'co', 'republic', 'kingdom', 'states', 'state', 'emirates', 'islands', 'government', 'embassy', 'consulate', 'church', 'people', 'party',
  'league', 'society', 'academy', 'museum', 'library', 'army', 'navy', 'force', 'forces', 'police', 'railways', 'railway', 'post', 'region',
  'province', 'prince', 'princess', 'king', 'queen', 'emperor', 'duke', 'duchess', 'archbishop', 'bishop', 'scouts', 'friends', 'club', 'order']);

/** Endings of adjectives, French and English, folded ("pharmaceutique", "européenne", "industrial", "German"). */
export const ADJECTIVE_ENDING = /(?:ique|ien|ienne|een|eenne|ais|aise|al|ale|aux|el|elle|if|ive|aire|eux|euse|ic|ical|ian|ese|ish|ial|ary|ain|aine|ois|oise)$/;

/** "Teesside", "Tyneside": a place named after the side of a river (one word). */
export const RIVERSIDE = /^\p{Lu}\p{Ll}{2,}side$/u;
