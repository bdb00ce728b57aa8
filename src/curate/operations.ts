/**
 * The curation operations on a graphology graph: merge, split, rename, retype, reject. Each one records
 * what it changes (diff.ts) and returns the diff. Pure with respect to everything but the graph given.
 *
 * Relationship keys embed their ends (`TYPE|source|target|discriminator`, graph/patch.ts), so an edge
 * that moves to another entity gets the key it would have had if extraction had named that entity;
 * when that key is taken, the two edges become one (evidence pairs united, confidence the max).
 */
import type { MultiDirectedGraph as Graph } from 'graphology';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../graph/model.ts';
import { relationKey } from '../graph/patch.ts';
import { matchKey, slug } from '../extract/text/normalize.ts';
import { DiffRecorder } from './diff.ts';
import type { GraphDiff } from './types.ts';

type Attrs = Record<string, unknown>;

export class CurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CurationError';
  }
}

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function isEntity(graph: Graph, id: string): boolean {
  return graph.hasNode(id) && ENTITY_TYPE_SET.has(String(graph.getNodeAttribute(id, 'type')));
}

/**
 * An entity named by its id, or by its exact name or an alias (case and accents ignored). Several
 * entities of that name: an error listing their ids.
 */
export function findEntity(graph: Graph, ref: string): string {
  if (isEntity(graph, ref)) return ref;
  const k = matchKey(ref);
  const found: string[] = [];
  graph.forEachNode((key, a) => {
    if (!ENTITY_TYPE_SET.has(String(a.type))) return;
    if (matchKey(String(a.name ?? '')) === k || strings(a.aliases).some((x) => matchKey(x) === k)) found.push(key);
  });
  if (found.length === 1) return found[0]!;
  if (!found.length) throw new CurationError(`no entity '${ref}' (give an id such as company:acme, or an exact name)`);
  throw new CurationError(`'${ref}' names ${found.length} entities: ${found.join(', ')}; give one id`);
}

/** The edge's key with new ends: the same type and discriminator. */
export function rekey(key: string, type: string, source: string, target: string): string {
  const parts = key.split('|');
  const discriminator = parts.length > 3 && parts[0] === type ? parts.slice(3).join('|') : '';
  return relationKey(type as RelationType, source, target, discriminator);
}

/** Evidence pairs of `add` joined into `into` (articles/evidence parallel), confidence the max, missing properties filled. */
function joinEdgeAttrs(into: Attrs, add: Attrs): Attrs {
  const out: Attrs = { ...into };
  const articles = strings(into.articles), evidence = strings(into.evidence);
  const more = strings(add.articles), moreEv = strings(add.evidence);
  more.forEach((a, i) => {
    if (!articles.some((x, j) => x === a && evidence[j] === moreEv[i])) { articles.push(a); evidence.push(moreEv[i] ?? ''); }
  });
  if ('articles' in into || 'articles' in add) { out.articles = articles; out.evidence = evidence; }
  if (typeof add.confidence === 'number') out.confidence = Math.max(typeof into.confidence === 'number' ? into.confidence : 0, add.confidence);
  for (const [k, v] of Object.entries(add)) if (out[k] === undefined && v !== undefined) out[k] = v;
  return out;
}

/** Moves edge `key` so that its ends are (source, target); joins it with an edge already there. */
function moveEdge(graph: Graph, rec: DiffRecorder, key: string, source: string, target: string, attrs: Attrs): void {
  const type = String(attrs.type);
  rec.touchEdge(key);
  if (graph.hasEdge(key)) graph.dropEdge(key);
  if (source === target) return; // an entity's relation to itself says nothing: dropped, kept in the log
  const next = rekey(key, type, source, target);
  rec.touchEdge(next);
  if (graph.hasEdge(next)) graph.replaceEdgeAttributes(next, joinEdgeAttrs(graph.getEdgeAttributes(next), attrs));
  else graph.addDirectedEdgeWithKey(next, source, target, { ...attrs });
}

