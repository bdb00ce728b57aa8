/**
 * The administrative queries drivers, cypher-shell and the Neo4j store send, which the embedded engine
 * does not know: server components, ping, and schema DDL (constraints and indexes are accepted and
 * recorded so `SHOW CONSTRAINTS` / `SHOW INDEXES` list them, and `IF NOT EXISTS` behaves as in Neo4j).
 */
import type { BoltResult } from './backend.ts';
import { BoltFailure } from './failure.ts';
import type { CypherValue } from '../cypher/values.ts';

export const SERVER_VERSION = '5.26.0';
export const SERVER_AGENT = `Neo4j/${SERVER_VERSION}`;

export interface SchemaRule {
  id: bigint;
  name: string;
  kind: 'constraint' | 'index';
  entityType: 'NODE' | 'RELATIONSHIP';
  labelOrType: string;
  property: string;
  unique: boolean;
}

const ident = '(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))';
const CONSTRAINT_RE = new RegExp(
  String.raw`^\s*CREATE\s+CONSTRAINT(?:\s+${ident})?(\s+IF\s+NOT\s+EXISTS)?\s+(?:FOR|ON)\s*\(\s*\w+\s*:\s*${ident}\s*\)\s+(?:REQUIRE|ASSERT)\s*\(?\s*\w+\s*\.\s*${ident}\s*\)?\s+IS\s+(?:UNIQUE|NODE\s+KEY)\s*;?\s*$`, 'i');
const NODE_INDEX_RE = new RegExp(
  String.raw`^\s*CREATE\s+(?:RANGE\s+|BTREE\s+)?INDEX(?:\s+${ident})?(\s+IF\s+NOT\s+EXISTS)?\s+FOR\s*\(\s*\w+\s*:\s*${ident}\s*\)\s+ON\s*\(\s*\w+\s*\.\s*${ident}\s*\)\s*;?\s*$`, 'i');
const REL_INDEX_RE = new RegExp(
  String.raw`^\s*CREATE\s+(?:RANGE\s+|BTREE\s+)?INDEX(?:\s+${ident})?(\s+IF\s+NOT\s+EXISTS)?\s+FOR\s*\(\s*\)\s*-\s*\[\s*\w+\s*:\s*${ident}\s*\]\s*-\s*>?\s*\(\s*\)\s+ON\s*\(\s*\w+\s*\.\s*${ident}\s*\)\s*;?\s*$`, 'i');
const DROP_RE = new RegExp(String.raw`^\s*DROP\s+(CONSTRAINT|INDEX)\s+${ident}(\s+IF\s+EXISTS)?\s*;?\s*$`, 'i');

const result = (columns: string[], rows: CypherValue[][], type: BoltResult['type'] = 'r', stats?: Record<string, number>): BoltResult =>
  ({ columns, rows, type, ...(stats ? { stats } : {}) });

export class SystemCatalog {
  readonly rules: SchemaRule[] = [];
  private nextId = 1n;

  uniqueRules(): SchemaRule[] {
    return this.rules.filter((r) => r.unique && r.entityType === 'NODE');
  }

