/**
 * Resolution stage: an article's mentions become canonical entities with stable ids, linked across
 * articles and languages ("Corée du Sud" = "South Korea" by ISO code; "Acme.com Inc" = "Acme" by
 * name key; "ACS" = "Acme Cloud Services" by the acronym the text defined; "Berger" = "Julia Berger");
 * relation candidates become relation patches with provenance. The resolver remembers what it
 * produced, so one instance resolves a whole ingest run consistently.
 */
import type { Article, ArticleAttributes, PropertyValue } from '../graph/model.ts';
import { relationKey, type EntityPatch, type EntityRecord, type GraphPatch, type RelationPatch } from '../graph/patch.ts';
import { createExtractor, type Extraction, type Extractor, type Mention, type RelationCandidate } from '../extract/index.ts';
import { displayName, nameKey } from '../extract/names.ts';
import { matchKey } from '../extract/text/normalize.ts';
import { compatible, EntityIndex, type EntitySource, type KnownEntity } from './entity-index.ts';
import { investmentDiscriminator, sameInvestment } from './investments.ts';
import { bracketDefinitions, shortFormPairs } from './short-forms.ts';
import { eventPairs, jurisdictionPairs, leadingFormPairs, saysUnitOf } from './leading-forms.ts';
import { spellingVariants } from './spelling-variants.ts';
import { appositionPairs } from './appositions.ts';
import { placeShortFormPairs } from './place-short-forms.ts';
import { loadGazetteer } from '../extract/gazetteer.ts';
import { reject, tracing } from '../extract/trace.ts';

export { EntityIndex, surnameKeys, type EntitySource } from './entity-index.ts';

/**
 * What resolution did with one article, for `newsgraph explain`: the entity each mention became and
 * the fate of each relation candidate (by index in the extraction).
 */
export interface ResolutionTrace {
  entities: Map<number, { id: string; name: string; note?: string }>;
  relations: Map<number, { kept: boolean; key?: string; note: string }>;
}

/** An INVESTS_IN relationship already stored (its key, ends, and amount, currency, amountUsd). */
export interface KnownInvestment { key: string; source: string; target: string; properties: Record<string, PropertyValue> }

/** A store's entities and investments, read as resolution needs them (instead of all up front). */
export interface StoreLookup extends EntitySource {
  /** The INVESTS_IN relationships from `source` to `target` that have amountUsd, in store order. */
  investmentsBetween(source: string, target: string): KnownInvestment[];
}

export class Resolver {
  private readonly index: EntityIndex;
  private readonly investments = new Map<string, Array<{ key: string; properties: Record<string, PropertyValue> }>>();

  constructor(known: Iterable<EntityRecord> = [], private readonly lookup?: StoreLookup) {
    this.index = new EntityIndex(lookup);
    for (const r of known) this.index.add(EntityIndex.fromRecord(r));
  }

  resolve(article: Article, extraction: Extraction, trace?: ResolutionTrace): GraphPatch {
    const defined = bracketDefinitions(extraction.sentences.map((s) => s.text));
    const notes = trace ? new Map<number, string>() : undefined;
    const entityOf = this.linkMentions(extraction.mentions, defined, notes, extraction.sentences.map((s) => s.text));
    const entities = new Map<string, { e: KnownEntity; mentions: number; surfaces: Set<string> }>();
    for (const m of extraction.mentions) {
      const e = entityOf.get(m.index);
      if (!e || m.cue === 'coref') continue;
      const slot = entities.get(e.id) ?? { e, mentions: 0, surfaces: new Set<string>() };
      slot.mentions++;
      if (!m.implicit) slot.surfaces.add(m.text);
      for (const a of m.aliases ?? []) slot.surfaces.add(a);
      // the full name the text gives an acronym it uses alone ("… stratégiques (FEIS)")
      const full = defined.get(m.text);
      if (full) slot.surfaces.add(full);
      entities.set(e.id, slot);
    }
    // anaphora count as mentions of what they refer to
    for (const m of extraction.mentions) if (m.cue === 'coref') { const e = entityOf.get(m.index); if (e && entities.has(e.id)) entities.get(e.id)!.mentions++; }

    const entityPatches: EntityPatch[] = [];
    for (const { e, mentions, surfaces } of entities.values()) {
      for (const s of surfaces) if (s !== e.name && !STARTS_LOWER.test(s)) this.index.addName(e, s);
      const p: EntityPatch = { id: e.id, type: e.type, name: e.name, aliases: [...e.aliases].filter((a) => surfaces.has(a) || a === e.name ? a !== e.name : false), mentions, article: article.id };
      if (e.iso2) p.iso2 = e.iso2;
      entityPatches.push(p);
    }
    if (trace) for (const [i, e] of entityOf) trace.entities.set(i, notes?.has(i) ? { id: e.id, name: e.name, note: notes.get(i)! } : { id: e.id, name: e.name });
    return { article: articleAttributes(article), entities: entityPatches, relations: this.relations(article, extraction, entityOf, entities, trace) };
  }

