/**
 * Recursive-descent parser: tokens → AST (ast.ts). Syntax errors name line, column and what was expected.
 * Precedence, loosest first: OR, XOR, AND, NOT, comparison (chainable), string/list/null predicates,
 * + -, * / %, ^, unary + -, postfix (property, index, slice, label), atoms.
 */
import type {
  BinaryOp, Clause, DynamicLabel, Expr, PathSelector, LabelExpr, MapProjItem, NodePattern, PatternPart, Pos, Projection, ProjectionItem,
  InTransactions, Query, RelPattern, RemoveItem, SetItem, SingleQuery, SortItem, SubqueryBody,
} from './ast.ts';
import { CypherError } from './errors.ts';
import { syntaxError, tokenize, type Token } from './lexer.ts';
import { INT64_MAX } from './values.ts';

const RESERVED = new Set([
  'MATCH', 'OPTIONAL', 'WHERE', 'RETURN', 'WITH', 'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE',
  'UNWIND', 'UNION', 'ORDER', 'SKIP', 'LIMIT', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'IS', 'AS', 'THEN', 'ELSE',
  'END', 'WHEN', 'ON', 'CALL', 'YIELD', 'DISTINCT', 'STARTS', 'ENDS', 'CONTAINS', 'BY', 'ASC', 'DESC',
  'ASCENDING', 'DESCENDING',
]);

