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

export class EntityIndex {
  private readonly byKey = new Map<string, KnownEntity[]>();
  private readonly byIso = new Map<string, KnownEntity>();
  private readonly bySurname = new Map<string, KnownEntity>();
  private readonly ids = new Map<string, KnownEntity>();

  add(e: KnownEntity): void {
    this.ids.set(e.id, e);
    if (e.iso2 && e.type === 'Country') this.byIso.set(e.iso2.toUpperCase(), e);
    this.addName(e, e.name);
    for (const a of e.aliases) this.addName(e, a);
  }

  addName(e: KnownEntity, name: string): void {
    const k = nameKey(name);
    if (!k) return;
    const list = this.byKey.get(k) ?? [];
    if (!list.includes(e)) list.push(e);
    this.byKey.set(k, list);
    if (e.type === 'Person') {
      const words = k.split(' ');
      if (words.length >= 2) { this.bySurname.set(words[words.length - 1]!, e); this.bySurname.set(words.slice(1).join(' '), e); }
    }
    if (name !== e.name) e.aliases.add(name);
  }

  byCountry(iso2: string): KnownEntity | undefined {
    return this.byIso.get(iso2.toUpperCase());
  }

  find(name: string, type: EntityType): KnownEntity | undefined {
    const list = this.byKey.get(nameKey(name));
    if (!list) return type === 'Person' ? this.bySurname.get(nameKey(name)) : undefined;
    return list.find((e) => e.type === type) ?? list.find((e) => compatible(e.type, type)) ?? list[0];
  }

  /** A fresh id for a new entity: type prefix + slug, suffixed when taken. */
  newId(type: EntityType, name: string, iso2?: string): string {
    const base = `${type.toLowerCase()}:${type === 'Country' && iso2 ? iso2.toLowerCase() : slug(name)}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  static fromRecord(r: EntityRecord): KnownEntity {
    return { id: r.id, type: r.type, name: r.name, aliases: new Set(r.aliases), iso2: r.iso2, seen: 2, strong: true };
  }
}