  /** Mention index → entity, creating entities for new names. */
  private linkMentions(mentions: readonly Mention[], defined: ReadonlyMap<string, string>, notes?: Map<number, string>, sentences: readonly string[] = []): Map<number, KnownEntity> {
    const out = new Map<number, KnownEntity>();
    const shortOf = new Map<string, { long: string; rule: string }>();
    const partners = shortFormPartners(mentions, defined, shortOf, sentences);
    // acronyms defined in the article and surnames of people named in full link to their long forms
    const local = new Map<string, KnownEntity>();
    // surnames of people named in full: only a person, or a name with no typing cue, takes them ("take over Disney" is the company)
    const surnames = new Map<string, KnownEntity>();
    // "Joe" after "Joe Tarrant": a given name alone names the one person of the article who bears it (two bearers: nobody)
    const bearers = new Map<string, Set<string>>();
    for (const m of mentions) if (m.type === 'Person' && m.cue !== 'coref') {
      const w = nameKey(m.text).split(' ');
      if (w.length > 1) bearers.set(w[0]!, (bearers.get(w[0]!) ?? new Set()).add(nameKey(m.text)));
    }
    const ordered = [...mentions].sort((a, b) => (b.text.length - a.text.length));
    const companies = mentions.filter((m) => m.type === 'Company' && m.cue !== 'coref');
    const companyKeys = new Set(companies.map((m) => nameKey(m.text)));
    // short forms the article may use for a longer name: "JLR", "Orvane IM"
    const acronyms = companies.filter((a) => CAPITALS_2_5.test(a.text));
    // ("CHIPS NAPMP" after "CHIPS National Advanced Packaging Manufacturing Program": a programme's too)
    const shortForms = mentions.filter((a) => (a.type === 'Company' || a.type === 'Program') && a.cue !== 'coref' && WORD_THEN_ACRONYM.test(a.text));
    // "United State" beside "United States": a misspelling resolves as the name it misspells (spelling-variants.ts)
    const variants = spellingVariants(mentions.filter((m) => m.cue !== 'coref' && !m.implicit));
    const rightNames = new Set(variants.values());
    const writtenRight = new Map<string, Mention>();
    for (const m of mentions) {
      if (m.cue === 'coref' || variants.has(m.text) || !rightNames.has(m.text)) continue;
      const r = writtenRight.get(m.text);
      if (!r || m.confidence > r.confidence) writtenRight.set(m.text, m);
    }
    for (const written of ordered) {
      if (written.cue === 'coref') continue;
      const right = variants.has(written.text) ? writtenRight.get(variants.get(written.text)!) : undefined;
      const m: Mention = right ? { ...right, index: written.index, sentence: written.sentence, start: written.start, end: written.end } : written;
      if (notes && right) notes.set(m.index, `a misspelling of "${right.text}"`);
      const linked = partners.get(m.text) ?? [];
      const e = this.entityFor(m, local, linked, m.type === 'Person' || m.cue === 'default' ? surnames : undefined);
      out.set(m.index, e);
      const long = shortOf.get(m.text);
      if (notes && long && local.get(nameKey(long.long)) === e) notes.set(m.index, long.rule === 'leading-words' ? `short form of "${long.long}"` :
        `${long.rule === 'apposition' || long.rule === 'bilingual name' ? 'another name of' : 'short form of'} "${long.long}" (${long.rule})`);
      // its short forms (or full name) in this article name the same entity
      for (const p of linked) if (!local.has(nameKey(p))) local.set(nameKey(p), e);
      local.set(nameKey(m.canonical ?? m.text), e);
      for (const a of m.aliases ?? []) local.set(nameKey(a), e);
      // surnames: the last word, and all words after the given name ("Le Maire" of "Bruno Le Maire")
      if (m.type === 'Person') {
        const w = nameKey(m.text).split(' ');
        if (w.length > 1) { surnames.set(w[w.length - 1]!, e); surnames.set(w.slice(1).join(' '), e); }
        if (w.length > 1 && bearers.get(w[0]!)?.size === 1 && !surnames.has(w[0]!)) surnames.set(w[0]!, e);
      }
      // "Orvane IM" after "Orvane Investment Managers": the same first word, then the initials of the rest
      if ((m.type === 'Company' || m.type === 'Program') && shortForms.length) {
        const w = m.text.split(/\s+/);
        for (const a of shortForms) {
          const aw = a.text.split(/\s+/);
          if (aw[0] !== w[0] || local.has(nameKey(a.text))) continue;
          if (w.length > 2 && initials(w.slice(1).join(' ')) === aw[1]!.toLowerCase()) { local.set(nameKey(a.text), e); e.aliases.add(a.text); }
        }
      }
      // "JLR" after "Jaguar Land Rover": an acronym of a company the article names in full
      if (m.type === 'Company' && acronyms.length) {
        for (const a of acronyms) {
          if (a === m || local.has(nameKey(a.text))) continue;
          if (initials(m.text) === a.text.toLowerCase()) local.set(nameKey(a.text), e);
        }
      }
      // "Eli Lilly" … "Lilly": a two-word company is named by its last word, unless its first word names a company of its own
      if (m.type === 'Company') {
        const w = nameKey(m.text).split(' ');
        if (w.length === 2 && !local.has(w[1]!) && !companyKeys.has(w[0]!)) local.set(w[1]!, e);
        // "Arthur J. Gallagher" … "Gallagher": the same with a middle initial
        if (w.length === 3 && w[1]!.length === 1 && !local.has(w[2]!) && !companyKeys.has(w[0]!)) local.set(w[2]!, e);
      }
    }
    for (const m of mentions) if (m.cue === 'coref' && m.refersTo !== undefined) { const e = out.get(m.refersTo); if (e) out.set(m.index, e); }
    return out;
  }

