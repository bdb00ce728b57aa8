/**
 * Long synthetic texts for the linearity test and bench: short sentences full of distinct
 * capitalised names, people with titles, places, amounts and years, in English or French — the
 * shape of text (long reports, lists of deals) on which extraction used to grow super-linearly.
 * Seeded, so a size always gives the same text.
 */
export function longText(bytes: number, lang: 'en' | 'fr' = 'en', seed = 7): string {
  let s = seed;
  const rand = () => { s = (s + 0x6d2b79f5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const SYL = ['ka', 'lo', 'vi', 'tor', 'zen', 'mar', 'qua', 'rex', 'no', 'sel', 'tra', 'vo', 'lin', 'dex', 'ar', 'om', 'ix', 'pe', 'sul', 'gra', 'bel', 'fin'];
  const word = () => { const w = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYL)).join(''); return w[0]!.toUpperCase() + w.slice(1); };
  const fresh = () => pick([() => word(), () => `${word()} ${pick(['Systems', 'Energy', 'Labs', 'Motors', 'Group', 'Capital', 'Inc'])}`, () => `${word()} ${word()}`])();
  // half the names come back again and again (the article's main actors), half are new
  const regulars = Array.from({ length: 30 }, fresh);
  const company = () => (rand() < 0.5 ? pick(regulars) : fresh());
  const person = () => `${pick(['Claire', 'Marc', 'Sophie', 'Thomas', 'Laura', 'David', 'Julie', 'Paul', 'Anna', 'Kevin'])} ${word()}`;
  const place = () => pick(lang === 'en' ? ['Lyon', 'Munich', 'Texas', 'Osaka', 'Madrid', 'Toronto', 'India', 'Poland', 'Mexico', 'Ohio'] : ['Lyon', 'Munich', 'Texas', 'Osaka', 'Madrid', 'Toronto', 'Inde', 'Pologne', 'Mexique', 'Douai']);
  const amount = () => `${pick(['1.2', '2', '3.5', '15', '40', '800'])}`;
  const year = () => String(2020 + Math.floor(rand() * 10));
  const en = [
    () => `${company()} will invest $${amount()} billion in ${place()} by ${year()}.`,
    () => `${person()}, chief executive of ${company()}, said sales rose.`,
    () => `${company()} agreed to buy ${company()} for €${amount()} million.`,
    () => `${company()} and ${company()} signed a partnership in ${place()}.`,
    () => `The ${word()} Summit opened in ${place()} on ${pick(['Monday', 'Tuesday', 'Friday'])}.`,
    () => `${company()} competes with ${company()}, ${company()} and ${company()}.`,
    () => `${word()} ${word()} Announces ${word()} Expansion.`,
    () => `Shares of ${company()} fell 3 percent.`,
    () => `The ${pick(['German', 'Japanese', 'Swiss'])} group ${company()} opened a plant in ${place()}. The group plans to hire 300 people.`,
    () => `${place()} welcomed the deal. The country expects 2,000 jobs, the company said.`,
    () => `${place()}-based ${company()} will invest $1 billion in the region, announced as part of today's summit.`,
  ];
  const fr = [
    () => `${company()} investira ${amount()} milliards d'euros à ${place()} d'ici ${year()}.`,
    () => `${person()}, PDG de ${company()}, a annoncé une hausse des ventes.`,
    () => `${company()} rachète ${company()} pour ${amount()} millions d'euros.`,
    () => `${company()} et ${company()} ont signé un partenariat à ${place()}.`,
    () => `Le sommet ${word()} s'est ouvert à ${place()} lundi.`,
    () => `${company()} est en concurrence avec ${company()} et ${company()}.`,
    () => `L'action ${company()} a reculé de 3 %.`,
    () => `Le groupe ${pick(['allemand', 'japonais', 'suisse'])} ${company()} a ouvert une usine à ${place()}. Le groupe prévoit 300 embauches.`,
    () => `Le ministre de l'économie ${person()} a salué l'accord. Le pays attend 2 000 emplois, selon la société.`,
    () => `${company()} et ${company()} investiront 1 milliard d'euros dans la région, a annoncé le ministre ${person()}.`,
  ];
  const forms = lang === 'en' ? en : fr;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = pick(forms)();
    parts.push(sentence);
    size += sentence.length + 1;
    // paragraphs of a few sentences, as in a long report
    if (i % 5 === 4) { parts.push('\n'); size++; }
  }
  return parts.join(' ').replace(/ \n /g, '\n\n');
}
