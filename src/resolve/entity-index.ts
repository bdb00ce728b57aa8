/**
 * The resolver's memory: every entity produced so far (and the store's known ones), findable by
 * country code, by name key (suffixes and neutral tails removed: "Acme.com Inc" = "Acme"), by
 * alias ("ACS"), and for people by surname ("Berger" = "Julia Berger").
 */
import type { EntityType } from '../graph/model.ts';
import type { EntityRecord } from '../graph/patch.ts';
import { nameKey } from '../extract/names.ts';
import { slug } from '../extract/text/normalize.ts';

export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  iso2?: string;
  /** Mentions seen by this resolver. */
  seen: number;
  /** Typed by a strong cue (gazetteer, suffix, cue noun, role…) or known to the store, not by a default. */
  strong: boolean;
}

const GROUP: Record<EntityType, string> = {
  Company: 'actor', Organization: 'actor', Country: 'country', Region: 'place', Program: 'program', Person: 'person', Product: 'product',
};
export const compatible = (a: EntityType, b: EntityType): boolean => GROUP[a] === GROUP[b];

/** The surname keys a person's name key files it under: the last word, and all words after the first. */
export function surnameKeys(key: string): string[] {
  const words = key.split(' ');
  return words.length >= 2 ? [words[words.length - 1]!, words.slice(1).join(' ')] : [];
}

/**
 * Entities known outside the index (a store's on-disk index, src/store/memory/entity-lookup): read on
 * the first use of each key, so an index over a large store costs what one article looks up. Each
 * answer must be what the index would hold had every entity been added in store order.
 */
export interface EntitySource {
  /** The entities with a name of this name key, in store order. */
  withNameKey(key: string): EntityRecord[];
  /** The last Person in store order filed under this surname key. */
  withSurname(key: string): EntityRecord | undefined;
  /** The last Country in store order with this ISO code (upper case). */
  withIso(iso2: string): EntityRecord | undefined;
  hasId(id: string): boolean;
}

export class EntityIndex {
  private readonly byKey = new Map<string, KnownEntity[]>();
  private readonly byIso = new Map<string, KnownEntity>();
  private readonly bySurname = new Map<string, KnownEntity>();
  private readonly ids = new Map<string, KnownEntity>();
  /** Keys (k:, s:, c: prefixed) already read from the source: every access to a key reads it first. */
  private readonly loaded = new Set<string>();

  constructor(private readonly source?: EntitySource) {}

  add(e: KnownEntity): void {
    this.ids.set(e.id, e);
    if (e.iso2 && e.type === 'Country') { this.loadIso(e.iso2.toUpperCase()); this.byIso.set(e.iso2.toUpperCase(), e); }
    this.addName(e, e.name);
    for (const a of e.aliases) this.addName(e, a);
  }

  addName(e: KnownEntity, name: string): void {
    const k = nameKey(name);
    if (!k) return;
    this.loadKey(k);
    const list = this.byKey.get(k) ?? [];
    if (!list.includes(e)) list.push(e);
    this.byKey.set(k, list);
    if (e.type === 'Person') for (const s of surnameKeys(k)) { this.loadSurname(s); this.bySurname.set(s, e); }
    if (name !== e.name) e.aliases.add(name);
  }

  byCountry(iso2: string): KnownEntity | undefined {
    this.loadIso(iso2.toUpperCase());
    return this.byIso.get(iso2.toUpperCase());
  }

  find(name: string, type: EntityType): KnownEntity | undefined {
    const k = nameKey(name);
    this.loadKey(k);
    const list = this.byKey.get(k);
    if (!list) { if (type !== 'Person') return undefined; this.loadSurname(k); return this.bySurname.get(k); }
    return list.find((e) => e.type === type) ?? list.find((e) => compatible(e.type, type)) ?? list[0];
  }

  /** A fresh id for a new entity: type prefix + slug, suffixed when taken. */
  newId(type: EntityType, name: string, iso2?: string): string {
    const base = `${type.toLowerCase()}:${type === 'Country' && iso2 ? iso2.toLowerCase() : slug(name)}`;
    let id = base;
    for (let n = 2; this.ids.has(id) || this.source?.hasId(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** A source's record as this index's entity: one object per id, whichever key read it first. */
  private entityOf(r: EntityRecord): KnownEntity {
    let e = this.ids.get(r.id);
    if (!e) { e = EntityIndex.fromRecord(r); this.ids.set(e.id, e); }
    return e;
  }

  private loadKey(k: string): void {
    if (!this.source || this.loaded.has(`k:${k}`)) return;
    this.loaded.add(`k:${k}`);
    const list = this.source.withNameKey(k).map((r) => this.entityOf(r));
    if (list.length) this.byKey.set(k, list);
  }

  private loadSurname(k: string): void {
    if (!this.source || this.loaded.has(`s:${k}`)) return;
    this.loaded.add(`s:${k}`);
    const r = this.source.withSurname(k);
    if (r) this.bySurname.set(k, this.entityOf(r));
  }

  private loadIso(iso: string): void {
    if (!this.source || this.loaded.has(`c:${iso}`)) return;
    this.loaded.add(`c:${iso}`);
    const r = this.source.withIso(iso);
    if (r) this.byIso.set(iso, this.entityOf(r));
  }

  static fromRecord(r: EntityRecord): KnownEntity {
    return { id: r.id, type: r.type, name: r.name, aliases: new Set(r.aliases), iso2: r.iso2, seen: 2, strong: true };
  }
}