  private entityFor(m: Mention, local: Map<string, KnownEntity>, linked: readonly string[] = [], surnames?: ReadonlyMap<string, KnownEntity>): KnownEntity {
    if (m.type === 'Country' && m.iso2) {
      const known = this.index.byCountry(m.iso2);
      if (known) { known.seen++; return known; }
      return this.create(m, m.canonical ?? m.text);
    }
    const name = m.canonical ?? m.text;
    const weak = m.confidence < 0.8 && m.cue !== 'gazetteer';
    const candidates = [local.get(nameKey(name)) ?? surnames?.get(nameKey(name)), ...(m.aliases ?? []).map((a) => local.get(nameKey(a))),
      this.index.find(name, m.type), ...(m.aliases ?? []).map((a) => this.index.find(a, m.type)),
      // a short form or full name of the same article, already known from an earlier one ("Total" … "TotalEnergies")
      ...linked.map((p) => local.get(nameKey(p)) ?? this.index.find(p, m.type))];
    const viaShortForm = new Set(candidates.slice(candidates.length - linked.length));
    // "Jeanne Morvan" after "Mme MORVAN" in an earlier article: a full name joins the person known only by that surname
    // ("Mme Roe" beside "le groupe Roe" and "Jeanne Roe": the person named in full, not the firm named after her)
    if (m.type === 'Person' && surnames?.get(nameKey(name))) candidates.push(surnames.get(nameKey(name)));
    if (m.type === 'Person') {
      const w = nameKey(name).split(' ');
      const bySurname = w.length > 1 ? this.index.find(w[w.length - 1]!, 'Person') : undefined;
      if (bySurname?.type === 'Person' && !nameKey(bySurname.name).includes(' ')) candidates.push(bySurname);
    }
    for (const known of candidates) {
      if (!known) continue;
      // "Tata Motors" is not "Tata Group" although both keys are "tata": two full names must agree
      if (m.type === 'Company' && known.type === 'Company' && !viaShortForm.has(known) && !namesAgree(known, name)) continue;
      // "Mr. Roe" (a person known by the surname alone) and the firm "Roe's" typed by its own cue elsewhere: a surname names no firm
      if (known.type === 'Person' && (m.type === 'Company' || m.type === 'Organization') && m.cue !== 'default' && !viaShortForm.has(known) &&
        !nameKey(known.name).includes(' ')) continue;
      // the same name with another type is the same entity unless both types come from strong cues
      // ("Dunkerque" typed Company by default in one article, Region by the gazetteer in the next)
      if (compatible(known.type, m.type) || weak || !known.strong || (known.seen >= 2 && m.cue !== 'gazetteer')) { known.seen++; return known; }
    }
    // "Qatar Holding", "Bahrain Holding": a suffix after a country's name is what makes the name a company's, it stays
    const shown = displayName(name);
    const country = shown !== name && loadGazetteer().lookup(matchKey(shown))?.type === 'Country';
    return this.create(m, (m.type === 'Company' || m.type === 'Organization') && !country ? shown : name);
  }