const CLAUSE_START = new Set(['MATCH', 'OPTIONAL', 'RETURN', 'WITH', 'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'UNWIND', 'CALL', 'UNION', 'FOREACH', 'LOAD', 'USE']);

export function parse(src: string): Query {
  return new Parser(src).parseTop();
}

class BacktrackError extends Error {}

/**
 * The deepest nesting the parser accepts (parentheses, lists, maps, operator chains, NOT / minus,
 * subqueries, path groups). Later stages recurse over the syntax tree; past this, a hostile query would
 * exhaust the stack instead of getting a syntax error with its position.
 */
export const MAX_NESTING = 200;

class Parser {
  private readonly toks: Token[];
  private i = 0;
  /** > 0 while parsing a comprehension's WHERE, where `|` ends the predicate. */
  private noBar = 0;
  /** Current nesting depth (see MAX_NESTING). */
  private depth = 0;

  constructor(private readonly src: string) {
    this.toks = tokenize(src);
  }

  // ---------- token helpers ----------
  private peek(k = 0): Token { return this.toks[Math.min(this.i + k, this.toks.length - 1)]; }
  private next(): Token { return this.toks[this.i++]; }
  private get pos(): Pos { return this.peek().pos; }
  private lastEnd(): number { return this.toks[this.i - 1]?.end ?? 0; }

  private isKw(word: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'ident' && t.text.toUpperCase() === word;
  }
  private acceptKw(word: string): boolean {
    if (this.isKw(word)) { this.i++; return true; }
    return false;
  }
  private expectKw(word: string): void {
    if (!this.acceptKw(word)) this.fail(`'${word}'`);
  }
  private isP(p: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'punct' && t.text === p;
  }
  private acceptP(p: string): boolean {
    if (this.isP(p)) { this.i++; return true; }
    return false;
  }
  private expectP(p: string): void {
    if (!this.acceptP(p)) this.fail(`'${p}'`);
  }

  private tooDeep(pos: Pos): never {
    throw syntaxError(`The query is nested too deeply (more than ${MAX_NESTING} levels of parentheses, lists, maps, operators or subqueries)`, pos, 'NestingTooDeep');
  }

  /** Runs `f` one nesting level deeper. */
  private nested<T>(f: () => T): T {
    if (this.depth >= MAX_NESTING) this.tooDeep(this.pos);
    this.depth++;
    try { return f(); } finally { this.depth--; }
  }

  /** An operator chain `a + b + c …` nests its `folds`-th operator as deep as a parenthesis would. */
  private chain(folds: number, pos: Pos): void {
    if (this.depth + folds > MAX_NESTING) this.tooDeep(pos);
  }

  private fail(expected: string): never {
    const t = this.peek();
    const shown = t.type === 'eof' ? 'end of input' : `'${this.src.slice(t.pos.offset, t.end) || t.text}'`;
    throw syntaxError(`Invalid input ${shown}: expected ${expected}`, t.pos);
  }

  /** A symbolic name: identifier (any keyword allowed unless `strict`) or quoted identifier. */
  private name(what = 'an identifier', strict = false): string {
    const t = this.peek();
    if (t.type === 'quoted') { this.i++; return t.text; }
    if (t.type === 'ident' && !(strict && RESERVED.has(t.text.toUpperCase()))) { this.i++; return t.text; }
    return this.fail(what);
  }

  private isName(k = 0, strict = false): boolean {
    const t = this.peek(k);
    return t.type === 'quoted' || (t.type === 'ident' && !(strict && RESERVED.has(t.text.toUpperCase())));
  }

  // ---------- query ----------
  parseTop(): Query {
    const pos = this.pos;
    let explain = false;
    if (this.acceptKw('EXPLAIN')) explain = true;
    else if (this.acceptKw('PROFILE')) explain = false;
    const q = this.nested(() => this.parseQuery(pos));
    q.explain = explain;
    q.params = [...new Set(this.toks.filter((t) => t.type === 'param').map((t) => t.text))];
    this.acceptP(';');
    if (this.peek().type !== 'eof') this.fail('end of input');
    return q;
  }

  private parseQuery(pos: Pos): Query {
    return this.nested(() => this.parseQueryParts(pos));
  }

  private parseQueryParts(pos: Pos): Query {
    const parts: SingleQuery[] = [this.parseSingle()];
    const unionAll: boolean[] = [];
    while (this.acceptKw('UNION')) {
      unionAll.push(this.acceptKw('ALL') || (this.acceptKw('DISTINCT') && false)); // UNION DISTINCT = UNION (Neo4j 5.19)
      parts.push(this.parseSingle());
    }
    return { kind: 'Query', parts, unionAll, explain: false, pos };
  }

  private parseSingle(): SingleQuery {
    const pos = this.pos;
    const clauses: Clause[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === 'eof' || this.isP(';') || this.isP('}') || this.isKw('UNION')) break;
      clauses.push(this.parseClause());
    }
    if (clauses.length === 0) this.fail('a clause (MATCH, RETURN, CREATE, …)');
    return { clauses, pos };
  }

  private parseClause(): Clause {
    const pos = this.pos;
    if (this.isKw('OPTIONAL')) {
      this.i++;
      if (this.acceptKw('CALL')) return this.parseCall(pos, true);
      this.expectKw('MATCH');
      return this.parseMatch(true, pos);
    }
    if (this.acceptKw('MATCH')) return this.parseMatch(false, pos);
    if ((this.isKw('ORDER') && this.isKw('BY', 1)) || this.isKw('SKIP') || this.isKw('OFFSET') || this.isKw('LIMIT')) {
      // standalone ORDER BY / SKIP / OFFSET / LIMIT (Neo4j 5.24): WITH * with these subclauses
      return { kind: 'With', distinct: false, star: true, items: [], ...this.parseOrderSkipLimit(), where: null, pos };
    }
    if (this.acceptKw('FINISH')) return { kind: 'Finish', pos };
    if (this.acceptKw('UNWIND')) {
      const expr = this.parseExpr();
      this.expectKw('AS');
      const variable = this.name('a variable name', true);
      return { kind: 'Unwind', expr, variable, pos };
    }
    if (this.acceptKw('WITH')) {
      const proj = this.parseProjection(false);
      const where = this.acceptKw('WHERE') ? this.parseExpr() : null;
      return { kind: 'With', ...proj, where, pos };
    }
    if (this.acceptKw('RETURN')) return { kind: 'Return', ...this.parseProjection(true), pos };
    if (this.acceptKw('CREATE')) return { kind: 'Create', patterns: this.parsePatternList(), pos };
    if (this.acceptKw('INSERT')) return { kind: 'Create', patterns: this.parsePatternList(), pos }; // GQL (Neo4j 5.18)
    if (this.acceptKw('MERGE')) return this.parseMerge(pos);
    if (this.acceptKw('SET')) return { kind: 'Set', items: this.parseSetItems(), pos };
    if (this.acceptKw('REMOVE')) return { kind: 'Remove', items: this.parseRemoveItems(), pos };
    if (this.isKw('DETACH') || this.isKw('NODETACH')) {
      const detach = this.next().text.toUpperCase() === 'DETACH';
      this.expectKw('DELETE');
      return { kind: 'Delete', detach, exprs: this.parseExprList(), pos };
    }
    if (this.acceptKw('DELETE')) return { kind: 'Delete', detach: false, exprs: this.parseExprList(), pos };
    if (this.acceptKw('CALL')) return this.parseCall(pos);
    if (this.acceptKw('FOREACH')) {
      this.expectP('(');
      const variable = this.name('a variable name', true);
      this.expectKw('IN');
      const list = this.parseExpr();
      this.expectP('|');
      const clauses: Clause[] = [];
      while (!this.isP(')')) clauses.push(this.parseClause());
      this.expectP(')');
      return { kind: 'Foreach', variable, list, clauses, pos };
    }
    return this.fail('a clause (MATCH, OPTIONAL MATCH, RETURN, WITH, UNWIND, CREATE, MERGE, SET, REMOVE, DELETE, CALL, FOREACH, FINISH)');
  }

  private parseMatch(optional: boolean, pos: Pos): Clause {
    const patterns = this.parsePatternList();
    const where = this.acceptKw('WHERE') ? this.parseExpr() : null;
    return { kind: 'Match', optional, patterns, where, pos };
  }

  /** `IN [n CONCURRENT] TRANSACTIONS [OF n ROW[S]] [ON ERROR CONTINUE|BREAK|FAIL] [REPORT STATUS AS v]` */
  private parseInTransactions(): InTransactions {
    const pos = this.pos;
    this.expectKw('IN');
    let concurrency: Expr | null = null;
    if (!this.isKw('TRANSACTIONS') && !this.isKw('CONCURRENT')) concurrency = this.parseExpr();
    if (concurrency || this.isKw('CONCURRENT')) this.expectKw('CONCURRENT');
    this.expectKw('TRANSACTIONS');
    const tx: InTransactions = { batch: null, concurrency, onError: 'fail', status: null, pos };
    for (;;) {
      if (this.acceptKw('OF')) {
        tx.batch = this.parseExpr();
        if (!this.acceptKw('ROWS') && !this.acceptKw('ROW')) this.fail("'ROWS'");
      } else if (this.isKw('ON') && this.isKw('ERROR', 1)) {
        this.i += 2;
        if (this.acceptKw('CONTINUE')) tx.onError = 'continue';
        else if (this.acceptKw('BREAK')) tx.onError = 'break';
        else if (this.acceptKw('FAIL')) tx.onError = 'fail';
        else this.fail("'CONTINUE', 'BREAK' or 'FAIL'");
      } else if (this.acceptKw('REPORT')) {
        this.expectKw('STATUS');
        this.expectKw('AS');
        tx.status = this.name('a variable name', true);
      } else break;
    }
    return tx;
  }

  private parseMerge(pos: Pos): Clause {
    const pattern = this.parsePatternPart();
    const onCreate: SetItem[] = [];
    const onMatch: SetItem[] = [];
    while (this.isKw('ON')) {
      this.i++;
      if (this.acceptKw('CREATE')) { this.expectKw('SET'); onCreate.push(...this.parseSetItems()); }
      else if (this.acceptKw('MATCH')) { this.expectKw('SET'); onMatch.push(...this.parseSetItems()); }
      else this.fail("'CREATE' or 'MATCH'");
    }
    return { kind: 'Merge', pattern, onCreate, onMatch, pos };
  }

  private parseCall(pos: Pos, optional = false): Clause {
    let scope: string[] | '*' | null = null;
    if (this.acceptP('(')) { // a scoped subquery: CALL (a, b) { … }, CALL (*) { … }, CALL () { … }
      if (this.acceptP('*')) scope = '*';
      else {
        scope = [];
        if (!this.isP(')')) do scope.push(this.name('a variable name', true)); while (this.acceptP(','));
      }
      this.expectP(')');
      if (!this.isP('{')) this.fail("'{' (the body of the subquery)");
    }
    if (this.acceptP('{')) {
      const q = this.parseQuery(this.pos);
      this.expectP('}');
      if (this.isKw('IN')) return { kind: 'CallSubquery', query: q, scope, optional, pos, inTransactions: this.parseInTransactions() };
      return { kind: 'CallSubquery', query: q, scope, optional, pos };
    }
    let procedure = this.name('a procedure name');
    while (this.acceptP('.')) procedure += '.' + this.name('a procedure name');
    let args: Expr[] | null = null;
    if (this.acceptP('(')) {
      args = [];
      if (!this.isP(')')) {
        do args.push(this.parseExpr()); while (this.acceptP(','));
      }
      this.expectP(')');
    }
    let yields: { name: string; alias: string | null; pos: Pos }[] | null = null;
    let yieldStar = false;
    let where: Expr | null = null;
    if (this.acceptKw('YIELD')) {
      if (this.acceptP('*')) yieldStar = true;
      else {
        yields = [];
        do {
          const ypos = this.pos;
          const name = this.name('a procedure output name');
          const alias = this.acceptKw('AS') ? this.name('a variable name', true) : null;
          yields.push({ name, alias, pos: ypos });
        } while (this.acceptP(','));
      }
      if (this.acceptKw('WHERE')) where = this.parseExpr();
    }
    return optional ? { kind: 'Call', procedure, args, yields, yieldStar, where, pos, optional } : { kind: 'Call', procedure, args, yields, yieldStar, where, pos };
  }

  private parseProjection(isReturn: boolean): Projection {
    const distinct = this.acceptKw('DISTINCT');
    let star = false;
    const items: ProjectionItem[] = [];
    if (this.acceptP('*')) {
      star = true;
      while (this.acceptP(',')) items.push(this.parseProjItem());
    } else {
      do items.push(this.parseProjItem()); while (this.acceptP(','));
    }
    void isReturn;
    return { distinct, star, items, ...this.parseOrderSkipLimit() };
  }

  /** ORDER BY …, SKIP (or its synonym OFFSET) …, LIMIT …: each optional, in this order. */
  private parseOrderSkipLimit(): Pick<Projection, 'orderBy' | 'skip' | 'limit'> {
    const orderBy: SortItem[] = [];
    if (this.isKw('ORDER')) {
      this.i++;
      this.expectKw('BY');
      do {
        const pos = this.pos;
        const expr = this.parseExpr();
        let descending = false;
        if (this.acceptKw('DESC') || this.acceptKw('DESCENDING')) descending = true;
        else if (this.acceptKw('ASC') || this.acceptKw('ASCENDING')) descending = false;
        orderBy.push({ expr, descending, pos });
      } while (this.acceptP(','));
    }
    const skip = this.acceptKw('SKIP') || this.acceptKw('OFFSET') ? this.parseExpr() : null;
    const limit = this.acceptKw('LIMIT') ? this.parseExpr() : null;
    return { orderBy, skip, limit };
  }

  private parseProjItem(): ProjectionItem {
    const pos = this.pos;
    const start = this.peek().pos.offset;
    const expr = this.parseExpr();
    const text = this.src.slice(start, this.lastEnd());
    const alias = this.acceptKw('AS') ? this.name('a variable name', true) : null;
    return { expr, alias, text, pos };
  }

  private parseExprList(): Expr[] {
    const out: Expr[] = [];
    do out.push(this.parseExpr()); while (this.acceptP(','));
    return out;
  }

  private parseSetItems(): SetItem[] {
    const items: SetItem[] = [];
    do {
      const pos = this.pos;
      if (this.isName() && (this.isP('=', 1) || this.isP('+=', 1))) {
        const variable = this.name();
        const op = this.next().text;
        const value = this.parseExpr();
        items.push(op === '=' ? { kind: 'setAll', variable, value, pos } : { kind: 'merge', variable, value, pos });
        continue;
      }
      if (this.isName() && this.isP(':', 1)) {
        const variable = this.name();
        items.push({ kind: 'setLabels', variable, ...this.parseWriteLabels(), pos });
        continue;
      }
      const target = this.parsePostfix();
      if (target.kind === 'Index') { // SET n[key] = value: a dynamic property key
        this.expectP('=');
        items.push({ kind: 'setProp', target: target.target, key: '', keyExpr: target.index, value: this.parseExpr(), pos });
        continue;
      }
      if (target.kind !== 'Prop') this.fail("a property ('n.prop = value'), 'n = map', 'n += map' or 'n:Label'");
      this.expectP('=');
      const value = this.parseExpr();
      items.push({ kind: 'setProp', target: target.target, key: target.key, value, pos });
    } while (this.acceptP(','));
    return items;
  }

  private parseRemoveItems(): RemoveItem[] {
    const items: RemoveItem[] = [];
    do {
      const pos = this.pos;
      if (this.isName() && this.isP(':', 1)) {
        const variable = this.name();
        items.push({ kind: 'removeLabels', variable, ...this.parseWriteLabels(), pos });
        continue;
      }
      const target = this.parsePostfix();
      if (target.kind === 'Index') { // REMOVE n[key]: a dynamic property key
        items.push({ kind: 'removeProp', target: target.target, key: '', keyExpr: target.index, pos });
        continue;
      }
      if (target.kind !== 'Prop') this.fail("a property ('n.prop') or labels ('n:Label')");
      items.push({ kind: 'removeProp', target: target.target, key: target.key, pos });
    } while (this.acceptP(','));
    return items;
  }

  /** `:A:B`, `:A&B`, `:A|B`, `:!A`, `:%`, `:(A|B)&C` → required labels, or a general expression. */
  /** `dynamic`, in a node pattern: collects `:$(expr)` / `:$any(expr)` / `:$all(expr)` parts. */
  private parseLabelSpec(dynamic?: DynamicLabel[]): { labels: string[]; expr: LabelExpr | null } {
    const parts: LabelExpr[] = [];
    while (this.isP(':')) {
      this.i++;
      const d = dynamic ? this.parseDynamicLabel() : null;
      if (d) dynamic!.push(d);
      else parts.push(this.parseLabelOr());
    }
    const all: LabelExpr = parts.length === 1 ? parts[0] : { kind: 'and', operands: parts };
    const flat: string[] = [];
    const simple = (x: LabelExpr): boolean => {
      if (x.kind === 'label') { flat.push(x.name); return true; }
      if (x.kind === 'and') return x.operands.every(simple);
      return false;
    };
    if (simple(all)) return { labels: flat, expr: null };
    return { labels: [], expr: all };
  }

  /** `$(expr)`, `$all(expr)` or `$any(expr)` (after the colon), or null. */
  private parseDynamicLabel(): DynamicLabel | null {
    let any = false;
    if (this.isP('$') && this.isP('(', 1)) this.i++;
    else if (this.isP('$') && (this.isKw('ANY', 1) || this.isKw('ALL', 1)) && this.isP('(', 2)) { any = this.isKw('ANY', 1); this.i += 2; }
    else return null;
    this.expectP('(');
    const expr = this.parseExpr();
    this.expectP(')');
    return { expr, any };
  }

  private parseLabelOr(): LabelExpr {
    const first = this.parseLabelAnd();
    if (this.noBar > 0 || !this.isP('|')) return first;
    const operands = [first];
    while (this.noBar === 0 && this.isP('|') && (this.isName(1) || this.isP('!', 1) || this.isP('(', 1) || this.isP('%', 1))) {
      this.i++;
      this.acceptP(':');
      operands.push(this.parseLabelAnd());
    }
    return operands.length === 1 ? first : { kind: 'or', operands };
  }

  private parseLabelAnd(): LabelExpr {
    const first = this.parseLabelNot();
    const operands = [first];
    while (this.acceptP('&')) operands.push(this.parseLabelNot());
    return operands.length === 1 ? first : { kind: 'and', operands };
  }

  private parseLabelNot(): LabelExpr {
    if (this.acceptP('!')) return { kind: 'not', operand: this.parseLabelNot() };
    if (this.acceptP('%')) return { kind: 'any' };
    if (this.acceptP('(')) {
      const saved = this.noBar;
      this.noBar = 0;
      const e = this.parseLabelOr();
      this.noBar = saved;
      this.expectP(')');
      return e;
    }
    return { kind: 'label', name: this.name('a label name') };
  }

  /** Labels of SET / REMOVE: `:A:B`, also dynamic ones `:$(expr)` (Neo4j 5.26). */
  private parseWriteLabels(): { labels: string[]; dynamic?: Expr[] } {
    const labels: string[] = [];
    const dynamic: Expr[] = [];
    while (this.isP(':')) {
      this.i++;
      if (this.acceptP('$')) {
        this.expectP('(');
        dynamic.push(this.parseExpr());
        this.expectP(')');
      } else labels.push(this.name('a label name'));
    }
    return dynamic.length ? { labels, dynamic } : { labels };
  }

  private parseLabels(): string[] {
    const labels: string[] = [];
    while (this.isP(':')) {
      this.i++;
      labels.push(this.name('a label name'));
    }
    return labels;
  }

  // ---------- patterns ----------
  private parsePatternList(): PatternPart[] {
    const out: PatternPart[] = [];
    do out.push(this.parsePatternPart()); while (this.acceptP(','));
    return out;
  }

  private parsePatternPart(): PatternPart {
    const pos = this.pos;
    let path: string | null = null;
    if (this.isName() && this.isP('=', 1)) {
      path = this.name();
      this.i++;
    }
    const selector = this.parsePathSelector();
    if (selector) {
      const el = this.parsePatternElement(pos);
      return { ...el, path, selector, pos };
    }
    if ((this.isKw('SHORTESTPATH') || this.isKw('ALLSHORTESTPATHS')) && this.isP('(', 1)) {
      const shortest = this.next().text.toUpperCase() === 'SHORTESTPATH' ? 'shortestPath' : 'allShortestPaths';
      this.expectP('(');
      const el = this.parsePatternElement(pos);
      this.expectP(')');
      return { ...el, path, shortest, pos };
    }
    const el = this.parsePatternElement(pos);
    return { ...el, path, pos };
  }

  /** `ANY [k]`, `ANY SHORTEST`, `ALL SHORTEST`, `ALL`, `SHORTEST k`, `SHORTEST [k] GROUP(S)` (+ PATH / PATHS). */
  private parsePathSelector(): PathSelector | null {
    const pos = this.pos;
    const count = (): Expr | null => {
      const t = this.peek();
      if (t.type === 'int') { this.i++; return { kind: 'Literal', value: parseIntLiteral(t.text, t.pos, false), pos: t.pos }; }
      if (t.type === 'param') { this.i++; return { kind: 'Param', name: t.text, pos: t.pos }; }
      return null;
    };
    const paths = (): void => { if (!this.acceptKw('PATHS')) this.acceptKw('PATH'); };
    let sel: PathSelector | null;
    if (this.isKw('ANY')) {
      this.i++;
      if (this.acceptKw('SHORTEST')) sel = { kind: 'shortest', k: null, pos };
      else sel = { kind: 'any', k: count(), pos };
      paths();
    } else if (this.isKw('ALL')) {
      this.i++;
      sel = this.acceptKw('SHORTEST') ? { kind: 'allShortest', k: null, pos } : null;
      paths();
      if (!sel && !this.isP('(')) this.fail("'(' after the ALL path selector");
    } else if (this.isKw('SHORTEST')) {
      this.i++;
      const k = count();
      paths();
      if (this.acceptKw('GROUPS') || this.acceptKw('GROUP')) sel = { kind: 'shortestGroups', k, pos };
      else {
        if (!k) this.fail('a number of paths, or GROUPS');
        sel = { kind: 'shortest', k, pos };
      }
    } else return null;
    if (!this.isP('(')) this.fail("a path pattern '('");
    return sel;
  }

  /**
   * A path pattern: node and relationship patterns, and quantified path patterns (`((a)-[:T]->(b)){1,3}`,
   * juxtaposed to the node patterns around them). A group at either end gets an anonymous outer node.
   */
  private parsePatternElement(pos: Pos): PatternPart {
    const nodes: NodePattern[] = [];
    const rels: RelPattern[] = [];
    for (;;) {
      if (this.isP('(') && this.isP('(', 1)) {
        const gpos = this.pos;
        this.i++;
        const inner = this.nested(() => this.parsePatternElement(gpos));
        const where = this.acceptKw('WHERE') ? this.parseExpr() : null;
        this.expectP(')');
        const q = this.parsePathQuantifier();
        if (!q) {
          // parenthesised pattern element `((a)-->(b))`: only as the whole element
          if (where || nodes.length > 0) this.fail("a quantifier ('{m,n}', '+' or '*')");
          return inner;
        }
        if (inner.rels.length === 0) throw syntaxError('A quantified path pattern needs at least one relationship', gpos, 'InvalidQuantifiedPathPattern');
        if (nodes.length === rels.length) nodes.push(anonymousNode(gpos));
        rels.push({ variable: null, types: [], direction: 'out', properties: null, varLength: null, pos: gpos, quantified: { part: inner, where, ...q } });
      } else if (this.isP('(')) {
        if (nodes.length > rels.length) this.fail("a relationship pattern ('-', '<-' or '-->')");
        nodes.push(this.parseNodePattern());
      } else if ((this.isP('-') || this.isP('<')) && nodes.length > rels.length) {
        const rel = this.parseRelPattern();
        const q = this.parsePathQuantifier();
        if (q) {
          if (rel.varLength) throw syntaxError('A quantified relationship cannot also have a variable length', rel.pos, 'InvalidQuantifiedPathPattern');
          rel.varLength = { min: q.min, max: q.max };
        }
        rels.push(rel);
        if (!this.isP('(') || this.isP('(', 1)) this.fail("a node pattern '('");
      } else break;
    }
    if (nodes.length === 0) this.fail("a node pattern '('");
    if (nodes.length === rels.length) nodes.push(anonymousNode(this.pos));
    return { path: null, shortest: null, nodes, rels, pos };
  }

  /** `{m,n}`, `{m,}`, `{,n}`, `{n}`, `+` (1 or more) or `*` (0 or more) after a group or relationship. */
  private parsePathQuantifier(): { min: number; max: number | null } | null {
    if (this.acceptP('+')) return { min: 1, max: null };
    if (this.acceptP('*')) return { min: 0, max: null };
    if (!this.isP('{') || !(this.peek(1).type === 'int' || this.isP(',', 1))) return null;
    this.i++;
    const bound = (): number | null => (this.peek().type === 'int' ? Number(this.next().text) : null);
    const min = bound();
    let max = min;
    if (this.acceptP(',')) max = bound();
    this.expectP('}');
    if (max !== null && (max < (min ?? 0) || max === 0)) {
      throw syntaxError('A quantifier needs an upper bound of at least 1 and not below its lower bound', this.pos, 'InvalidQuantifiedPathPattern');
    }
    return { min: min ?? 0, max };
  }

  private parseNodePattern(): NodePattern {
    const pos = this.pos;
    this.expectP('(');
    let variable: string | null = null;
    if (this.isName()) variable = this.name();
    const dynamic: DynamicLabel[] = [];
    const { labels, expr } = this.parseLabelSpec(dynamic);
    let properties: Expr | null = null;
    if (this.isP('{')) properties = this.parseMapLiteral();
    else if (this.peek().type === 'param') properties = this.parseAtom();
    const where = this.acceptKw('WHERE') ? this.parseExpr() : null;
    this.expectP(')');
    const node: NodePattern = where ? { variable, labels, labelExpr: expr, properties, where, pos } : { variable, labels, labelExpr: expr, properties, pos };
    if (dynamic.length) node.dynamicLabels = dynamic;
    return node;
  }

  private parseRelPattern(): RelPattern {
    const pos = this.pos;
    let left = false;
    if (this.acceptP('<')) left = true;
    this.expectP('-');
    let variable: string | null = null;
    const types: string[] = [];
    let properties: Expr | null = null;
    let varLength: RelPattern['varLength'] = null;
    let where: Expr | null = null;
    let dynamicType: DynamicLabel | null = null;
    if (this.acceptP('[')) {
      if (this.isName()) variable = this.name();
      if (this.acceptP(':') && !(dynamicType = this.parseDynamicLabel())) {
        types.push(this.name('a relationship type'));
        while (this.acceptP('|')) {
          this.acceptP(':');
          types.push(this.name('a relationship type'));
        }
      }
      if (this.isP('..') || this.peek().type === 'int') {
        throw syntaxError('Variable length relationships must start with \'*\' (e.g. [*1..3])', this.pos, 'InvalidRelationshipPattern');
      }
      if (this.acceptP('*')) {
        if (this.isP('-')) throw syntaxError('Variable length bounds cannot be negative', this.pos, 'InvalidRelationshipPattern');
        let min: number | null = null;
        let max: number | null = null;
        if (this.peek().type === 'int') min = Number(this.next().text);
        if (this.acceptP('..')) {
          if (this.isP('-')) throw syntaxError('Variable length bounds cannot be negative', this.pos, 'InvalidRelationshipPattern');
          if (this.peek().type === 'int') max = Number(this.next().text);
        } else if (min !== null) max = min;
        varLength = { min, max };
      }
      if (this.isP('{')) properties = this.parseMapLiteral();
      else if (this.peek().type === 'param') properties = this.parseAtom();
      if (this.acceptKw('WHERE')) where = this.parseExpr();
      this.expectP(']');
    }
    this.expectP('-');
    let right = false;
    if (this.acceptP('>')) right = true;
    const direction = left && !right ? 'in' : right && !left ? 'out' : 'both';
    const rel: RelPattern = where ? { variable, types, direction, properties, varLength, where, pos } : { variable, types, direction, properties, varLength, pos };
    if (dynamicType) rel.dynamicTypes = [dynamicType];
    return rel;
  }

  // ---------- expressions ----------
  parseExpr(): Expr { return this.nested(() => this.parseOr()); }

  private parseNoBar(): Expr {
    this.noBar++;
    try { return this.parseExpr(); } finally { this.noBar--; }
  }

  private parseOr(): Expr {
    let folds = 0;
    let left = this.parseXor();
    while (this.isKw('OR')) {
      const pos = this.next().pos;
      this.chain(++folds, this.pos);
      left = { kind: 'Binary', op: 'OR', left, right: this.parseXor(), pos };
    }
    return left;
  }

  private parseXor(): Expr {
    let folds = 0;
    let left = this.parseAnd();
    while (this.isKw('XOR')) {
      const pos = this.next().pos;
      this.chain(++folds, this.pos);
      left = { kind: 'Binary', op: 'XOR', left, right: this.parseAnd(), pos };
    }
    return left;
  }

  private parseAnd(): Expr {
    let folds = 0;
    let left = this.parseNot();
    while (this.isKw('AND')) {
      const pos = this.next().pos;
      this.chain(++folds, this.pos);
      left = { kind: 'Binary', op: 'AND', left, right: this.parseNot(), pos };
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.isKw('NOT')) {
      const pos = this.next().pos;
      return { kind: 'Not', operand: this.nested(() => this.parseNot()), pos };
    }
    return this.parseComparison();
  }

  private comparisonOp(): BinaryOp | null {
    const t = this.peek();
    if (t.type !== 'punct') return null;
    switch (t.text) {
      case '=': return '=';
      case '<>': case '!=': return '<>';
      case '<': return '<';
      case '>': return '>';
      case '<=': return '<=';
      case '>=': return '>=';
      default: return null;
    }
  }

  private parseComparison(): Expr {
    const first = this.parseStringListNull();
    const ops: BinaryOp[] = [];
    const operands: Expr[] = [first];
    for (;;) {
      const op = this.comparisonOp();
      if (!op) break;
      this.i++;
      ops.push(op);
      operands.push(this.parseStringListNull());
    }
    this.chain(ops.length, first.pos);
    if (ops.length === 0) return first;
    if (ops.length === 1) return { kind: 'Binary', op: ops[0], left: operands[0], right: operands[1], pos: first.pos };
    return { kind: 'Chain', ops, operands, pos: first.pos };
  }

  private parseStringListNull(): Expr {
    let folds = 0;
    let left = this.parseAddSub();
    for (;;) {
      const pos = this.pos;
      if (this.isKw('STARTS') && this.isKw('WITH', 1)) {
        this.i += 2;
        this.chain(++folds, this.pos);
        left = { kind: 'Binary', op: 'STARTS WITH', left, right: this.parseAddSub(), pos };
      } else if (this.isKw('ENDS') && this.isKw('WITH', 1)) {
        this.i += 2;
        this.chain(++folds, this.pos);
        left = { kind: 'Binary', op: 'ENDS WITH', left, right: this.parseAddSub(), pos };
      } else if (this.isKw('CONTAINS')) {
        this.i++;
        this.chain(++folds, this.pos);
        left = { kind: 'Binary', op: 'CONTAINS', left, right: this.parseAddSub(), pos };
      } else if (this.isKw('IN')) {
        this.i++;
        this.chain(++folds, this.pos);
        left = { kind: 'Binary', op: 'IN', left, right: this.parseAddSub(), pos };
      } else if (this.isP('=~')) {
        this.i++;
        this.chain(++folds, this.pos);
        left = { kind: 'Binary', op: '=~', left, right: this.parseAddSub(), pos };
      } else if (this.isKw('IS')) {
        this.i++;
        const negated = this.acceptKw('NOT');
        this.expectKw('NULL');
        this.chain(++folds, this.pos);
        left = { kind: 'IsNull', operand: left, negated, pos };
      } else break;
    }
    return left;
  }

  private parseAddSub(): Expr {
    let folds = 0;
    let left = this.parseMulDiv();
    while (this.isP('+') || this.isP('-')) {
      const t = this.next();
      if (t.unicode) throw unicodeMinus(t);
      this.chain(++folds, this.pos);
      left = { kind: 'Binary', op: t.text as BinaryOp, left, right: this.parseMulDiv(), pos: left.pos };
    }
    return left;
  }

  private parseMulDiv(): Expr {
    let folds = 0;
    let left = this.parsePower();
    while (this.isP('*') || this.isP('/') || this.isP('%')) {
      const t = this.next();
      this.chain(++folds, this.pos);
      left = { kind: 'Binary', op: t.text as BinaryOp, left, right: this.parsePower(), pos: left.pos };
    }
    return left;
  }

  private parsePower(): Expr {
    let folds = 0;
    let left = this.parseUnary();
    while (this.isP('^')) {
      const t = this.next();
      this.chain(++folds, this.pos);
      left = { kind: 'Binary', op: '^', left, right: this.parseUnary(), pos: t.pos };
    }
    return left;
  }

  private parseUnary(): Expr {
    if (this.isP('-')) {
      const minus = this.next();
      if (minus.unicode) throw unicodeMinus(minus);
      const pos = minus.pos;
      const t = this.peek();
      if (t.type === 'int' && !this.isPostfixAfter(1)) {
        this.i++;
        const v = -parseIntLiteral(t.text, t.pos, true);
        return { kind: 'Literal', value: v, pos };
      }
      if (t.type === 'float' && !this.isPostfixAfter(1)) {
        this.i++;
        return { kind: 'Literal', value: -parseFloatLiteral(t.text, t.pos), pos };
      }
      return { kind: 'Neg', operand: this.nested(() => this.parseUnary()), pos };
    }
    if (this.isP('+')) {
      const pos = this.next().pos;
      return { kind: 'Plus', operand: this.nested(() => this.parseUnary()), pos };
    }
    return this.parsePostfix();
  }

  private isPostfixAfter(k: number): boolean {
    return this.isP('.', k) || this.isP('[', k);
  }

  private parsePostfix(): Expr {
    let e = this.parseAtom();
    for (;;) {
      if (this.isP('.')) {
        this.i++;
        const pos = e.pos;
        const key = this.name('a property name');
        e = { kind: 'Prop', target: e, key, pos };
      } else if (this.isP('[')) {
        const pos = this.next().pos;
        let from: Expr | null = null;
        if (!this.isP('..')) from = this.parseExpr();
        if (this.acceptP('..')) {
          const to = this.isP(']') ? null : this.parseExpr();
          this.expectP(']');
          e = { kind: 'Slice', target: e, from, to, pos };
        } else {
          this.expectP(']');
          e = { kind: 'Index', target: e, index: from as Expr, pos };
        }
      } else if (this.isP(':') && (this.isName(1) || this.isP('!', 1) || this.isP('%', 1) || this.isP('(', 1) || this.isP('$', 1))) {
        const pos = e.pos;
        const dynamic: DynamicLabel[] = [];
        const { labels, expr } = this.parseLabelSpec(dynamic);
        e = dynamic.length ? { kind: 'HasLabels', target: e, labels, labelExpr: expr, dynamic, pos } : { kind: 'HasLabels', target: e, labels, labelExpr: expr, pos };
      } else break;
    }
    return e;
  }

  private parseAtom(): Expr {
    const t = this.peek();
    const pos = t.pos;
    switch (t.type) {
      case 'int':
        this.i++;
        return { kind: 'Literal', value: parseIntLiteral(t.text, t.pos, false), pos };
      case 'float':
        this.i++;
        return { kind: 'Literal', value: parseFloatLiteral(t.text, t.pos), pos };
      case 'string':
        this.i++;
        return { kind: 'Literal', value: t.text, pos };
      case 'badnum':
        throw syntaxError(`Invalid input '${t.text}': not a valid number`, t.pos, 'InvalidNumberLiteral');
      case 'param':
        this.i++;
        return { kind: 'Param', name: t.text, pos };
      case 'punct':
        if (t.text === '[') return this.parseBracket();
        if (t.text === '{') return this.parseMapLiteral();
        if (t.text === '(') return this.parseParenOrPattern();
        return this.fail('an expression');
      case 'quoted':
        this.i++;
        return this.afterVariable({ kind: 'Var', name: t.text, pos });
      case 'ident':
        return this.parseIdentAtom();
      default:
        return this.fail('an expression');
    }
  }

  private parseIdentAtom(): Expr {
    const t = this.peek();
    const pos = t.pos;
    const upper = t.text.toUpperCase();
    switch (upper) {
      case 'TRUE': this.i++; return { kind: 'Literal', value: true, pos };
      case 'FALSE': this.i++; return { kind: 'Literal', value: false, pos };
      case 'NULL': this.i++; return { kind: 'Literal', value: null, pos };
      case 'CASE': this.i++; return this.parseCase(pos);
      case 'COUNT':
        if (this.isP('{', 1)) { this.i += 2; return { kind: 'CountSub', body: this.parseSubqueryBody(), pos }; }
        if (this.isP('(', 1) && this.isP('*', 2) && this.isP(')', 3)) {
          this.i += 4;
          return { kind: 'Call', name: 'count', distinct: false, args: [], star: true, pos };
        }
        break;
      case 'COLLECT':
        if (this.isP('{', 1)) {
          this.i += 2;
          const q = this.parseQuery(this.pos);
          this.expectP('}');
          return { kind: 'CollectSub', query: q, pos };
        }
        break;
      case 'EXISTS':
        if (this.isP('{', 1)) { this.i += 2; return { kind: 'Exists', body: this.parseSubqueryBody(), pos }; }
        break;
      case 'ALL': case 'ANY': case 'NONE': case 'SINGLE':
        if (this.isP('(', 1) && this.isName(2) && this.isKw('IN', 3)) {
          this.i += 2;
          const variable = this.name();
          this.expectKw('IN');
          const source = this.parseExpr();
          const where = this.acceptKw('WHERE') ? this.parseExpr() : null;
          this.expectP(')');
          return { kind: 'Quantifier', quantifier: upper.toLowerCase() as 'all', variable, source, where, pos };
        }
        break;
      case 'TRIM':
        if (this.isP('(', 1) && (this.isKw('BOTH', 2) || this.isKw('LEADING', 2) || this.isKw('TRAILING', 2) || this.hasFromInParens())) {
          this.i += 2;
          let fn = 'btrim';
          if (this.acceptKw('LEADING')) fn = 'ltrim';
          else if (this.acceptKw('TRAILING')) fn = 'rtrim';
          else this.acceptKw('BOTH');
          let chars: Expr | null = null;
          if (!this.isKw('FROM')) chars = this.parseExpr();
          this.expectKw('FROM');
          const source = this.parseExpr();
          this.expectP(')');
          return { kind: 'Call', name: chars || fn !== 'btrim' ? fn : 'trim', distinct: false, args: chars ? [source, chars] : [source], star: false, pos };
        }
        break;
      case 'REDUCE':
        if (this.isP('(', 1)) {
          this.i += 2;
          const acc = this.name();
          this.expectP('=');
          const init = this.parseExpr();
          this.expectP(',');
          const variable = this.name();
          this.expectKw('IN');
          const source = this.parseExpr();
          this.expectP('|');
          const expr = this.parseExpr();
          this.expectP(')');
          return { kind: 'Reduce', acc, init, variable, source, expr, pos };
        }
        break;
      case 'SHORTESTPATH': case 'ALLSHORTESTPATHS':
        if (this.isP('(', 1)) {
          const part = this.parsePatternPart();
          return { kind: 'ShortestPathExpr', pattern: part, pos };
        }
        break;
      default:
        break;
    }
    // function call: name(.name)* '('
    let k = 1;
    while (this.isP('.', k) && this.isName(k + 1)) k += 2;
    if (this.isP('(', k)) {
      let name = this.name();
      while (this.acceptP('.')) name += '.' + this.name();
      this.expectP('(');
      const distinct = this.acceptKw('DISTINCT');
      const args: Expr[] = [];
      if (!this.isP(')')) {
        do args.push(this.parseExpr()); while (this.acceptP(','));
      }
      this.expectP(')');
      return { kind: 'Call', name, distinct, args, star: false, pos };
    }
    if (RESERVED.has(upper) || CLAUSE_START.has(upper)) return this.fail('an expression');
    this.i++;
    return this.afterVariable({ kind: 'Var', name: t.text, pos });
  }

  /** Whether the parenthesised argument list starting at the next '(' contains a top-level FROM. */
  private hasFromInParens(): boolean {
    let depth = 0;
    for (let k = this.i + 1; k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.type === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
      else if (t.type === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) { depth--; if (depth === 0) return false; }
      else if (depth === 1 && t.type === 'ident' && t.text.toUpperCase() === 'FROM') return true;
    }
    return false;
  }

  /** `n {.name, .*, key: expr, other}` map projection after a variable. */
  private afterVariable(v: Expr & { kind: 'Var' }): Expr {
    if (!this.isP('{')) return v;
    const pos = this.next().pos;
    const items: MapProjItem[] = [];
    if (!this.isP('}')) {
      do {
        if (this.acceptP('.')) {
          if (this.acceptP('*')) items.push({ kind: 'all' });
          else items.push({ kind: 'prop', key: this.name('a property name') });
        } else {
          const key = this.name('a property name or variable');
          if (this.acceptP(':')) items.push({ kind: 'entry', key, value: this.parseExpr() });
          else items.push({ kind: 'var', name: key });
        }
      } while (this.acceptP(','));
    }
    this.expectP('}');
    return { kind: 'MapProjection', target: v, variable: v.name, items, pos };
  }

  private parseSubqueryBody(): SubqueryBody {
    // either a full query (starts with a clause keyword) or patterns [WHERE]
    const t = this.peek();
    if (t.type === 'ident' && CLAUSE_START.has(t.text.toUpperCase())) {
      const q = this.parseQuery(this.pos);
      this.expectP('}');
      return { kind: 'query', query: q };
    }
    const patterns = this.parsePatternList();
    const where = this.acceptKw('WHERE') ? this.parseExpr() : null;
    this.expectP('}');
    return { kind: 'patterns', patterns, where };
  }

  private parseCase(pos: Pos): Expr {
    let test: Expr | null = null;
    if (!this.isKw('WHEN')) test = this.parseExpr();
    const whens: [Expr, Expr][] = [];
    while (this.acceptKw('WHEN')) {
      const w = this.parseExpr();
      this.expectKw('THEN');
      whens.push([w, this.parseExpr()]);
    }
    if (whens.length === 0) this.fail("'WHEN'");
    const otherwise = this.acceptKw('ELSE') ? this.parseExpr() : null;
    this.expectKw('END');
    return { kind: 'Case', test, whens, otherwise, pos };
  }

  private parseMapLiteral(): Expr {
    const pos = this.pos;
    this.expectP('{');
    const entries: [string, Expr][] = [];
    if (!this.isP('}')) {
      do {
        const key = this.name('a property key name');
        this.expectP(':');
        entries.push([key, this.parseExpr()]);
      } while (this.acceptP(','));
    }
    this.expectP('}');
    return { kind: 'Map', entries, pos };
  }

  private parseBracket(): Expr {
    const pos = this.pos;
    // list comprehension: [x IN list WHERE … | …]
    if (this.isName(1) && this.isKw('IN', 2)) {
      this.i++;
      const variable = this.name();
      this.expectKw('IN');
      const source = this.parseExpr();
      const where = this.acceptKw('WHERE') ? this.parseNoBar() : null;
      const map = this.acceptP('|') ? this.parseExpr() : null;
      this.expectP(']');
      return { kind: 'ListComp', variable, source, where, map, pos };
    }
    // pattern comprehension: [p = (a)-->(b) WHERE … | …]
    const save = this.i;
    try {
      this.i++;
      let path: string | null = null;
      if (this.isName() && this.isP('=', 1)) { path = this.name(); this.i++; }
      if (!this.isP('(')) throw new BacktrackError();
      const part = this.parsePatternElement(this.pos);
      if (part.rels.length === 0) throw new BacktrackError();
      const where = this.acceptKw('WHERE') ? this.parseNoBar() : null;
      if (!this.acceptP('|')) throw new BacktrackError();
      const map = this.parseExpr();
      this.expectP(']');
      return { kind: 'PatternComp', path, pattern: { ...part, path }, where, map, pos };
    } catch (e) {
      if (!(e instanceof BacktrackError) && !(e instanceof CypherError)) throw e;
      this.i = save;
    }
    this.i++;
    const items: Expr[] = [];
    if (!this.isP(']')) {
      do items.push(this.parseExpr()); while (this.acceptP(','));
    }
    this.expectP(']');
    return { kind: 'List', items, pos };
  }

  private parseParenOrPattern(): Expr {
    const pos = this.pos;
    const save = this.i;
    try {
      const part = this.parsePatternElement(pos);
      if (part.rels.length > 0) return { kind: 'PatternExpr', pattern: part, pos };
    } catch (e) {
      if (!(e instanceof CypherError)) throw e;
    }
    this.i = save;
    this.expectP('(');
    const e = this.parseExpr();
    this.expectP(')');
    return e;
  }
}

function parseIntLiteral(text: string, pos: Pos, negative: boolean): bigint {
  let v: bigint;
  if (/^0[xX]/.test(text)) v = BigInt(text.toLowerCase());
  else if (/^0[oO]/.test(text)) v = BigInt('0o' + text.slice(2));
  else if (/^0[0-7]+$/.test(text)) v = BigInt('0o' + text.slice(1));
  else v = BigInt(text);
  const limit = negative ? INT64_MAX + 1n : INT64_MAX;
  if (v > limit) throw new CypherError('SyntaxError', `integer is too large: ${negative ? '-' : ''}${text}`, 'compile', 'IntegerOverflow', pos);
  return v;
}

function parseFloatLiteral(text: string, pos: Pos): number {
  const v = Number(text);
  if (!Number.isFinite(v)) throw new CypherError('SyntaxError', `floating point number is too large: ${text}`, 'compile', 'FloatingPointOverflow', pos);
  return v;
}

function anonymousNode(pos: Pos): NodePattern {
  return { variable: null, labels: [], properties: null, pos };
}

/** A Unicode dash is accepted for pattern dashes only; as an arithmetic minus it is an invalid character. */
function unicodeMinus(t: Token): CypherError {
  return syntaxError(`Invalid input '${t.unicode}': expected '-' for subtraction or negation`, t.pos, 'InvalidUnicodeCharacter');
}
