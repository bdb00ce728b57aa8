/**
 * Procedures callable with CALL: the built-in `db.labels()`, `db.relationshipTypes()`,
 * `db.propertyKeys()`, plus any registered by the host (the TCK declares test procedures).
 */
import { CypherError } from '../errors.ts';
import type { ExecContext } from './context.ts';
import { typeName, type Value } from './value.ts';

export interface ProcedureField { name: string; /** Cypher type, e.g. 'STRING?', 'INTEGER?', 'ANY?' */ type: string }

export interface ProcedureDef {
  name: string;
  inputs: ProcedureField[];
  outputs: ProcedureField[];
  call(ctx: ExecContext, args: Value[]): Value[][];
}

export class ProcedureRegistry {
  private readonly procs = new Map<string, ProcedureDef>();

  constructor() {
    this.register({
      name: 'db.labels', inputs: [], outputs: [{ name: 'label', type: 'STRING?' }],
      call: (ctx) => ctx.indexes.allLabels().sort().map((l) => [l]),
    });
    this.register({
      name: 'db.relationshipTypes', inputs: [], outputs: [{ name: 'relationshipType', type: 'STRING?' }],
      call: (ctx) => {
        const types = new Set<string>();
        ctx.graph.forEachEdge((e, a) => { types.add(ctx.adapter.relType(ctx.graph, e, a)); });
        return [...types].sort().map((t) => [t]);
      },
    });
    this.register({
      name: 'db.propertyKeys', inputs: [], outputs: [{ name: 'propertyKey', type: 'STRING?' }],
      call: (ctx) => {
        const keys = new Set<string>();
        ctx.graph.forEachNode((n) => { for (const k of ctx.adapter.nodePropertyKeys(ctx.graph, n)) keys.add(k); });
        ctx.graph.forEachEdge((e) => { for (const k of ctx.adapter.relPropertyKeys(ctx.graph, e)) keys.add(k); });
        return [...keys].sort().map((k) => [k]);
      },
    });
  }

  register(def: ProcedureDef): void { this.procs.set(def.name.toLowerCase(), def); }

  lookup(name: string): ProcedureDef | undefined { return this.procs.get(name.toLowerCase()); }
}

/** Checks (and coerces) an argument against a declared procedure input type. */
export function coerceArgument(v: Value, type: string, proc: string): Value {
  const t = type.replace(/\?$/, '').toUpperCase();
  if (v === null) return null;
  const ok = (() => {
    switch (t) {
      case 'ANY': return true;
      case 'STRING': return typeof v === 'string';
      case 'INTEGER': return typeof v === 'bigint';
      case 'FLOAT': return typeof v === 'number' || typeof v === 'bigint';
      case 'NUMBER': return typeof v === 'number' || typeof v === 'bigint';
      case 'BOOLEAN': return typeof v === 'boolean';
      default: return true;
    }
  })();
  if (!ok) throw new CypherError('TypeError', `Wrong argument type for ${proc}: expected ${t}, got ${typeName(v)}`, 'runtime', 'InvalidArgumentType');
  if (t === 'FLOAT' && typeof v === 'bigint') return Number(v);
  return v;
}