  private create(m: Mention, name: string): KnownEntity {
    const e: KnownEntity = { id: this.index.newId(m.type, name, m.iso2), type: m.type, name, aliases: new Set(), seen: 1,
      strong: m.cue === 'gazetteer' || m.confidence >= 0.8 };
    if (m.iso2) e.iso2 = m.iso2;
    this.index.add(e);
    return e;
  }

  /**
   * Investments already in the store: a later article stating the same sum in another currency joins
   * the existing relationship instead of adding a second one.
   */
  knowInvestments(list: readonly KnownInvestment[]): void {
    for (const inv of list) {
      const pair = `${inv.source}|${inv.target}`;
      const known = this.investments.get(pair) ?? [];
      if (!known.some((k) => k.key === inv.key)) known.push({ key: inv.key, properties: { ...inv.properties } });
      this.investments.set(pair, known);
    }
  }

  /** The key of an investment already produced for the same pair and sum (another currency, another article), else a new one. */
  private investmentKey(source: string, target: string, p: Record<string, PropertyValue>): string {
    const pair = `${source}|${target}`;
    if (this.lookup && !this.investments.has(pair)) this.knowInvestments(this.lookup.investmentsBetween(source, target));
    const list = this.investments.get(pair) ?? [];
    const same = list.find((q) => sameInvestment(q.properties, p));
    if (same) return same.key;
    const key = relationKey('INVESTS_IN', source, target, investmentDiscriminator(p));
    list.push({ key, properties: p });
    this.investments.set(pair, list);
    return key;
  }

