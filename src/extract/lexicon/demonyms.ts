/**
 * Demonyms → ISO2, French (masculine/feminine/plural forms generated from the stem list) and English.
 * Used as typing cues ("l'allemand Northvolt", "the German firm X") and for roles of heads of state
 * ("le président français X"); an adjective alone is no LOCATED_IN evidence (relations/located.ts).
 */
const FR_FORMS: Record<string, string> = {
  américain: 'US', 'nord-américain': 'US', français: 'FR', allemand: 'DE', suisse: 'CH', chinois: 'CN', japonais: 'JP',
  coréen: 'KR', 'sud-coréen': 'KR', indien: 'IN', britannique: 'GB', anglais: 'GB', italien: 'IT', espagnol: 'ES',
  canadien: 'CA', néerlandais: 'NL', belge: 'BE', suédois: 'SE', norvégien: 'NO', danois: 'DK', finlandais: 'FI',
  irlandais: 'IE', israélien: 'IL', saoudien: 'SA', émirati: 'AE', émirien: 'AE', qatari: 'QA', brésilien: 'BR', mexicain: 'MX',
  australien: 'AU', russe: 'RU', taïwanais: 'TW', singapourien: 'SG', polonais: 'PL', autrichien: 'AT', portugais: 'PT',
  turc: 'TR', luxembourgeois: 'LU', marocain: 'MA', algérien: 'DZ', tunisien: 'TN', égyptien: 'EG', sud_africain: 'ZA',
  nigérian: 'NG', indonésien: 'ID', vietnamien: 'VN', thaïlandais: 'TH', malaisien: 'MY', ukrainien: 'UA', grec: 'GR',
  tchèque: 'CZ', hongrois: 'HU', roumain: 'RO', argentin: 'AR', chilien: 'CL', colombien: 'CO', 'néo-zélandais': 'NZ',
  estonien: 'EE', islandais: 'IS',
  irakien: 'IQ', iranien: 'IR', pakistanais: 'PK', slovaque: 'SK', slovène: 'SI', croate: 'HR', serbe: 'RS', bulgare: 'BG',
  lituanien: 'LT', letton: 'LV', kényan: 'KE', ghanéen: 'GH', éthiopien: 'ET', péruvien: 'PE', vénézuélien: 'VE', philippin: 'PH',
  bangladais: 'BD', koweïtien: 'KW', omanais: 'OM', jordanien: 'JO', libanais: 'LB', syrien: 'SY', kazakh: 'KZ', ouzbek: 'UZ',
  sénégalais: 'SN', ivoirien: 'CI', camerounais: 'CM', congolais: 'CD', angolais: 'AO', chypriote: 'CY', maltais: 'MT',
  biélorusse: 'BY', arménien: 'AM', azerbaïdjanais: 'AZ', afghan: 'AF', 'sri-lankais': 'LK', népalais: 'NP', birman: 'MM',
  cambodgien: 'KH', mongol: 'MN', 'nord-coréen': 'KP', cubain: 'CU', équatorien: 'EC', uruguayen: 'UY', paraguayen: 'PY',
  bolivien: 'BO', libyen: 'LY', soudanais: 'SD', tanzanien: 'TZ', ougandais: 'UG', rwandais: 'RW', zambien: 'ZM',
  zimbabwéen: 'ZW', mozambicain: 'MZ', malien: 'ML', nigérien: 'NE', burkinabé: 'BF', gabonais: 'GA', béninois: 'BJ', togolais: 'TG',
};
const EN_FORMS: Record<string, string> = {
  american: 'US', 'u.s.': 'US', us: 'US', french: 'FR', german: 'DE', swiss: 'CH', chinese: 'CN', japanese: 'JP', korean: 'KR',
  'south korean': 'KR', indian: 'IN', british: 'GB', uk: 'GB', english: 'GB', italian: 'IT', spanish: 'ES', canadian: 'CA',
  dutch: 'NL', belgian: 'BE', swedish: 'SE', norwegian: 'NO', danish: 'DK', finnish: 'FI', irish: 'IE', israeli: 'IL',
  saudi: 'SA', emirati: 'AE', qatari: 'QA', brazilian: 'BR', mexican: 'MX', australian: 'AU', russian: 'RU', taiwanese: 'TW',
  singaporean: 'SG', polish: 'PL', austrian: 'AT', portuguese: 'PT', turkish: 'TR', moroccan: 'MA', egyptian: 'EG',
  'south african': 'ZA', nigerian: 'NG', indonesian: 'ID', vietnamese: 'VN', thai: 'TH', malaysian: 'MY', ukrainian: 'UA',
  greek: 'GR', czech: 'CZ', hungarian: 'HU', romanian: 'RO', argentine: 'AR', argentinian: 'AR', chilean: 'CL',
  colombian: 'CO', 'new zealand': 'NZ', estonian: 'EE', icelandic: 'IS', luxembourgish: 'LU',
  iraqi: 'IQ', iranian: 'IR', pakistani: 'PK', slovak: 'SK', slovakian: 'SK', slovenian: 'SI', croatian: 'HR', serbian: 'RS',
  bulgarian: 'BG', lithuanian: 'LT', latvian: 'LV', kenyan: 'KE', ghanaian: 'GH', ethiopian: 'ET', peruvian: 'PE',
  venezuelan: 'VE', filipino: 'PH', bangladeshi: 'BD', kuwaiti: 'KW', omani: 'OM', jordanian: 'JO', lebanese: 'LB',
  syrian: 'SY', kazakh: 'KZ', uzbek: 'UZ', senegalese: 'SN', ivorian: 'CI', cameroonian: 'CM', congolese: 'CD', angolan: 'AO',
  cypriot: 'CY', maltese: 'MT', belarusian: 'BY', armenian: 'AM', azerbaijani: 'AZ', afghan: 'AF', 'sri lankan': 'LK',
  nepalese: 'NP', burmese: 'MM', cambodian: 'KH', mongolian: 'MN', 'north korean': 'KP', cuban: 'CU', ecuadorian: 'EC',
  uruguayan: 'UY', paraguayan: 'PY', bolivian: 'BO', algerian: 'DZ', tunisian: 'TN', libyan: 'LY', sudanese: 'SD',
  tanzanian: 'TZ', ugandan: 'UG', rwandan: 'RW', zambian: 'ZM', zimbabwean: 'ZW', mozambican: 'MZ', malian: 'ML',
  gabonese: 'GA', togolese: 'TG',
};

