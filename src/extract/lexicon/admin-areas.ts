/**
 * Second-level and statistical areas that the first-level list (country-region-data) lacks and
 * news names all the time: the 96 departments of metropolitan France ("dans la Somme",
 * "Sarreguemines (Moselle)"), the nations and statistical regions of the United Kingdom ("the North
 * East", "the East Midlands", "North Wales"). General knowledge, [name, ISO2].
 *
 * A one-word department is also a river, a common word or a surname ("Somme", "Var", "Lot", "Cher",
 * "Manche", "Vienne"): the gazetteer marks those as needing a place context, as it does small towns.
 */
export const FRENCH_DEPARTMENTS: readonly string[] = [
  'Ain', 'Aisne', 'Allier', 'Alpes-de-Haute-Provence', 'Hautes-Alpes', 'Alpes-Maritimes', 'Ardèche', 'Ardennes', 'Ariège', 'Aube',
  'Aude', 'Aveyron', 'Bouches-du-Rhône', 'Calvados', 'Cantal', 'Charente', 'Charente-Maritime', 'Cher', 'Corrèze', 'Corse-du-Sud',
  'Haute-Corse', "Côte-d'Or", "Côtes-d'Armor", 'Creuse', 'Dordogne', 'Doubs', 'Drôme', 'Eure', 'Eure-et-Loir', 'Finistère', 'Gard',
  'Haute-Garonne', 'Gers', 'Gironde', 'Hérault', 'Ille-et-Vilaine', 'Indre', 'Indre-et-Loire', 'Isère', 'Jura', 'Landes',
  'Loir-et-Cher', 'Loire', 'Haute-Loire', 'Loire-Atlantique', 'Loiret', 'Lot', 'Lot-et-Garonne', 'Lozère', 'Maine-et-Loire', 'Manche',
  'Marne', 'Haute-Marne', 'Mayenne', 'Meurthe-et-Moselle', 'Meuse', 'Morbihan', 'Moselle', 'Nièvre', 'Nord', 'Oise', 'Orne',
  'Pas-de-Calais', 'Puy-de-Dôme', 'Pyrénées-Atlantiques', 'Hautes-Pyrénées', 'Pyrénées-Orientales', 'Bas-Rhin', 'Haut-Rhin', 'Rhône',
  'Haute-Saône', 'Saône-et-Loire', 'Sarthe', 'Savoie', 'Haute-Savoie', 'Seine-Maritime', 'Seine-et-Marne', 'Yvelines',
  'Deux-Sèvres', 'Somme', 'Tarn', 'Tarn-et-Garonne', 'Var', 'Vaucluse', 'Vendée', 'Vienne', 'Haute-Vienne', 'Vosges', 'Yonne',
  'Territoire de Belfort', 'Essonne', 'Hauts-de-Seine', 'Seine-Saint-Denis', 'Val-de-Marne', "Val-d'Oise",
];

/** Nations, statistical regions and compass areas of the United Kingdom, as UK public bodies write them. */
export const UK_AREAS: readonly string[] = [
  'North East', 'North West', 'South East', 'South West', 'East Midlands', 'West Midlands', 'East of England',
  'Yorkshire and the Humber', 'Yorkshire and The Humber', 'Yorkshire', 'Humber', 'Midlands', 'North Wales', 'South Wales',
  'Mid Wales', 'West Wales', 'Scottish Highlands', 'Highlands and Islands', 'North East England', 'North West England',
  'South East England', 'South West England', 'North of England', 'Greater London', 'Tees Valley', 'Teesside', 'Merseyside',
  'Liverpool City Region', 'West Yorkshire', 'South Yorkshire', 'Greater Manchester',
];

/** World areas written with a compass word that a UK region would otherwise shadow ("South East Asia"). */
export const COMPASS_WORLD_AREAS: Readonly<Record<string, string>> = {
  'south east asia': 'Southeast Asia', 'south-east asia': 'Southeast Asia', 'north east asia': 'Northeast Asia',
  'north-east asia': 'Northeast Asia', 'north west africa': 'Northwest Africa',
};