  private relations(article: Article, x: Extraction, entityOf: Map<number, KnownEntity>,
    entities: Map<string, { e: KnownEntity }>, trace?: ResolutionTrace): RelationPatch[] {
    const out = new Map<string, RelationPatch>();
    const investments: RelationPatch[] = [];
    const articleYear = article.date && /^\d{4}/.test(article.date) ? Number(article.date.slice(0, 4)) : undefined;
    // body sentences first: a headline often rounds or converts the amount the body states
    const ordered = [...x.relations].sort((a, b) => partRank(x, a.sentence) - partRank(x, b.sentence));
    const indexOf = new Map(trace ? x.relations.map((r, i) => [r, i]) : []);
    const candidateOf = new Map<RelationPatch, RelationCandidate>();
    // this article's investments by pair: a long text states hundreds (a scan of all of them per candidate was quadratic)
    const investmentsOf = new Map<string, RelationPatch[]>();
    const byKey = new Map<string, number[]>();
    const note = (r: RelationCandidate, kept: boolean, text: string, key?: string) => {
      if (!trace) return;
      const i = indexOf.get(r)!;
      trace.relations.set(i, key ? { kept, key, note: text } : { kept, note: text });
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), i]);
    };
    for (const r of ordered) {
      const s = entityOf.get(r.source), t = entityOf.get(r.target);
      if (!s || !t || s.id === t.id || !entities.has(s.id) || !entities.has(t.id)) {
        const reason = !s || !t ? 'an end is not an entity' : s.id === t.id ? `both ends are the same entity (${s.id})` : 'an end is not an entity of this article';
        note(r, false, reason);
        if (tracing()) reject({ stage: 'relation', sentence: r.sentence, text: `${x.mentions[r.source]?.text} -${r.type}-> ${x.mentions[r.target]?.text}`, reason, rule: 'resolve' });
        continue;
      }
      // (speed: Object.assign, not a spread, which took the slow path on properties of many shapes)
      const properties: Record<string, PropertyValue> = Object.assign({}, r.properties);
      // an investment whose sentence states no year is dated by the article ("the year of the announcement")
      if (r.type === 'INVESTS_IN' && properties.year === undefined && properties.until === undefined && properties.since === undefined && articleYear) properties.year = articleYear;
      if (r.type === 'INVESTS_IN') {
        const same = investmentsOf.get(`${s.id}|${t.id}`)?.find((p) => sameInvestment(p.properties, properties));
        if (same) { for (const [k, v] of Object.entries(properties)) same.properties[k] ??= v; note(r, true, 'the same sum as another sentence states', same.key); continue; }
      }
      const key = r.type === 'INVESTS_IN' ? this.investmentKey(s.id, t.id, properties) : relationKey(r.type, s.id, t.id);
      const existing = out.get(key);
      if (existing) {
        existing.confidence = Math.max(existing.confidence, r.confidence);
        for (const [k, v] of Object.entries(properties)) existing.properties[k] ??= v;
        note(r, true, 'the same relation as another sentence states', key);
        continue;
      }
      const patch: RelationPatch = { key, type: r.type, source: s.id, target: t.id, article: article.id, evidence: r.evidence, confidence: r.confidence, properties };
      out.set(key, patch);
      note(r, true, 'new', key);
      if (r.type === 'INVESTS_IN') {
        investments.push(patch); candidateOf.set(patch, r);
        const pair = `${s.id}|${t.id}`;
        investmentsOf.set(pair, [...(investmentsOf.get(pair) ?? []), patch]);
      }
    }
    // an investment without an amount adds nothing when the same pair has one with an amount
    for (const p of investments) {
      if (p.properties.amount !== undefined) continue;
      if (investmentsOf.get(`${p.source}|${p.target}`)!.some((q) => q !== p && q.properties.amount !== undefined)) {
        out.delete(p.key);
        if (trace) for (const i of byKey.get(p.key) ?? []) trace.relations.set(i, { kept: false, note: 'an investment without amount, the same pair has one with an amount' });
        const r = candidateOf.get(p)!;
        if (tracing()) reject({ stage: 'relation', sentence: r.sentence, text: `${x.mentions[r.source]?.text} -INVESTS_IN-> ${x.mentions[r.target]?.text}`, reason: 'an investment without amount: the same pair has one with an amount', rule: 'resolve' });
      }
    }
    // provenance: the article mentions each entity, with the first sentence that names it
    for (const m of x.mentions) {
      const e = entityOf.get(m.index);
      if (!e || !entities.has(e.id) || m.implicit) continue;
      const key = relationKey('MENTIONS', article.id, e.id);
      if (out.has(key)) continue;
      out.set(key, { key, type: 'MENTIONS', source: article.id, target: e.id, article: article.id,
        evidence: x.sentences[m.sentence]?.text ?? '', confidence: 1, properties: {} });
    }
    return [...out.values()];
  }
}

/** Short form ↔ full name links among the article's mentions, both ways (surface text → the others). */
function shortFormPartners(mentions: readonly Mention[], defined: ReadonlyMap<string, string>, shortOf?: Map<string, { long: string; rule: string }>,
  sentences: readonly string[] = []): Map<string, string[]> {
  const gaz = loadGazetteer();
  const places = new Set(mentions.filter((m) => m.type === 'Country' || m.type === 'Region').map((m) => matchKey(m.text)));
  const isPlace = (name: string) => { const k = matchKey(name); const g = gaz.lookup(k); return places.has(k) || g?.type === 'Country' || g?.type === 'Region'; };
  const names = mentions.filter((m) => m.cue !== 'coref' && !m.implicit).map((m) => ({ text: m.text, type: m.type, cue: m.cue, canonical: m.canonical }));
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => { const l = out.get(a) ?? []; if (!l.includes(b)) l.push(b); out.set(a, l); };
  const onAmbiguous = (short: string, longs: string[]) => {
    if (tracing()) reject({ stage: 'mention', sentence: mentions.find((m) => m.text === short)?.sentence ?? -1, text: short,
      reason: `short form of several names (${longs.join(', ')}): kept apart`, rule: 'short-form' });
  };
  for (const { short, long } of shortFormPairs(names, { definitions: defined, isPlace, onAmbiguous })) { link(short, long); link(long, short); }
  // "Fontenay" … "Fontenay-le-Comte": a commune by its first word (place-short-forms.ts)
  for (const { short, long, rule } of placeShortFormPairs(names)) { link(short, long); link(long, short); shortOf?.set(short, { long, rule }); }
  // "Garvel" … "Garvel Industries Group": the leading words of one full name (leading-forms.ts)
  const named = mentions.filter((m) => m.cue !== 'coref' && !m.implicit);
  // "the Growth Plan for Europe – the Valdor Plan", "Cassa di Valdorno – Valdorner Kasse (CDV)" (appositions.ts)
  for (const { short, long, rule } of appositionPairs(sentences, named)) { link(short, long); link(long, short); shortOf?.set(short, { long, rule }); }
  const isStatedUnit = (name: string) => named.some((m) => m.text === name && saysUnitOf(sentences[m.sentence] ?? ''));
  const isCountry = (name: string) => gaz.lookup(matchKey(name))?.type === 'Country';
  for (const { short, long, rule } of leadingFormPairs(named, { isPlace, isCountry, isStatedUnit })) { link(short, long); link(long, short); shortOf?.set(short, { long, rule }); }
  // "the Court of Justice" … "the Court of Justice of the European Union": a body and the same body of a known jurisdiction
  // "the Orvane Summit" … "the Orvane Investment Summit": one event
  for (const { short, long, rule } of eventPairs(named)) { link(short, long); link(long, short); shortOf?.set(short, { long, rule }); }
  for (const { short, long, rule } of jurisdictionPairs(named, (name) => isPlace(name) || !!gaz.lookup(matchKey(name)))) { link(short, long); link(long, short); shortOf?.set(short, { long, rule }); }
  return out;
}