/** French adjective inflections: allemand → allemande, allemands, allemandes; indien → indienne… */
function frenchForms(base: string): string[] {
  const b = base.replace(/_/g, '-');
  const forms = new Set([b]);
  if (b.endsWith('s')) forms.add(b + 'e').add(b + 'es');
  else if (b.endsWith('en')) forms.add(b + 'ne').add(b + 's').add(b + 'nes');
  else if (b.endsWith('e')) forms.add(b + 's');
  else if (b.endsWith('c')) forms.add(b + 's').add(b + 'que').add(b + 'ques');
  else if (b.endsWith('i')) forms.add(b + 's').add(b + 'e').add(b + 'es');
  else forms.add(b + 'e').add(b + 's').add(b + 'es');
  return [...forms];
}

/** lower-case demonym form → ISO2, both languages. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(FR_FORMS).flatMap(([base, iso]) => frenchForms(base).map((f) => [f, iso] as [string, string])),
  ...Object.entries(EN_FORMS).map(([f, iso]) => [f, iso] as [string, string]),
  // the people: "the number of Americans", "Israelis and Saudis" (a plural demonym is no name)
  ...Object.entries(EN_FORMS).filter(([f]) => /(?:an|i|o)$/.test(f) && !/^(?:us|uk)$/.test(f)).map(([f, iso]) => [f + 's', iso] as [string, string]),
]);
