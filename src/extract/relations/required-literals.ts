/**
 * A cheap prefilter for regular expressions run on every sentence: the literal strings a match must
 * contain, read from the expression's source. A sentence that lacks them cannot match, so the rule
 * need not run there. Conservative by construction: anything it does not understand (classes,
 * escapes like \d, lookarounds, optional or repeated parts) simply gives no requirement.
 */

/** Strings of which a match contains at least one (one requirement). */
export type AnyOf = readonly string[];

interface Parsed { alternatives: AnyOf[][]; end: number }

const QUANT = /^(?:([?*+])|\{(\d+)(?:,(\d*))?\})\??/;

/** Parses alternatives from `at` to the closing `)` or the end; each alternative is a list of requirements (all of them hold). */
function parse(src: string, at: number): Parsed {
  const alternatives: AnyOf[][] = [];
  let reqs: AnyOf[] = [];
  let run = '';
  const flush = () => { if (run) reqs.push([run]); run = ''; };
  let i = at;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ')') break;
    if (c === '|') { flush(); alternatives.push(reqs); reqs = []; i++; continue; }
    // one atom: a literal character (kept in `run`), or something else (`group`: its requirements)
    let literal: string | undefined;
    let group: AnyOf | undefined;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (/[^A-Za-z0-9]/.test(e)) literal = e; // an escaped punctuation character is itself
      // other escapes stand for something else: skip all of them (\d, \x41, \u00a0, \u{…}, \k<name>, \p{L}, \12)
      i += (/^\\(?:\d+|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]+\}|c[A-Za-z]|k<[^>]*>|[pP]\{[^}]*\})/.exec(src.slice(i))?.[0].length ?? 2);
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '(') {
      const look = /^\(\?(?:<?[=!])/.test(src.slice(i, i + 4));
      const head = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>|\?<?[=!])?/.exec(src.slice(i))![0];
      const inner = parse(src, i + head.length);
      i = inner.end + 1;
      if (!look) group = best(inner.alternatives);
    } else if ('.^$'.includes(c)) {
      i++;
    } else {
      literal = c;
      i++;
    }
    const q = QUANT.exec(src.slice(i, i + 12));
    const min = q ? (q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2])) : 1;
    if (q) i += q[0].length;
    if (literal !== undefined && !q) { run += literal; continue; }
    // a quantified or non-literal atom ends the run: what follows is not contiguous with it
    if (min >= 1 && literal !== undefined) run += literal; // the first repetition touches what precedes…
    flush();
    if (min >= 1 && literal !== undefined) run = literal; // …and the last one what follows
    if (min >= 1 && group) reqs.push(group);
  }
  flush();
  alternatives.push(reqs);
  return { alternatives, end: i };
}

const shortest = (a: AnyOf) => Math.min(...a.map((s) => s.length));

/** The most selective requirement of each alternative, joined: one of them holds. Undefined when an alternative requires nothing. */
function best(alternatives: AnyOf[][]): AnyOf | undefined {
  const out = new Set<string>();
  for (const reqs of alternatives) {
    if (!reqs.length) return undefined;
    const b = [...reqs].sort((x, y) => shortest(y) - shortest(x) || x.length - y.length)[0]!;
    for (const s of b) out.add(s);
  }
  return [...out];
}

/**
 * Requirements every match of `source` meets (each: the text contains one of its strings), the most
 * selective first: at most `limit` of them, each of strings of at least `minLength` characters and at
 * most `maxOptions` options (checking hundreds of options would cost what the expression costs).
 */
export function requiredLiterals(source: string, limit = 3, minLength = 2, maxOptions = 24): AnyOf[] {
  const top = parse(source, 0);
  if (top.end < source.length) return []; // an unbalanced ")": not understood, no requirement
  const reqs = top.alternatives.length === 1 ? top.alternatives[0]! : (best(top.alternatives) ? [best(top.alternatives)!] : []);
  return reqs.filter((r) => r.length <= maxOptions && shortest(r) >= minLength)
    .sort((x, y) => shortest(y) - shortest(x) || x.length - y.length).slice(0, limit);
}

/** True when `text` meets every requirement (contains one string of each). */
export function meets(text: string, reqs: readonly AnyOf[]): boolean {
  for (const r of reqs) {
    let ok = false;
    for (const s of r) if (text.includes(s)) { ok = true; break; }
    if (!ok) return false;
  }
  return true;
}

/**
 * Finds which of many literal strings a text contains, in one pass (Aho–Corasick): rules checking
 * their requirements against a sentence then read flags instead of searching the text each time.
 */
export class LiteralMatcher {
  private readonly ids = new Map<string, number>();
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private built = false;

  /** The id of a string (added when new); call before the first `found`. */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(s, id);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let m = this.next[n]!.get(c);
      if (m === undefined) { m = this.next.length; this.next.push(new Map()); this.fail.push(0); this.out.push([]); this.next[n]!.set(c, m); }
      n = m;
    }
    this.out[n]!.push(id);
    this.built = false;
    return id;
  }

  private build(): void {
    const queue = [...this.next[0]!.values()];
    for (const m of queue) this.fail[m] = 0;
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q]!;
      for (const [c, m] of this.next[n]!) {
        let f = this.fail[n]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        this.fail[m] = g ?? 0;
        this.out[m] = [...new Set([...this.out[m]!, ...this.out[this.fail[m]!]!])];
        queue.push(m);
      }
    }
    this.built = true;
  }

  /** Flags by string id: 1 when `text` contains the string. */
  found(text: string): Uint8Array {
    if (!this.built) this.build();
    const seen = new Uint8Array(this.ids.size);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (n !== 0 && !this.next[n]!.has(c)) n = this.fail[n]!;
      n = this.next[n]!.get(c) ?? 0;
      for (const id of this.out[n]!) seen[id] = 1;
    }
    return seen;
  }
}

/** `meets` on a matcher's flags: every requirement (string ids, one of each) was found. */
export function meetsFound(found: Uint8Array, reqs: readonly (readonly number[])[]): boolean {
  for (const r of reqs) {
    let ok = false;
    for (const id of r) if (found[id]) { ok = true; break; }
    if (!ok) return false;
  }
  return true;
}