  /** The result of a system query, or undefined when the engine should run it. */
  handle(query: string, _params: Record<string, CypherValue>): BoltResult | undefined {
    const q = query.trim();
    if (!/^(CALL|SHOW|USE|CREATE\s+(CONSTRAINT|(RANGE\s+|BTREE\s+)?INDEX)|DROP\s+(CONSTRAINT|INDEX))\b/i.test(q)) return undefined;
    if (/^CALL\s+dbms\.components\s*\(\s*\)/i.test(q)) {
      if (/UNWIND\s+versions\s+AS\s+version/i.test(q)) return result(['name', 'version', 'edition'], [['Neo4j Kernel', SERVER_VERSION, 'community']]);
      return result(['name', 'versions', 'edition'], [['Neo4j Kernel', [SERVER_VERSION], 'community']]);
    }
    if (/^CALL\s+db\.ping\s*\(\s*\)/i.test(q)) return result(['success'], [[true]]);
    if (/^CALL\s+dbms\.showCurrentUser\s*\(\s*\)/i.test(q)) return result(['username', 'roles', 'flags'], [['neo4j', ['admin'], []]]);
    const db = /^SHOW\s+(?:(DEFAULT|HOME)\s+DATABASE|DATABASES?(?:\s+(`[^`]+`|\w+))?)\b/i.exec(q);
    if (db) {
      const name = db[2]?.replace(/`/g, '');
      const rows: CypherValue[][] = [['neo4j', 'standard', [], 'read-write', 'localhost:7687', 'primary', true, 'online', 'online', '', true, true, []]];
      if (!db[1] && !name) rows.push(['system', 'system', [], 'read-write', 'localhost:7687', 'primary', true, 'online', 'online', '', false, false, []]);
      return result(['name', 'type', 'aliases', 'access', 'address', 'role', 'writer', 'requestedStatus', 'currentStatus', 'statusMessage', 'default', 'home', 'constituents'],
        rows.filter((r) => !name || r[0] === name));
    }
    if (/^SHOW\s+(ALL\s+|UNIQUE(NESS)?\s+)?CONSTRAINTS?\b/i.test(q)) return this.showConstraints();
    if (/^SHOW\s+(ALL\s+|RANGE\s+)?INDEX(ES)?\b/i.test(q)) return this.showIndexes();
    let m = CONSTRAINT_RE.exec(q);
    if (m) return this.create('constraint', 'NODE', m[1] ?? m[2], !!m[3], m[4] ?? m[5]!, m[6] ?? m[7]!, true);
    m = NODE_INDEX_RE.exec(q);
    if (m) return this.create('index', 'NODE', m[1] ?? m[2], !!m[3], m[4] ?? m[5]!, m[6] ?? m[7]!, false);
    m = REL_INDEX_RE.exec(q);
    if (m) return this.create('index', 'RELATIONSHIP', m[1] ?? m[2], !!m[3], m[4] ?? m[5]!, m[6] ?? m[7]!, false);
    m = DROP_RE.exec(q);
    if (m) return this.drop(m[1]!.toLowerCase() as 'constraint' | 'index', m[2] ?? m[3]!, !!m[4]);
    return undefined;
  }

  private create(kind: SchemaRule['kind'], entityType: SchemaRule['entityType'], name: string | undefined, ifNotExists: boolean, label: string, property: string, unique: boolean): BoltResult {
    const same = this.rules.find((r) => r.kind === kind && r.entityType === entityType && r.labelOrType === label && r.property === property);
    const named = name ? this.rules.find((r) => r.name === name) : undefined;
    if (same || named) {
      if (ifNotExists) return result([], [], 's');
      throw new BoltFailure('Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
        `An equivalent ${kind} already exists: '${(same ?? named)!.name}'.`);
    }
    const id = this.nextId++;
    const rule: SchemaRule = { id, name: name ?? `${kind}_${id}`, kind, entityType, labelOrType: label, property, unique };
    this.rules.push(rule);
    return result([], [], 's', kind === 'constraint' ? { constraintsAdded: 1 } : { indexesAdded: 1 });
  }

  private drop(kind: SchemaRule['kind'], name: string, ifExists: boolean): BoltResult {
    const i = this.rules.findIndex((r) => r.kind === kind && r.name === name);
    if (i < 0) {
      if (ifExists) return result([], [], 's');
      throw new BoltFailure('Neo.DatabaseError.Schema.ConstraintDropFailed', `Unable to drop ${kind}: no ${kind} named '${name}'.`);
    }
    this.rules.splice(i, 1);
    return result([], [], 's', kind === 'constraint' ? { constraintsRemoved: 1 } : { indexesRemoved: 1 });
  }

  private showConstraints(): BoltResult {
    const rows = this.rules.filter((r) => r.kind === 'constraint').map((r): CypherValue[] => [
      r.id, r.name, r.entityType === 'NODE' ? 'UNIQUENESS' : 'RELATIONSHIP_UNIQUENESS', r.entityType, [r.labelOrType], [r.property], r.name, null,
    ]);
    return result(['id', 'name', 'type', 'entityType', 'labelsOrTypes', 'properties', 'ownedIndex', 'propertyType'], rows);
  }

  private showIndexes(): BoltResult {
    const rows = this.rules.map((r): CypherValue[] => [
      r.id, r.name, 'ONLINE', 100.0, 'RANGE', r.entityType, [r.labelOrType], [r.property], 'range-1.0', r.kind === 'constraint' ? r.name : null,
    ]);
    return result(['id', 'name', 'state', 'populationPercent', 'type', 'entityType', 'labelsOrTypes', 'properties', 'indexProvider', 'owningConstraint'], rows);
  }
}
