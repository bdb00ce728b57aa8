/**
 * The shape probe: short invented sentences, each with the relations a careful reader expects, run through
 * the full extraction and resolution of one article each. Scores precision and recall per relation type and
 * per sentence shape (coordination, apposition, relative clause, passive, nominalisation…), so a change to the
 * shared clause machinery is measured on many phrasings at once rather than on one text's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPatch } from '../../../src/resolve/index.ts';
import type { GraphPatch } from '../../../src/graph/patch.ts';
import { RulesExtractor } from '../../../src/extract/rules-extractor.ts';
import { Resolver } from '../../../src/resolve/index.ts';

export const PROBES_FILE = join(import.meta.dirname, 'shapes.json');

export interface Probe {
  id: string;
  lang: 'en' | 'fr';
  shape: string;
  text: string;
  title?: string;
  /** Expected relations, "Source > TYPE > Target" (symmetric types in either order). */
  rels: string[];
  /** Relations neither required nor counted as false (borderline readings). */
  opt?: string[];
}

export interface Tally { tp: number; fp: number; fn: number }
export interface ProbeResult { probe: Probe; missed: string[]; extra: string[]; found: string[] }
export interface ProbeReport {
  results: ProbeResult[];
  total: Tally;
  byType: Map<string, Tally>;
  byShape: Map<string, Tally>;
  /** Probes with no miss and no false relation. */
  passed: number;
}

const SYMMETRIC = new Set(['PARTNERS_WITH', 'COMPETES_WITH']);
const PLACE_TYPES = new Set(['Country', 'Region']);

/** The scorer's normalisation: accents, case, apostrophes and punctuation do not matter. */
const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[’'`]/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

function parseRel(s: string): [string, string, string] {
  const parts = s.split('>').map((p) => p.trim());
  if (parts.length !== 3) throw new Error(`probe relation must read "Source > TYPE > Target": ${s}`);
  return [parts[0]!, parts[1]!, parts[2]!];
}

const key = (type: string, a: string, b: string): string => {
  const [x, y] = SYMMETRIC.has(type) ? [norm(a), norm(b)].sort() : [norm(a), norm(b)];
  return `${type}|${x}|${y}`;
};

export function loadProbes(file = PROBES_FILE): Probe[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Probe[];
}

/** Relations of a patch as keys over every name of each end (the name and its aliases). */
function predicted(patch: GraphPatch): Map<string, { label: string; keys: string[] }> {
  const byId = new Map(patch.entities.map((e) => [e.id, e]));
  const out = new Map<string, { label: string; keys: string[] }>();
  for (const r of patch.relations) {
    if (r.type === 'MENTIONS') continue;
    const s = byId.get(r.source);
    const t = byId.get(r.target);
    if (!s || !t) continue;
    // a place inside a place is never asked for (the gold conventions leave it optional)
    if (r.type === 'LOCATED_IN' && PLACE_TYPES.has(s.type) && PLACE_TYPES.has(t.type)) continue;
    const keys: string[] = [];
    for (const a of [s.name, ...s.aliases]) for (const b of [t.name, ...t.aliases]) keys.push(key(r.type, a, b));
    const label = `${s.name} > ${r.type} > ${t.name}`;
    if (!out.has(label)) out.set(label, { label, keys });
  }
  return out;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const bump = (m: Map<string, Tally>, k: string, f: keyof Tally) => {
  const t = m.get(k) ?? tally();
  t[f]++;
  m.set(k, t);
};

/** The rules alone, without the learned scorer's vetoes and additions (to see what the model changes). */
const rulesOnly = new RulesExtractor({ learned: null });

export function runProbe(p: Probe, options: { rulesOnly?: boolean } = {}): ProbeResult {
  const article = { id: `article:probe-${p.id}`, title: p.title ?? '', text: p.text, lang: p.lang };
  const patch = options.rulesOnly ? extractPatch(article, new Resolver(), rulesOnly) : extractPatch(article);
  const pred = [...predicted(patch).values()];
  const gold = p.rels.map(parseRel);
  const optional = new Set((p.opt ?? []).map(parseRel).map(([a, t, b]) => key(t, a, b)));
  const missed: string[] = [];
  const found: string[] = [];
  const used = new Set<string>();
  for (const [a, t, b] of gold) {
    const k = key(t, a, b);
    const hit = pred.find((x) => x.keys.includes(k));
    if (hit) { found.push(`${a} > ${t} > ${b}`); used.add(hit.label); } else missed.push(`${a} > ${t} > ${b}`);
  }
  const extra = pred.filter((x) => !used.has(x.label) && !x.keys.some((k) => optional.has(k))).map((x) => x.label);
  return { probe: p, missed, extra, found };
}

export function runProbes(probes: Probe[], options: { rulesOnly?: boolean } = {}): ProbeReport {
  const results = probes.map((p) => runProbe(p, options));
  const total = tally();
  const byType = new Map<string, Tally>();
  const byShape = new Map<string, Tally>();
  let passed = 0;
  for (const r of results) {
    if (!r.missed.length && !r.extra.length) passed++;
    const add = (rel: string, f: keyof Tally) => {
      total[f]++;
      bump(byType, parseRel(rel)[1], f);
      bump(byShape, r.probe.shape, f);
    };
    r.found.forEach((x) => add(x, 'tp'));
    r.missed.forEach((x) => add(x, 'fn'));
    r.extra.forEach((x) => add(x, 'fp'));
  }
  return { results, total, byType, byShape, passed };
}

export const precision = (t: Tally): number => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally): number => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
export const f1 = (t: Tally): number => {
  const p = precision(t), r = recall(t);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