/** merge A B: B's names become aliases of A, its relations move to A (evidence kept), B disappears. */
export function mergeEntities(graph: Graph, keep: string, gone: string): GraphDiff {
  if (!isEntity(graph, keep)) throw new CurationError(`no entity '${keep}'`);
  if (!isEntity(graph, gone)) throw new CurationError(`no entity '${gone}'`);
  if (keep === gone) throw new CurationError(`cannot merge ${keep} into itself`);
  const rec = new DiffRecorder(graph);
  rec.touchNodeWithEdges(gone);
  rec.touchNode(keep);
  const a = graph.getNodeAttributes(keep), b = graph.getNodeAttributes(gone);
  const name = String(a.name ?? keep);
  const aliases = strings(a.aliases);
  for (const n of [String(b.name ?? ''), ...strings(b.aliases)]) if (n && n !== name && !aliases.includes(n)) aliases.push(n);
  const articles = strings(a.articles);
  for (const x of strings(b.articles)) if (!articles.includes(x)) articles.push(x);
  const merged: Attrs = { ...a, aliases, articles, mentions: Number(a.mentions ?? 0) + Number(b.mentions ?? 0) };
  for (const [k, v] of Object.entries(b)) if (merged[k] === undefined && v !== undefined) merged[k] = v;
  for (const e of graph.edges(gone)) {
    const attrs = graph.getEdgeAttributes(e);
    const s = graph.source(e) === gone ? keep : graph.source(e);
    const t = graph.target(e) === gone ? keep : graph.target(e);
    moveEdge(graph, rec, e, s, t, attrs);
  }
  graph.dropNode(gone);
  graph.replaceNodeAttributes(keep, merged);
  return rec.finish();
}

/** Whether a sentence names `name` as a whole word sequence (case and accents ignored). */
function sentenceNames(sentence: string, name: string): boolean {
  const k = matchKey(name);
  return !!k && ` ${matchKey(sentence)} `.includes(` ${k} `);
}

/** The folded sentence with every occurrence of `name` replaced by a separator. */
function cutName(folded: string, name: string): string {
  const k = matchKey(name);
  return k ? folded.split(` ${k} `).join(' | ') : folded;
}

export interface SplitOptions {
  /** Id for the entity split off (an earlier merge's id, when the split undoes that merge). */
  id?: string;
  /** Its attributes before it was merged, when known: type, aliases, iso2… */
  former?: Attrs;
}

/**
 * split A --alias NAME: NAME leaves A and becomes an entity of its own; the relations whose evidence
 * names NAME (and none of A's other names) go with it — an edge whose evidence is mixed is cut in two.
 */
export function splitEntity(graph: Graph, id: string, alias: string, options: SplitOptions = {}): { diff: GraphDiff; created: string } {
  if (!isEntity(graph, id)) throw new CurationError(`no entity '${id}'`);
  const a = graph.getNodeAttributes(id);
  const aliases = strings(a.aliases);
  const former = options.former;
  const takenNames = [alias, ...strings(former?.aliases).filter((x) => aliases.includes(x))];
  if (!aliases.some((x) => matchKey(x) === matchKey(alias))) {
    throw new CurationError(`'${alias}' is not an alias of ${id} (aliases: ${aliases.length ? aliases.join(', ') : 'none'})`);
  }
  const name = aliases.find((x) => matchKey(x) === matchKey(alias))!;
  const leaving = new Set(aliases.filter((x) => takenNames.some((n) => matchKey(n) === matchKey(x))));
  const staying = [String(a.name ?? ''), ...aliases.filter((x) => !leaving.has(x))].filter(Boolean);
  const type = (former && ENTITY_TYPE_SET.has(String(former.type)) ? former.type : a.type) as EntityType;
  let created = options.id && !graph.hasNode(options.id) ? options.id : `${type.toLowerCase()}:${slug(alias)}`;
  for (let n = 2; graph.hasNode(created); n++) created = `${type.toLowerCase()}:${slug(alias)}-${n}`;
  const rec = new DiffRecorder(graph);
  rec.touchNodeWithEdges(id);
  rec.touchNode(created);
  const movedArticles = new Set<string>();
  const leavingNames = [...leaving];
  const plan: Array<{ edge: string; keep: [string, string][]; move: [string, string][] }> = [];
  for (const e of graph.edges(id)) {
    const attrs = graph.getEdgeAttributes(e);
    const arts = strings(attrs.articles), ev = strings(attrs.evidence);
    const keep: [string, string][] = [], move: [string, string][] = [];
    arts.forEach((art, i) => {
      const s = ev[i] ?? '';
      // "AWS" stays, "AWS France" leaves: A's names are looked for once the leaving names are cut out
      const rest = leavingNames.reduce((text, n) => cutName(text, n), ` ${matchKey(s)} `);
      const goes = rest !== ` ${matchKey(s)} ` && !staying.some((n) => sentenceNames(rest, n));
      (goes ? move : keep).push([art, s]);
    });
    if (move.length) plan.push({ edge: e, keep, move });
  }
  const attrs: Attrs = { ...(former ?? {}), type, id: created, name, aliases: leavingNames.filter((x) => x !== name), mentions: 0, articles: [] };
  graph.addNode(created, attrs);
  for (const { edge, keep, move } of plan) {
    const ea = graph.getEdgeAttributes(edge);
    const s = graph.source(edge) === id ? created : graph.source(edge);
    const t = graph.target(edge) === id ? created : graph.target(edge);
    const moved: Attrs = { ...ea, articles: move.map((p) => p[0]), evidence: move.map((p) => p[1]) };
    for (const [art] of move) movedArticles.add(art);
    if (keep.length) {
      rec.touchEdge(edge);
      graph.replaceEdgeAttributes(edge, { ...ea, articles: keep.map((p) => p[0]), evidence: keep.map((p) => p[1]) });
      const next = rekey(edge, String(ea.type), s, t);
      rec.touchEdge(next);
      if (graph.hasEdge(next)) graph.replaceEdgeAttributes(next, joinEdgeAttrs(graph.getEdgeAttributes(next), moved));
      else graph.addDirectedEdgeWithKey(next, s, t, moved);
    } else {
      moveEdge(graph, rec, edge, s, t, moved);
    }
  }
  // articles: those whose every mention (MENTIONS edge) went with the alias leave A
  const stillMentions = new Set<string>();
  for (const e of graph.inEdges(id)) if (graph.getEdgeAttribute(e, 'type') === 'MENTIONS') stillMentions.add(graph.source(e));
  const fromFormer = strings(former?.articles);
  const createdArticles = [...new Set([...fromFormer.filter((x) => strings(a.articles).includes(x)), ...movedArticles])];
  const keptArticles = strings(a.articles).filter((x) => !movedArticles.has(x) || stillMentions.has(x));
  const leftMentions = typeof former?.mentions === 'number' ? former.mentions : Math.max(1, createdArticles.length);
  graph.mergeNodeAttributes(created, { articles: createdArticles, mentions: leftMentions });
  graph.replaceNodeAttributes(id, {
    ...a, aliases: aliases.filter((x) => !leaving.has(x)), articles: keptArticles,
    mentions: Math.max(keptArticles.length ? 1 : 0, Number(a.mentions ?? 0) - leftMentions),
  });
  return { diff: rec.finish(), created };
}

