/**
 * The team scorer (../shared/eval/score.mjs) as a function, so the held-out test runs in a clean
 * clone: same name normalisation, same matching of entities and relations, same counts. Also lists
 * the required entities found but never with the right type (`mistyped`).
 */

export interface GoldEntity { name: string; type: string; aliases?: string[]; optional?: boolean }
export interface GoldRelation {
  source: string; type: string; target: string; alt_targets?: string[]; optional?: boolean;
  amounts?: Array<[number, string]>; article?: string;
}
export interface Gold {
  entity_types: string[]; relation_types: string[]; symmetric?: string[];
  entities: GoldEntity[]; relations: GoldRelation[];
}
export interface Snapshot {
  nodes?: Array<{ key: string; attributes?: Record<string, unknown> }>;
  edges?: Array<{ source: string; target: string; attributes?: Record<string, unknown> }>;
}
export interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface Score {
  entities: Prf & { typed: number; required: number };
  relations: Prf;
  amounts: { ok: number; total: number };
  missedEntities: string[]; extraEntities: string[]; duplicates: string[]; mistyped: string[];
  missedRelations: string[]; extraRelations: string[]; wrongAmounts: string[];
}

const SUFFIX = /\b(inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|sa|sas|ag|gmbh|group|groupe)\b/g;
export function norm(s: string): string {
  return String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ').replace(SUFFIX, ' ').replace(/\s+/g, ' ').trim();
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3), tp, fp, fn };
};

export function score(snap: Snapshot, gold: Gold): Score {
  const entityTypes = new Set(gold.entity_types);
  const relationTypes = new Set(gold.relation_types);
  const symmetric = new Set(gold.symmetric ?? []);
  const byName = new Map<string, GoldEntity>();
  for (const e of gold.entities) for (const n of [e.name, ...(e.aliases ?? [])]) { const k = norm(n); if (k && !byName.has(k)) byName.set(k, e); }

  const nodeGold = new Map<string, GoldEntity>();
  const entityNodes: Array<{ key: string; type: string; name: string; gold?: GoldEntity }> = [];
  for (const n of snap.nodes ?? []) {
    const a = n.attributes ?? {};
    const t = a.type as string;
    if (!entityTypes.has(t)) continue;
    const names = [String(a.name ?? n.key), ...(Array.isArray(a.aliases) ? a.aliases.map(String) : [])];
    let match: GoldEntity | undefined;
    for (const nm of names) { match = byName.get(norm(nm)); if (match) break; }
    entityNodes.push({ key: n.key, type: t, name: names[0]!, gold: match });
    if (match) nodeGold.set(n.key, match);
  }
  const required = gold.entities.filter((e) => !e.optional);
  const found = new Map<GoldEntity, typeof entityNodes>();
  for (const n of entityNodes) if (n.gold) { const l = found.get(n.gold) ?? []; l.push(n); found.set(n.gold, l); }
  let tp = 0, typed = 0;
  const missedEntities: string[] = [], mistyped: string[] = [];
  for (const e of required) {
    const ns = found.get(e);
    if (!ns) { missedEntities.push(e.name); continue; }
    tp++;
    if (ns.some((n) => n.type === e.type)) typed++;
    else mistyped.push(`${e.name}: ${ns.map((n) => n.type).join('/')} (gold ${e.type})`);
  }
  const extraEntities = entityNodes.filter((n) => !n.gold).map((n) => `${n.name} (${n.type})`);
  const duplicates: string[] = [];
  for (const [e, ns] of found) if (ns.length > 1) duplicates.push(`${e.name} x${ns.length}: ${ns.map((n) => n.name).join(' | ')}`);
  const fp = extraEntities.length + [...found.values()].reduce((s, ns) => s + ns.length - 1, 0);

  const tripleKey = (s: string, t: string, o: string) => (symmetric.has(t) ? [s, o].sort().concat(t) : [s, t, o]).join('\u0001');
  const goldTriples = new Map<string, { rels: GoldRelation[]; alts: string[] }>();
  const optionalTriples = new Set<string>();
  for (const r of gold.relations) {
    const keys = [r.target, ...(r.alt_targets ?? [])].map((t) => tripleKey(r.source, r.type, t));
    if (r.optional) keys.forEach((k) => optionalTriples.add(k));
    else {
      const k = keys[0]!;
      if (!goldTriples.has(k)) goldTriples.set(k, { rels: [], alts: keys.slice(1) });
      goldTriples.get(k)!.rels.push(r);
    }
  }
  const altOf = new Map<string, string>();
  for (const [k, g] of goldTriples) for (const a of g.alts) altOf.set(a, k);
  const predicted = new Map<string, Array<Record<string, unknown>>>();
  const extraRelations: string[] = [];
  for (const e of snap.edges ?? []) {
    const a = e.attributes ?? {};
    const t = a.type as string;
    if (!relationTypes.has(t)) continue;
    const s = nodeGold.get(e.source), o = nodeGold.get(e.target);
    const label = `${s?.name ?? e.source} -${t}-> ${o?.name ?? e.target}`;
    if (!s || !o) { extraRelations.push(label); continue; }
    let k = tripleKey(s.name, t, o.name);
    k = altOf.get(k) ?? k;
    if (!predicted.has(k)) { predicted.set(k, []); if (!goldTriples.has(k) && !optionalTriples.has(k)) extraRelations.push(label); }
    predicted.get(k)!.push(a);
  }
  let rtp = 0;
  const missedRelations: string[] = [];
  for (const [k, g] of goldTriples) {
    if (predicted.has(k)) rtp++;
    else missedRelations.push(`${g.rels[0]!.source} -${g.rels[0]!.type}-> ${g.rels[0]!.target}`);
  }
  let total = 0, ok = 0;
  const wrongAmounts: string[] = [];
  for (const [k, g] of goldTriples) {
    for (const r of g.rels) {
      if (!r.amounts) continue;
      total++;
      const edges = predicted.get(k) ?? [];
      const hit = edges.some((a) => r.amounts!.some(([v, c]) => typeof a.amount === 'number' && String(a.currency).toUpperCase() === c && Math.abs(a.amount - v) <= 0.01 * v));
      if (hit) ok++;
      else wrongAmounts.push(`${r.source} -> ${r.target}: ${r.amounts.map(([v, c]) => `${v} ${c}`).join(' or ')}`);
    }
  }
  return {
    entities: { ...prf(tp, fp, missedEntities.length), typed, required: required.length },
    relations: prf(rtp, extraRelations.length, missedRelations.length),
    amounts: { ok, total },
    missedEntities, extraEntities, duplicates, mistyped, missedRelations, extraRelations, wrongAmounts,
  };
}
