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

/** Characters below this code are classed by table, the others by map. */
const DIRECT = 0x3000;

/**
 * Finds which of many literal strings a text contains, in one pass (Aho–Corasick, as a full transition
 * table over the characters the strings use): rules checking their requirements against a sentence then
 * read flags instead of searching the text each time.
 */
export class LiteralMatcher {
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private table?: { cls: Map<number, number>; ascii: Int32Array; width: number; delta: Int32Array; outAt: Int32Array; outIds: Int32Array };

  /** How many strings it holds: the length of its flags. */
  get size(): number { return this.strings.length; }

  /** The id of a string (added when new). */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) { id = this.strings.length; this.strings.push(s); this.ids.set(s, id); this.table = undefined; }
    return id;
  }

  private build() {
    // character classes: one per character the strings use, 0 for any other (which leads back to the root)
    const cls = new Map<number, number>();
    for (const s of this.strings) for (let i = 0; i < s.length; i++) if (!cls.has(s.charCodeAt(i))) cls.set(s.charCodeAt(i), cls.size + 1);
    const width = cls.size + 1;
    // (by table below U+3000, not only ASCII: accented letters, typographic quotes and the skeleton's ⟦ ⟧ are read at every sentence)
    const ascii = new Int32Array(DIRECT);
    for (const [c, k] of cls) if (c < DIRECT) ascii[c] = k;
    // the trie
    const next: Array<Map<number, number>> = [new Map()];
    const out: number[][] = [[]];
    this.strings.forEach((s, id) => {
      let n = 0;
      for (let i = 0; i < s.length; i++) {
        const k = cls.get(s.charCodeAt(i))!;
        let m = next[n]!.get(k);
        if (m === undefined) { m = next.length; next.push(new Map()); out.push([]); next[n]!.set(k, m); }
        n = m;
      }
      out[n]!.push(id);
    });
    // breadth first: each state's failure link and full transitions (a state's missing edges are its failure state's)
    const delta = new Int32Array(next.length * width);
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (const [k, m] of next[0]!) { delta[k] = m; queue.push(m); }
    for (let q = 0; q < queue.length; q++) {
      const n = queue[q]!;
      out[n] = [...new Set([...out[n]!, ...out[fail[n]!]!])];
      for (let k = 0; k < width; k++) {
        const m = next[n]!.get(k);
        if (m === undefined) delta[n * width + k] = delta[fail[n]! * width + k]!;
        else { fail[m] = delta[fail[n]! * width + k]!; delta[n * width + k] = m; queue.push(m); }
      }
    }
    // (each state's strings in one flat array, `outAt[n]` to `outAt[n + 1]`: the scan reads two numbers per character, not an array)
    const outAt = new Int32Array(next.length + 1);
    for (let n = 0; n < next.length; n++) outAt[n + 1] = outAt[n]! + out[n]!.length;
    const outIds = Int32Array.from(out.flat());
    return (this.table = { cls, ascii, width, delta, outAt, outIds });
  }

  /**
   * Flags by string id: 1 when `text` contains the string (into `seen` when given: zeroed, one flag per string;
   * also set in `also` when given: flags of several texts at once).
   */
  found(text: string, seen = new Uint8Array(this.strings.length), also?: Uint8Array): Uint8Array {
    const { cls, ascii, width, delta, outAt, outIds } = this.table ?? this.build();
    let n = 0;
    for (let i = 0, len = text.length; i < len; i++) {
      const c = text.charCodeAt(i);
      n = delta[n * width + (c < DIRECT ? ascii[c]! : cls.get(c) ?? 0)]!;
      const b = outAt[n + 1]!;
      for (let j = outAt[n]!; j < b; j++) { seen[outIds[j]!] = 1; if (also) also[outIds[j]!] = 1; }
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
