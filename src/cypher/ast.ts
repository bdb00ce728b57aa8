/**
 * The abstract syntax tree of a Cypher query. Every node carries the source position where it starts
 * (`pos`), so semantic and runtime errors can point at the text.
 */
import type { SourcePosition } from './errors.ts';
import type { CypherValue } from './values.ts';

export type Pos = SourcePosition;

// ---------- expressions ----------

export type BinaryOp =
  | 'OR' | 'XOR' | 'AND'
  | '=' | '<>' | '<' | '>' | '<=' | '>='
  | '+' | '-' | '*' | '/' | '%' | '^'
  | 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS' | 'IN' | '=~';

export type Expr =
  | { kind: 'Literal'; value: CypherValue; pos: Pos }
  | { kind: 'Param'; name: string; pos: Pos }
  | { kind: 'Var'; name: string; pos: Pos }
  | { kind: 'Prop'; target: Expr; key: string; pos: Pos }
  | { kind: 'Index'; target: Expr; index: Expr; pos: Pos }
  | { kind: 'Slice'; target: Expr; from: Expr | null; to: Expr | null; pos: Pos }
  | { kind: 'Binary'; op: BinaryOp; left: Expr; right: Expr; pos: Pos }
  /** `a < b <= c`: each comparison on the shared middle operands, ANDed. */
  | { kind: 'Chain'; ops: BinaryOp[]; operands: Expr[]; pos: Pos }
  | { kind: 'Not'; operand: Expr; pos: Pos }
  | { kind: 'Neg'; operand: Expr; pos: Pos }
  | { kind: 'Plus'; operand: Expr; pos: Pos }
  | { kind: 'IsNull'; operand: Expr; negated: boolean; pos: Pos }
  /** `n:A:B` (labels, all required) or a label expression `n:A|B`, `n:!A`, `n:%` (labelExpr). */
  | { kind: 'HasLabels'; target: Expr; labels: string[]; labelExpr?: LabelExpr | null; dynamic?: DynamicLabel[]; pos: Pos }
  | { kind: 'List'; items: Expr[]; pos: Pos }
  | { kind: 'Map'; entries: [string, Expr][]; pos: Pos }
  | { kind: 'Call'; name: string; distinct: boolean; args: Expr[]; star: boolean; pos: Pos }
  | { kind: 'Case'; test: Expr | null; whens: [Expr, Expr][]; otherwise: Expr | null; pos: Pos }
  | { kind: 'ListComp'; variable: string; source: Expr; where: Expr | null; map: Expr | null; pos: Pos }
  | { kind: 'Quantifier'; quantifier: 'all' | 'any' | 'none' | 'single'; variable: string; source: Expr; where: Expr | null; pos: Pos }
  | { kind: 'Reduce'; acc: string; init: Expr; variable: string; source: Expr; expr: Expr; pos: Pos }
  | { kind: 'PatternComp'; path: string | null; pattern: PatternPart; where: Expr | null; map: Expr; pos: Pos }
  /** A relationship pattern used as a predicate / list of paths, e.g. `WHERE (a)-->(b)`. */
  | { kind: 'PatternExpr'; pattern: PatternPart; pos: Pos }
  | { kind: 'Exists'; body: SubqueryBody; pos: Pos }
  | { kind: 'CountSub'; body: SubqueryBody; pos: Pos }
  | { kind: 'CollectSub'; query: Query; pos: Pos }
  | { kind: 'MapProjection'; target: Expr; variable: string; items: MapProjItem[]; pos: Pos }
  | { kind: 'ShortestPathExpr'; pattern: PatternPart; pos: Pos };

/** `EXISTS { MATCH … WHERE … }` / `EXISTS { (a)-->(b) WHERE … }` / `COUNT { … }`. */
export type SubqueryBody =
  | { kind: 'patterns'; patterns: PatternPart[]; where: Expr | null }
  | { kind: 'query'; query: Query };

export type LabelExpr =
  | { kind: 'label'; name: string }
  | { kind: 'any' }
  | { kind: 'not'; operand: LabelExpr }
  | { kind: 'and' | 'or'; operands: LabelExpr[] };

export type MapProjItem =
  | { kind: 'prop'; key: string }
  | { kind: 'all' }
  | { kind: 'var'; name: string }
  | { kind: 'entry'; key: string; value: Expr };

// ---------- patterns ----------

/**
 * A dynamic label or relationship type (Neo4j 5.26): `:$(expr)` / `:$all(expr)` — all the labels expr
 * gives (a STRING or LIST<STRING>) — or `:$any(expr)` — any of them.
 */
export interface DynamicLabel { expr: Expr; any: boolean }

export interface NodePattern {
  variable: string | null;
  /** Labels all required (`:A:B` / `:A&B`); empty when a general label expression is used. */
  labels: string[];
  labelExpr?: LabelExpr | null;
  /** `(n:$(expr))` */
  dynamicLabels?: DynamicLabel[];
  properties: Expr | null;
  /** `(n:L WHERE n.x > 1)` */
  where?: Expr | null;
  pos: Pos;
}

export interface RelPattern {
  variable: string | null;
  types: string[];
  /** `-[r:$(expr)]->` */
  dynamicTypes?: DynamicLabel[];
  direction: 'out' | 'in' | 'both';
  properties: Expr | null;
  /** null = single hop; otherwise bounds (max null = unbounded). */
  varLength: { min: number | null; max: number | null } | null;
  /** `-[r WHERE r.x > 1]->` */
  where?: Expr | null;
  /**
   * Set when this element is a quantified path pattern `((a)-[:T]->(b) WHERE …){min,max}` standing
   * between nodes[i] and nodes[i+1] (its own type, direction and properties are unused).
   */
  quantified?: QuantifiedGroup;
  pos: Pos;
}

