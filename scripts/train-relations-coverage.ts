/**
 * Candidate coverage of the learned relation scorer (used by scripts/train-relations.ts): the share of a set's required gold
 * relations that are some candidate pair of the right type whose ends resolve to the gold entities (the training labels' own
 * matching), and for the others why not: an end no mention resolves to (entity missed), ends found but never with a type of
 * the relation's DOMAIN_RANGE (mistyped), fitting ends only in different sentences (adjacent or farther), or in one sentence
 * but not paired (the cue gate, or both ends read as one referent). The scorer's recall on new text is capped by this share.
 */
import { basename } from 'node:path';
import type { Mention, Sentence } from '../src/extract/types.ts';
import { DOMAIN_RANGE, SCORED_TYPES, type ScoredType } from '../src/extract/learned/candidates.ts';

export const REASONS = ['covered', 'entity missed', 'mistyped', 'adjacent sentences', 'farther apart', 'same sentence, unpaired'] as const;
export type Reason = (typeof REASONS)[number];

/** Per relation type, the count of required gold relations by reason. */
export type Coverage = Map<ScoredType, Map<Reason, number>>;

interface CoverageDoc { article: { origin?: string; id: string }; x: { mentions: readonly Mention[]; sentences: readonly Sentence[] } }
interface GoldRel { source: string; type: string; target: string; alt_targets?: string[]; optional?: boolean; article?: string }

/**
 * `goldName(doc, mention)`: the gold entity a mention resolves to; `positive`: the triple keys some candidate pair was labelled
 * positive for; `key(source, type, target)`: the labels' triple key.
 */
export function coverageOf<D extends CoverageDoc>(relations: readonly GoldRel[], docs: readonly D[], goldName: (d: D, m: number) => string | undefined,
  positive: ReadonlySet<string>, key: (s: string, t: string, o: string) => string): Coverage {
  const out: Coverage = new Map();
  const names = docs.map((d) => d.x.mentions.map((m) => goldName(d, m.index)));
  for (const r of relations) {
    if (r.optional || !(SCORED_TYPES as readonly string[]).includes(r.type)) continue;
    const type = r.type as ScoredType;
    const targets = [r.target, ...(r.alt_targets ?? [])];
    let reason: Reason;
    if (targets.some((t) => positive.has(key(r.source, type, t)))) reason = 'covered';
    else {
      const inArticle = docs.map((d, i) => i).filter((i) => !r.article || basename(docs[i]!.article.origin ?? docs[i]!.article.id) === r.article);
      const dr = DOMAIN_RANGE[type];
      let found = false, typed = false, adjacent = false, together = false;
      for (const i of inArticle.length ? inArticle : docs.map((_, k) => k)) {
        const ms = docs[i]!.x.mentions, nm = names[i]!;
        const src = ms.filter((m) => nm[m.index] === r.source), tgt = ms.filter((m) => targets.includes(nm[m.index] ?? ''));
        if (!src.length || !tgt.length) continue;
        found = true;
        const fs = src.filter((m) => dr.source.includes(m.type)), ft = tgt.filter((m) => dr.target.includes(m.type));
        if (!fs.length || !ft.length) continue;
        typed = true;
        for (const a of fs) for (const b of ft) {
          if (a.sentence === b.sentence) together = true;
          else if (Math.abs(a.sentence - b.sentence) === 1) adjacent = true;
        }
      }
      reason = !found ? 'entity missed' : !typed ? 'mistyped' : together ? 'same sentence, unpaired' : adjacent ? 'adjacent sentences' : 'farther apart';
    }
    if (reason !== 'covered' && process.env.COVERAGE_MISSES) console.log(`uncovered (${reason}): ${r.source} -${type}-> ${r.target} [${r.article ?? ''}]`);
    let m = out.get(type);
    if (!m) out.set(type, (m = new Map()));
    m.set(reason, (m.get(reason) ?? 0) + 1);
  }
  return out;
}

/** Sums coverages (sets pooled). */
export function pooledCoverage(cs: readonly Coverage[]): Coverage {
  const out: Coverage = new Map();
  for (const c of cs) for (const [t, m] of c) {
    let o = out.get(t);
    if (!o) out.set(t, (o = new Map()));
    for (const [r, n] of m) o.set(r, (o.get(r) ?? 0) + n);
  }
  return out;
}

/** All the types of a coverage together. */
function merged(c: Coverage): Map<Reason, number> {
  const o = new Map<Reason, number>();
  for (const m of c.values()) for (const [r, n] of m) o.set(r, (o.get(r) ?? 0) + n);
  return o;
}

const sum = (m: ReadonlyMap<Reason, number> | undefined) => [...(m?.values() ?? [])].reduce((s, n) => s + n, 0);

/** The coverage table: per set, then per type pooled, with the reasons of the uncovered relations. */
export function coverageReport(sets: ReadonlyArray<{ name: string; coverage: Coverage }>): string {
  const lines: string[] = [];
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-').padStart(4);
  const covered = (c: Coverage) => [...c.values()].reduce((s, m) => s + (m.get('covered') ?? 0), 0);
  const required = (c: Coverage) => [...c.values()].reduce((s, m) => s + sum(m), 0);
  lines.push('Candidate coverage: required gold relations (scored types) that are a candidate pair of the right type, by set');
  lines.push(`${'set'.padEnd(14)} | ${'req'.padStart(4)} | ${REASONS.map((r) => r.padStart(Math.max(4, r.length))).join(' | ')}`);
  for (const s of sets) {
    const m = merged(s.coverage), n = sum(m);
    lines.push(`${s.name.padEnd(14)} | ${String(n).padStart(4)} | ${REASONS.map((r) => `${r === 'covered' ? pct(m.get(r) ?? 0, n) : m.get(r) ?? 0}`.padStart(Math.max(4, r.length))).join(' | ')}`);
  }
  const all = pooledCoverage(sets.map((s) => s.coverage));
  lines.push(`\n${'type (pooled)'.padEnd(14)} | ${'req'.padStart(4)} | ${REASONS.map((r) => r.padStart(Math.max(4, r.length))).join(' | ')}`);
  for (const t of [...SCORED_TYPES, 'all' as const]) {
    const m = t === 'all' ? merged(all) : all.get(t);
    const n = sum(m);
    if (!n) continue;
    lines.push(`${t.padEnd(14)} | ${String(n).padStart(4)} | ${REASONS.map((r) => `${pct(m?.get(r) ?? 0, n)}`.padStart(Math.max(4, r.length))).join(' | ')}`);
  }
  return lines.join('\n');
}
