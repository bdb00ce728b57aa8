/**
 * Common given names (French, English and frequent international ones), written without accents
 * because lookups fold accents. A capitalised word from this list followed by another capitalised
 * word is typed Person. Own list, general knowledge (no licence constraint).
 */
import { createRequire } from 'node:module';
import { prebuiltGivenNames } from '../prebuilt/prebuilt-lexicon.ts';

const NAMES = `
adam adrien agathe agnes alain alban albert alex alexander alexandra alexandre alexis alfred alice alicia aline alison amandine
amber amelie amy ana andre andrea andreas andrew andy angela angelique anna anne annie anthony antoine antonio arnaud arthur
aude audrey aurelie aurelien axel barbara bastien ben benjamin benoit bernard bertrand bill bob bonnie brad bradley brian bruno
bruce camille carl carlos carole caroline catherine cecile celine charles charlie charlotte chloe chris christian christine
christophe christopher claire clara claude clement colin corinne cyril cyrille damien daniel danielle david denis didier
dominique donald doug douglas dylan edouard elena elisabeth elise elizabeth ella elon emilie emily emma emmanuel emmanuelle eric
estelle etienne eugene eva evelyne fabien fabrice fanny felix florence florian francois francoise frank franck frederic
frederique gabriel gael gaelle gary geoffrey george georges gerard ghislaine gilles gina giovanni giorgia guillaume gustave
guy harry helene henri henry herve hugo hugues ian ines irene isabelle jack jacques james jamie jan jane janet jason jean jeanne
jeff jeffrey jennifer jensen jeremy jerome jessica jim jimmy joe joel johan john johnny jonathan jordan jose joseph josh
joshua judith julia julian julie julien justin karen karim kate katherine keith kelly ken kevin kim kristalina larry laura
laurence laurent lea leo leon leonard linda lionel lisa louis louise luc luca lucas lucie ludovic lydia madeleine manon marc
marcel margaret margot maria marie marine mario mark martin martine mary mathieu mathilde matt matthew matthias matthieu maurice
max maxime melanie michael michel michele mike mohamed mohammed morgan muriel nadia nancy narendra nathalie nathan nicolas
nicole noel noemie olaf olivia olivier oscar pascal pascale patrick patricia paul paula pauline peter philippe pierre quentin
rachel rachida rafael ralph raphael raymond regis remi remy renaud rene richard rishi robert robin roger roland romain ronan
rose ryan sabine sacha sam samantha samuel sandra sandrine sara sarah satya sebastien serge sergey sheryl simon simone sophie
stephane stephanie steve steven sundar susan sylvain sylvie theo thibault thierry thomas tim timothy tom tony ursula valerie
valentin vanessa victor victoria vincent virginie vivian william xavier yann yannick yves yvonne zoe
sam masayoshi akio jensen lisa xi li wang zhang liu chen lee park kim moon yoon shinzo fumio narendra mukesh gautam ratan
timothee timothy theophile thibaut baptiste jean-baptiste jean-pierre jean-marc jean-luc jean-paul marie-laure
anne-sophie pierre-yves francois-xavier arnaud benedicte berangere blandine capucine clemence constance delphine
eloise geraldine gregoire hortense jacqueline josephine laetitia marianne marion mathias maud nathalie odile
perrine raphaelle segolene solene tiphaine veronique yasmine amelie apolline gaspard hadrien leonie lucien octave
ahmed ali amina fatima hassan omar youssef rania leila karima nadine mehdi sofiane samir yacine
alan alexis amanda andre anthony ashley barack betsy bernie brandon carlos chuck cindy craig dara demis dario
greg hillary howard jack janet jay joan jon josé kamala keir kristen larry liz marc mary mitch nancy patrick
reed ruth sean sheldon sundar tucker warren wes zach
vladimir olaf giorgia pedro luiz ignacio javier miguel juan carmen lorenzo marco matteo francesco giuseppe klaus wolfgang
jurgen hans dieter friedrich angela annalena christine ursula mario enrico sergio
graham barry terry harvey manuel
jo ed
`;
/** The hand-written list: names that are also common words or city names are decided here (the gazetteer reads it). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

const require = createRequire(import.meta.url);
let given: Pick<Set<string>, 'has'> | undefined;
let commonGiven: Pick<Set<string>, 'has'> | undefined;

function load(): void {
  if (given) return;
  ({ given, common: commonGiven } = prebuiltGivenNames() ?? givenNameSets());
}

/** The two lists from the sources (what the prebuilt lexicon stores: src/extract/prebuilt). */
export function givenNameSets(): { given: Set<string>; common: Set<string> } {
  const data = require('./given-names.json') as { names: string; common: string };
  const given = new Set(data.names.split(' '));
  for (const n of FIRST_NAMES) given.add(n);
  return { given, common: new Set(data.common.split(' ')) };
}

/** Whether a folded word is a given name: the hand list or the large list (given-names.json, see build-names.ts). */
export function isGivenName(folded: string): boolean {
  load();
  return given!.has(folded);
}

/** A given name of the large list that is also a common word ("meg", "delta"): a person only with a surname that is none. */
export function isCommonGivenName(folded: string): boolean {
  load();
  return commonGiven!.has(folded);
}
