/**
 * Read-only queries to Neo4j are checked by Newsgraph before they are sent: a READ session is only a
 * routing hint to some servers (a lone 3.5 ran a `CREATE` sent through one), so the query is parsed
 * with the project's own Cypher parser and refused when it writes, calls a procedure not known to be
 * read-only, or cannot be parsed (Newsgraph cannot then tell what it does). The refusal is the engine's
 * `Forbidden` error (Neo.ClientError.Statement.AccessMode), so a `serve --allow-writes` server re-runs
 * it as a write, as it does on the embedded store.
 */
import { parse } from '../../cypher/parser.ts';
import { CypherError } from '../../cypher/errors.ts';

const WRITE_CLAUSES: Record<string, string> = { Create: 'CREATE', Merge: 'MERGE', Set: 'SET', Remove: 'REMOVE', Delete: 'DELETE', Foreach: 'FOREACH' };

/** Built-in procedures that only read (lower case); any other procedure may write or administer. */
export const READ_ONLY_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.indexes', 'db.constraints', 'db.info', 'db.ping',
  'db.schema.visualization', 'db.schema.nodetypeproperties', 'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships', 'db.index.fulltext.listavailableanalyzers',
  'dbms.components', 'dbms.procedures', 'dbms.functions',
]);

type Pos = { line: number; column: number; offset: number };

function refuse(message: string, pos?: Pos): CypherError {
  return new CypherError('Forbidden', message, 'compile', 'ReadOnly', pos);
}

/** Throws a Forbidden CypherError unless `cypher` is a query that only reads. */
export function checkReadOnly(cypher: string): void {
  let ast: unknown;
  try {
    ast = parse(cypher);
  } catch (err) {
    const e = err as { message?: string; position?: Pos };
    const reason = (e.message ?? String(err)).replace(/ \(line \d+, column \d+ \(offset: \d+\)\)$/, '');
    throw refuse(`Read-only mode: Newsgraph's parser cannot read this query, so it cannot check that it writes nothing (${reason})`, e.position);
  }
  walk(ast);
}

/** Every clause of the query, subqueries and expression subqueries included. */
function walk(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) { for (const x of node) walk(x); return; }
  const n = node as { kind?: unknown; pos?: Pos; procedure?: unknown };
  if (typeof n.kind === 'string' && n.pos) {
    const clause = WRITE_CLAUSES[n.kind];
    if (clause) throw refuse(`Writing is not allowed in read-only mode (${clause})`, n.pos);
    if (n.kind === 'Call' && typeof n.procedure === 'string' && !READ_ONLY_PROCEDURES.has(n.procedure.toLowerCase())) {
      throw refuse(`Read-only mode: the procedure ${n.procedure} is not known to be read-only`, n.pos);
    }
  }
  for (const v of Object.values(node)) if (v !== null && typeof v === 'object') walk(v);
}
