/** Generated input for the hostile cases: distinct small articles, long texts of short sentences. */

const COMPANIES = ['Altaris', 'Borvek', 'Cendral', 'Dovalis', 'Estrion', 'Fennix', 'Gorvane', 'Heliant', 'Istrel', 'Jorvik'];
const COUNTRIES = ['France', 'India', 'Germany', 'Brazil', 'Japan', 'Canada', 'Spain', 'Kenya', 'Vietnam', 'Poland'];

/** `n` distinct articles as .jsonl, one investment each. */
export function jsonlArticles(prefix: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = `${COMPANIES[i % COMPANIES.length]} ${prefix}${i}`;
    const k = COUNTRIES[(i * 7) % COUNTRIES.length];
    lines.push(JSON.stringify({
      title: `${c} invests in ${k} (${prefix} ${i})`,
      text: `${c} said on Monday it will invest ${(i % 90) + 10} million euros in ${k} by 2027. The plant will employ ${100 + i} people.`,
      date: '2025-03-01',
      url: `https://hostile.example/${prefix}/${i}`,
    }));
  }
  return lines.join('\n') + '\n';
}

/** A text of short English and French sentences, `bytes` long (the slow extraction case). */
export function shortSentences(bytes: number): string {
  const parts: string[] = ['Investment roundup\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const c = COMPANIES[i % COMPANIES.length]!, k = COUNTRIES[(i * 3) % COUNTRIES.length]!;
    const s = i % 4 === 0 ? `${c} invests ${(i % 50) + 1} million dollars in ${k}. `
      : i % 4 === 1 ? `Shares rose ${i % 9} percent. `
      : i % 4 === 2 ? `${c} investit ${(i % 30) + 2} millions d'euros en ${k}. `
      : `The deal closed on Tuesday. `;
    parts.push(s);
    size += Buffer.byteLength(s);
    if (i % 12 === 11) { parts.push('\n\n'); size += 2; }
  }
  return parts.join('');
}
