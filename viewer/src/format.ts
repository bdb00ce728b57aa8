/** Formatting and text normalisation shared by the panels. */

const compactCache = new Map<string, Intl.NumberFormat>();

/** "€1.2B", "$35B", "¥2T"; plain number when the currency is unknown. */
export function formatAmount(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined || amount === null || !Number.isFinite(amount)) return '';
  const key = currency ?? '';
  let fmt = compactCache.get(key);
  if (!fmt) {
    try {
      fmt = currency
        ? new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 })
        : new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
    } catch {
      fmt = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
    }
    compactCache.set(key, fmt);
  }
  const text = fmt.format(amount);
  return currency && !/[^\d.,\sKMBT-]/.test(text) ? `${text} ${currency}` : text;
}

/** Amount in its currency, with the USD equivalent when the currency is another one. */
export function formatInvestment(amount?: number, currency?: string, amountUsd?: number): string {
  const main = formatAmount(amount, currency);
  if (!main) return amountUsd ? formatAmount(amountUsd, 'USD') : '';
  if (currency && currency !== 'USD' && amountUsd) return `${main} (≈ ${formatAmount(amountUsd, 'USD')})`;
  return main;
}

export function formatUsd(amountUsd: number): string {
  return formatAmount(amountUsd, 'USD');
}

/** ISO date → "12 Mar 2025" (date only; the time of day of a news article rarely matters here). */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Lower case, accents and punctuation folded: "Corée du Sud" and "coree-du-sud" compare equal. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Creates an element with attributes and children, the only DOM helper the panels need. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}