/** Initials of a name of three words or more ("Jaguar Land Rover" → "jlr"), connectors left out. */
function initials(name: string): string {
  const words = matchKey(name).split(' ').filter((w) => w && !/^(?:of|and|de|du|des|d|the|la|le|et|&)$/.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

/**
 * Whether a company name may be a known company with the same name key: one-word names always may;
 * two names of several words only when one continues the other ("Hyundai Motor" / "Hyundai Motor
 * Group", not "Tata Motors" / "Tata Group").
 */
function namesAgree(known: KnownEntity, name: string): boolean {
  const w = nameWords(name);
  if (w.length < 2) return true;
  const names = [known.name, ...known.aliases].map(nameWords).filter((k) => k.length >= 2);
  if (!names.length) return true;
  return names.some((k) => { const [a, b] = k.length <= w.length ? [k, w] : [w, k]; return a.every((x, i) => x === b[i]); });
}

/** A name's words without legal forms, corporate words in the singular (a module function: no keepNames __name() per call under tsx). */
function nameWords(n: string): string[] {
  // ("Harland & Wolff" agrees with "Harland and Wolff")
  return matchKey(n).split(' ').filter((w) => w && !LEGAL_FORMS.has(w)).map((w) => (w === 'et' || w === '&' ? 'and' : singularCorporate(w)));
}

/** Legal forms that say nothing about which company is meant ("Ford Motor Company" = "Ford Motor"); "Group" is kept: "Tata Group" ≠ "Tata Motors". */
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'sa', 'sas', 'sarl', 'se', 'ag', 'gmbh', 'nv', 'bv', 'ab', 'asa', 'spa', 'kk']);
/** Corporate words written with or without a plural s ("Ford Motors" = "Ford Motor"). */
const CORPORATE_WORDS = new Set(['motor', 'industry', 'system', 'service', 'technology', 'lab', 'electronic', 'product', 'solution', 'network',
  'pharmaceutical', 'airline', 'communication', 'resource', 'brand', 'holding', 'partner', 'chemical', 'semiconductor', 'material', 'energy', 'entreprise', 'enterprise']);
function singularCorporate(w: string): string {
  const s = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w;
  return s !== w && CORPORATE_WORDS.has(s) ? s : w;
}

function partRank(x: Extraction, sentence: number): number {
  return x.sentences[sentence]?.part === 'title' ? 1 : 0;
}

function articleAttributes(a: Article): ArticleAttributes {
  const attrs: ArticleAttributes = { type: 'Article', id: a.id, title: a.title, lang: a.lang };
  if (a.date) attrs.date = a.date;
  if (a.url) attrs.url = a.url;
  if (a.source) attrs.source = a.source;
  return attrs;
}

/** Extraction + resolution of one article; pass a resolver to link across articles. */
export function extractPatch(article: Article, resolver: Resolver = new Resolver(), extractor: Extractor = createExtractor()): GraphPatch {
  return resolver.resolve(article, extractor.extract(article));
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const STARTS_LOWER = /^\p{Ll}/u;
const CAPITALS_2_5 = /^\p{Lu}{2,5}$/u;
const WORD_THEN_ACRONYM = /^\S+\s\p{Lu}{2,6}$/u;
