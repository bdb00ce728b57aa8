/**
 * US states written short (general knowledge: USPS postal codes and the AP style abbreviations), so "Danville, Ill.",
 * "Milwaukee, WI" and a headline's "in IL, WI & WV" name the states the body writes in full (one entity, not two).
 * Washington, D.C. and the District of Columbia are one place, the city of Washington.
 */
const STATES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['Alabama', 'AL', 'ala'], ['Alaska', 'AK'], ['Arizona', 'AZ', 'ariz'], ['Arkansas', 'AR', 'ark'], ['California', 'CA', 'calif', 'cal'],
  ['Colorado', 'CO', 'colo'], ['Connecticut', 'CT', 'conn'], ['Delaware', 'DE', 'del'], ['Florida', 'FL', 'fla'], ['Georgia', 'GA', 'ga'],
  ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL', 'ill'], ['Indiana', 'IN', 'ind'], ['Iowa', 'IA'], ['Kansas', 'KS', 'kan', 'kans'],
  ['Kentucky', 'KY', 'ky'], ['Louisiana', 'LA', 'la'], ['Maine', 'ME'], ['Maryland', 'MD', 'md'], ['Massachusetts', 'MA', 'mass'],
  ['Michigan', 'MI', 'mich'], ['Minnesota', 'MN', 'minn'], ['Mississippi', 'MS', 'miss'], ['Missouri', 'MO', 'mo'], ['Montana', 'MT', 'mont'],
  ['Nebraska', 'NE', 'neb', 'nebr'], ['Nevada', 'NV', 'nev'], ['New Hampshire', 'NH', 'n.h.'], ['New Jersey', 'NJ', 'n.j.'], ['New Mexico', 'NM', 'n.m.'],
  ['New York', 'NY', 'n.y.'], ['North Carolina', 'NC', 'n.c.'], ['North Dakota', 'ND', 'n.d.'], ['Ohio', 'OH'], ['Oklahoma', 'OK', 'okla'],
  ['Oregon', 'OR', 'ore'], ['Pennsylvania', 'PA', 'pa', 'penn'], ['Rhode Island', 'RI', 'r.i.'], ['South Carolina', 'SC', 's.c.'], ['South Dakota', 'SD', 's.d.'],
  ['Tennessee', 'TN', 'tenn'], ['Texas', 'TX', 'tex'], ['Utah', 'UT'], ['Vermont', 'VT', 'vt'], ['Virginia', 'VA', 'va'], ['Washington', 'WA', 'wash'],
  ['West Virginia', 'WV', 'w.va.'], ['Wisconsin', 'WI', 'wis', 'wisc'], ['Wyoming', 'WY', 'wyo'],
];

/** Postal code ("WI") → state. */
export const US_POSTAL_CODES: ReadonlyMap<string, string> = new Map(STATES.map(([name, code]) => [code, name]));
/** AP abbreviation, folded, without its final dot ("ill", "n.y") → state. */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(STATES.flatMap(([name, , ...abbr]) => abbr.map((a) => [a.replace(/\.$/, ''), name] as const)));
/** The states' names, folded ("west virginia"). */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(STATES.map(([name]) => name.toLowerCase()));
/** The federal district's names, read as the city of Washington. */
export const FEDERAL_DISTRICT = /^(?:d\.c|dc|district of columbia)$/;

/**
 * The states' common nicknames (general knowledge), folded, without their final "State": "the Granite State" is New Hampshire.
 * Only the nicknames written "the X State"; "Golden State Warriors" or "Empire State Building" are longer names and stay theirs.
 */
export const US_STATE_NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['granite', 'New Hampshire'], ['lone star', 'Texas'], ['golden', 'California'], ['sunshine', 'Florida'], ['empire', 'New York'],
  ['keystone', 'Pennsylvania'], ['garden', 'New Jersey'], ['bay', 'Massachusetts'], ['peach', 'Georgia'], ['buckeye', 'Ohio'],
  ['hoosier', 'Indiana'], ['prairie', 'Illinois'], ['volunteer', 'Tennessee'], ['bluegrass', 'Kentucky'], ['tar heel', 'North Carolina'],
  ['palmetto', 'South Carolina'], ['evergreen', 'Washington'], ['beaver', 'Oregon'], ['silver', 'Nevada'], ['grand canyon', 'Arizona'],
  ['centennial', 'Colorado'], ['beehive', 'Utah'], ['treasure', 'Montana'], ['equality', 'Wyoming'], ['gem', 'Idaho'],
  ['sooner', 'Oklahoma'], ['pelican', 'Louisiana'], ['magnolia', 'Mississippi'], ['natural', 'Arkansas'],
  ['hawkeye', 'Iowa'], ['sunflower', 'Kansas'], ['cornhusker', 'Nebraska'], ['peace garden', 'North Dakota'], ['mount rushmore', 'South Dakota'],
  ['north star', 'Minnesota'], ['badger', 'Wisconsin'], ['great lakes', 'Michigan'], ['wolverine', 'Michigan'], ['mountain', 'West Virginia'],
  ['old dominion', 'Virginia'], ['old line', 'Maryland'], ['first', 'Delaware'], ['constitution', 'Connecticut'], ['ocean', 'Rhode Island'],
  ['green mountain', 'Vermont'], ['pine tree', 'Maine'], ['aloha', 'Hawaii'], ['yellowhammer', 'Alabama'],
]);