export interface QuantifiedGroup { part: PatternPart; where: Expr | null; min: number; max: number | null }

/**
 * A path selector (Neo4j 5.21 / GQL), per pair of end nodes: `ANY [k]` (any k paths), `SHORTEST k`,
 * `ANY SHORTEST` (= SHORTEST 1), `ALL SHORTEST`, `SHORTEST [k] GROUPS` (the paths of the k smallest
 * lengths). `ALL` selects nothing and is not kept.
 */
export interface PathSelector { kind: 'any' | 'shortest' | 'allShortest' | 'shortestGroups'; k: Expr | null; pos: Pos }

export interface PatternPart {
  /** `p = (a)-->(b)` */
  path: string | null;
  shortest: 'shortestPath' | 'allShortestPaths' | null;
  selector?: PathSelector;
  /** Set by the planner for `SHORTEST k [GROUPS]` / `ANY k` over one relationship pattern (see plan-selector.ts). */
  shortestCount?: { k: Expr; groups: boolean };
  nodes: NodePattern[];
  /** rels[i] connects nodes[i] and nodes[i+1]. */
  rels: RelPattern[];
  pos: Pos;
}

// ---------- clauses ----------

export interface ProjectionItem { expr: Expr; alias: string | null; /** text of the expression as written */ text: string; pos: Pos }
export interface SortItem { expr: Expr; descending: boolean; pos: Pos }

export interface Projection {
  distinct: boolean;
  star: boolean;
  items: ProjectionItem[];
  orderBy: SortItem[];
  skip: Expr | null;
  limit: Expr | null;
}

/**
 * In SET / REMOVE, `keyExpr` is a dynamic property key (`n[expr]`, then `key` is ''), `dynamic` the
 * dynamic labels (`n:$(expr)`, each a STRING or LIST<STRING>) next to the static `labels`.
 */
export type SetItem =
  | { kind: 'setProp'; target: Expr; key: string; keyExpr?: Expr; value: Expr; pos: Pos }
  | { kind: 'setAll'; variable: string; value: Expr; pos: Pos }
  | { kind: 'merge'; variable: string; value: Expr; pos: Pos }
  | { kind: 'setLabels'; variable: string; labels: string[]; dynamic?: Expr[]; pos: Pos };

export type RemoveItem =
  | { kind: 'removeProp'; target: Expr; key: string; keyExpr?: Expr; pos: Pos }
  | { kind: 'removeLabels'; variable: string; labels: string[]; dynamic?: Expr[]; pos: Pos };

export type Clause =
  | { kind: 'Match'; optional: boolean; patterns: PatternPart[]; where: Expr | null; pos: Pos }
  | { kind: 'Unwind'; expr: Expr; variable: string; pos: Pos }
  | ({ kind: 'With'; where: Expr | null; pos: Pos } & Projection)
  | ({ kind: 'Return'; pos: Pos } & Projection)
  | { kind: 'Create'; patterns: PatternPart[]; pos: Pos }
  | { kind: 'Merge'; pattern: PatternPart; onCreate: SetItem[]; onMatch: SetItem[]; pos: Pos }
  | { kind: 'Set'; items: SetItem[]; pos: Pos }
  | { kind: 'Remove'; items: RemoveItem[]; pos: Pos }
  | { kind: 'Delete'; detach: boolean; exprs: Expr[]; pos: Pos }
  | {
    kind: 'Call'; procedure: string; args: Expr[] | null;
    yields: { name: string; alias: string | null; pos: Pos }[] | null; yieldStar: boolean;
    where: Expr | null; pos: Pos;
    /** OPTIONAL CALL (Neo4j 5.24): a row the procedure yields nothing for is kept, with nulls */
    optional?: boolean;
  }
  | {
    /** CALL { … }; scope: the variables of `CALL (a, b) { … }` / `CALL (*) { … }`, null without a scope clause */
    kind: 'CallSubquery'; query: Query; scope: string[] | '*' | null; optional: boolean; pos: Pos;
    /** `IN TRANSACTIONS [OF n ROWS] [ON ERROR …] [REPORT STATUS AS s]` */
    inTransactions?: InTransactions;
  }
  | { kind: 'Foreach'; variable: string; list: Expr; clauses: Clause[]; pos: Pos }
  /** FINISH (Neo4j 5.19): ends a query that returns nothing */
  | { kind: 'Finish'; pos: Pos };

export interface SingleQuery { clauses: Clause[]; pos: Pos }

export interface InTransactions {
  /** OF n ROWS (default 1000) */
  batch: Expr | null;
  /** IN n CONCURRENT TRANSACTIONS: parsed; batches run one after the other here */
  concurrency: Expr | null;
  onError: 'fail' | 'continue' | 'break';
  /** REPORT STATUS AS s */
  status: string | null;
  pos: Pos;
}

export interface Query {
  kind: 'Query';
  parts: SingleQuery[];
  /** unionAll[i] joins parts[i] and parts[i+1]. */
  unionAll: boolean[];
  explain: boolean;
  /** Names of all parameters the query text uses (filled in by the parser for the top query). */
  params?: string[];
  pos: Pos;
}
