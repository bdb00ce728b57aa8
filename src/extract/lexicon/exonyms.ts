/**
 * French (and a few English) names of cities and regions whose gazetteer name (places.json, GeoNames)
 * is another one: "Pékin" is Beijing, "Bruxelles" Brussels, "Bavaria" Bayern. Each maps to the gazetteer name it stands
 * for; general knowledge, no licence constraint. Countries need none (i18n-iso-countries has French).
 */
export const PLACE_EXONYMS: Readonly<Record<string, string>> = {
  // Europe
  'Londres': 'London', 'Bruxelles': 'Brussels', 'Anvers': 'Antwerpen', 'Antwerp': 'Antwerpen', 'Gand': 'Gent', 'Ghent': 'Gent', 'Gothenburg': 'Göteborg', 'Nuremberg': 'Nürnberg', 'La Haye': 'The Hague', 'Francfort': 'Frankfurt am Main',
  'Hambourg': 'Hamburg', 'Munich': 'Munich', 'Cologne': 'Köln', 'Bâle': 'Basel', 'Vienne': 'Vienna',
  'Varsovie': 'Warsaw', 'Cracovie': 'Kraków', 'Prague': 'Prague', 'Bucarest': 'Bucharest', 'Copenhague': 'Copenhagen',
  'Édimbourg': 'Edinburgh', 'Lisbonne': 'Lisbon', 'Séville': 'Sevilla', 'Barcelone': 'Barcelona', 'Saragosse': 'Zaragoza',
  'Venise': 'Venice', 'Florence': 'Florence', 'Naples': 'Naples', 'Turin': 'Turin', 'Milan': 'Milan', 'Gênes': 'Genoa',
  'Athènes': 'Athens', 'Moscou': 'Moscow', 'Saint-Pétersbourg': 'Saint Petersburg', 'Kiev': 'Kyiv', 'Kyiv': 'Kyiv',
  // Africa and the Middle East
  'Le Caire': 'Cairo', 'Alger': 'Algiers', 'Tanger': 'Tangier', 'Marrakech': 'Marrakesh', 'Le Cap': 'Cape Town',
  'Riyad': 'Riyadh', 'Djeddah': 'Jeddah', 'Abou Dhabi': 'Abu Dhabi', 'Dubaï': 'Dubai', 'Téhéran': 'Tehran', 'Bagdad': 'Baghdad',
  'Jérusalem': 'Jerusalem', 'Beyrouth': 'Beirut', 'Damas': 'Damascus',
  // Asia
  'Pékin': 'Beijing', 'Canton': 'Guangzhou', 'Séoul': 'Seoul', 'Taïpei': 'Taipei', 'Bombay': 'Mumbai', 'Calcutta': 'Kolkata',
  'Djakarta': 'Jakarta', 'Hanoï': 'Hanoi', 'Hô Chi Minh-Ville': 'Ho Chi Minh City', 'Pnom Penh': 'Phnom Penh',
  // Americas
  'La Nouvelle-Orléans': 'New Orleans', 'Philadelphie': 'Philadelphia', 'Québec': 'Québec',
  // regions
  'Californie': 'California', 'Floride': 'Florida', 'Caroline du Nord': 'North Carolina', 'Caroline du Sud': 'South Carolina',
  'Pennsylvanie': 'Pennsylvania', 'Virginie': 'Virginia', 'Louisiane': 'Louisiana', 'Nouveau-Mexique': 'New Mexico',
  'Bavière': 'Bayern', 'Bavaria': 'Bayern', 'Basse-Saxe': 'Niedersachsen', 'Lower Saxony': 'Niedersachsen',
  'Rhénanie-du-Nord-Westphalie': 'Nordrhein-Westfalen', 'North Rhine-Westphalia': 'Nordrhein-Westfalen', 'Saxe': 'Sachsen', 'Saxony': 'Sachsen',
  'Andalousie': 'Andalucìa', 'Andalusia': 'Andalucìa', 'Lombardie': 'Lombardia', 'Lombardy': 'Lombardia',
  'Flandre': 'Flanders', 'Wallonie': 'Wallonia', 'Colombie-Britannique': 'British Columbia',
};