/** rename A NAME: the old name stays as an alias, so it keeps resolving. */
export function renameEntity(graph: Graph, id: string, name: string, forget?: string): GraphDiff {
  if (!isEntity(graph, id)) throw new CurationError(`no entity '${id}'`);
  if (!name.trim()) throw new CurationError('the new name is empty');
  const rec = new DiffRecorder(graph);
  rec.touchNode(id);
  const a = graph.getNodeAttributes(id);
  const old = String(a.name ?? '');
  const aliases = strings(a.aliases).filter((x) => x !== name);
  if (old && old !== name && old !== forget && !aliases.includes(old)) aliases.push(old);
  graph.replaceNodeAttributes(id, { ...a, name, aliases });
  return rec.finish();
}

/** retype A TYPE (the id stays: it is what other tools and the log refer to). */
export function retypeEntity(graph: Graph, id: string, type: string): GraphDiff {
  if (!isEntity(graph, id)) throw new CurationError(`no entity '${id}'`);
  if (!ENTITY_TYPE_SET.has(type)) throw new CurationError(`unknown type '${type}' (${ENTITY_TYPES.join(', ')})`);
  const rec = new DiffRecorder(graph);
  rec.touchNode(id);
  graph.mergeNodeAttributes(id, { type });
  return rec.finish();
}

/** reject an entity (with all its relations) or one relation: gone from queries and exports, kept in the log. */
export function rejectElement(graph: Graph, target: string): GraphDiff {
  const rec = new DiffRecorder(graph);
  if (isEntity(graph, target)) {
    rec.touchNodeWithEdges(target);
    graph.dropNode(target);
  } else if (graph.hasEdge(target)) {
    rec.touchEdge(target);
    graph.dropEdge(target);
  } else {
    throw new CurationError(`no entity or relation '${target}' (a relation is named by its key, e.g. INVESTS_IN|company:acme|country:fr|…)`);
  }
  return rec.finish();
}

/** Whether `target` names something accept/reject can act on now. */
export function describeTarget(graph: Graph, target: string): 'entity' | 'relation' | undefined {
  return isEntity(graph, target) ? 'entity' : graph.hasEdge(target) ? 'relation' : undefined;
}
