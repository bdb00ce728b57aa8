/**
 * Test support only: evaluates the small expression language the TCK's temporal scenarios use
 * (`WITH … AS x RETURN …` over function calls, map/list/string/number literals, property access,
 * + - * / = < >), calling the temporal library directly through the function registry — no engine.
 */
import { lookupFunction } from '../../src/cypher/functions/registry.ts';
import type { CypherMap, CypherValue } from '../../src/cypher/values.ts';
import { isMap, isTemporal } from '../../src/cypher/values.ts';
import {
  addTemporal, compareTemporal, divideDuration, multiplyDuration, subtractTemporal, temporalEquals, temporalProperty,
} from '../../src/cypher/temporal/index.ts';

type Tok = { t: 'num' | 'str' | 'id' | 'p'; v: string };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === "'" || c === '"') {
      let j = i + 1, s = '';
      while (src[j] !== c) { if (src[j] === '\\') j++; s += src[j++]; }
      out.push({ t: 'str', v: s }); i = j + 1; continue;
    }
    const num = /^-?\d+(\.\d+)?(e-?\d+)?/.exec(src.slice(i));
    if (num && (c !== '-' || out.length === 0 || out[out.length - 1].t === 'p' && out[out.length - 1].v !== ')')) {
      out.push({ t: 'num', v: num[0] }); i += num[0].length; continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) { out.push({ t: 'id', v: id[0] }); i += id[0].length; continue; }
    const two = src.slice(i, i + 2);
    if (['<=', '>=', '<>'].includes(two)) { out.push({ t: 'p', v: two }); i += 2; continue; }
    out.push({ t: 'p', v: c }); i++;
  }
  return out;
}

type Env = Map<string, CypherValue>;

class P {
  i = 0;
  constructor(readonly toks: Tok[], readonly env: Env) {}
  peek(): Tok | undefined { return this.toks[this.i]; }
  eat(v?: string): Tok {
    const t = this.toks[this.i++];
    if (v !== undefined && t?.v !== v) throw new Error(`expected ${v}, got ${t?.v}`);
    return t;
  }
  isKw(kw: string): boolean { const t = this.peek(); return t?.t === 'id' && t.v.toUpperCase() === kw; }

  expr(): CypherValue { return this.comparison(); }
  comparison(): CypherValue {
    const a = this.additive();
    const op = this.peek()?.v;
    if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
      this.eat();
      const b = this.additive();
      if (a === null || b === null) return null;
      if (op === '=' || op === '<>') {
        const eq = isTemporal(a) && isTemporal(b) ? temporalEquals(a, b) : a === b;
        return op === '=' ? eq : !eq;
      }
      const c = isTemporal(a) && isTemporal(b) ? compareTemporal(a, b) : null;
      if (c === null) return null;
      return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
    }
    return a;
  }
  additive(): CypherValue {
    let a = this.multiplicative();
    for (;;) {
      const op = this.peek()?.v;
      if (op !== '+' && op !== '-') return a;
      this.eat();
      const b = this.multiplicative();
      a = op === '+' ? addTemporal(a, b) : subtractTemporal(a, b);
    }
  }
  multiplicative(): CypherValue {
    let a = this.postfix();
    for (;;) {
      const op = this.peek()?.v;
      if (op !== '*' && op !== '/') return a;
      this.eat();
      const b = this.postfix();
      a = op === '*' ? multiplyDuration(a, b) : divideDuration(a, b);
    }
  }
  postfix(): CypherValue {
    let v = this.primary();
    while (this.peek()?.v === '.' && this.toks[this.i + 1]?.t === 'id') {
      this.eat('.');
      const name = this.eat().v;
      if (isMap(v)) { v = v[name] ?? null; continue; }
      if (!isTemporal(v)) throw new Error(`property ${name} of non-temporal`);
      const r = temporalProperty(v, name);
      if (r === undefined) throw new Error(`no property ${name}`);
      v = r;
    }
    return v;
  }
  primary(): CypherValue {
    const t = this.eat();
    if (t.t === 'num') return /[.e]/.test(t.v) ? Number(t.v) : BigInt(t.v);
    if (t.t === 'str') return t.v;
    if (t.v === '(') { const v = this.expr(); this.eat(')'); return v; }
    if (t.v === '{') {
      const m: CypherMap = {};
      while (this.peek()?.v !== '}') {
        const k = this.eat().v;
        this.eat(':');
        m[k] = this.expr();
        if (this.peek()?.v === ',') this.eat(',');
      }
      this.eat('}');
      return m;
    }
    if (t.v === '[') {
      const l: CypherValue[] = [];
      while (this.peek()?.v !== ']') { l.push(this.expr()); if (this.peek()?.v === ',') this.eat(','); }
      this.eat(']');
      return l;
    }
    if (t.t === 'id') {
      const lower = t.v.toLowerCase();
      if (lower === 'null') return null;
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      let name = t.v;
      while (this.peek()?.v === '.' && this.toks[this.i + 1]?.t === 'id' && this.toks[this.i + 2]?.v === '(') {
        this.eat('.');
        name += '.' + this.eat().v;
      }
      if (this.peek()?.v === '(') {
        this.eat('(');
        const args: CypherValue[] = [];
        while (this.peek()?.v !== ')') { args.push(this.expr()); if (this.peek()?.v === ',') this.eat(','); }
        this.eat(')');
        if (name.toLowerCase() === 'tostring') return args[0] === null ? null : String(args[0]);
        const fn = lookupFunction(name);
        if (!fn) throw new Error(`unknown function ${name}`);
        return fn.call(args);
      }
      if (this.env.has(t.v)) return this.env.get(t.v)!;
      throw new Error(`unknown variable ${t.v}`);
    }
    throw new Error(`unexpected ${t.v}`);
  }
  /** `expr [AS name], …` up to the end or the next clause keyword. */
  projection(): { name: string; value: CypherValue }[] {
    const items: { name: string; value: CypherValue }[] = [];
    for (;;) {
      const start = this.i;
      const value = this.expr();
      let name: string;
      if (this.isKw('AS')) { this.eat(); name = this.eat().v; } else {
        name = this.toks.slice(start, this.i).map((x) => x.v).join('');
      }
      items.push({ name, value });
      if (this.peek()?.v === ',') { this.eat(','); continue; }
      return items;
    }
  }
}

/** Runs `[WITH … ] RETURN …` and returns the single row as column → value. */
export function evaluateQuery(query: string, env: Env = new Map()): Record<string, CypherValue> {
  const p = new P(lex(query), new Map(env));
  for (;;) {
    if (p.isKw('WITH')) {
      p.eat();
      for (const { name, value } of p.projection()) p.env.set(name, value);
      continue;
    }
    if (p.isKw('RETURN')) {
      p.eat();
      const row: Record<string, CypherValue> = {};
      for (const { name, value } of p.projection()) row[name] = value;
      return row;
    }
    throw new Error(`unsupported query: ${query}`);
  }
}

export function evaluateExpression(expr: string, env: Env = new Map()): CypherValue {
  const p = new P(lex(expr), env);
  const v = p.expr();
  if (p.i !== p.toks.length) throw new Error(`trailing input in ${expr}`);
  return v;
}

/** A TCK result cell (`'1984-10-11'`, `1984`, `true`, `null`, `['a', 'b']`) as a value. */
export function parseCell(cell: string): CypherValue {
  return evaluateExpression(cell);
}

/** Compares an actual value to a TCK cell: temporals by their string form, others by value and type. */
export function matchesCell(actual: CypherValue, cell: string): boolean {
  const expected = parseCell(cell);
  return sameValue(actual, expected);
}

function sameValue(a: CypherValue, e: CypherValue): boolean {
  if (isTemporal(a)) return typeof e === 'string' && a.toString() === e;
  if (Array.isArray(a)) return Array.isArray(e) && a.length === e.length && a.every((x, i) => sameValue(x, e[i]));
  return a === e;
}

export function show(v: CypherValue): string {
  if (isTemporal(v)) return `${v.temporalType}(${v.toString()})`;
  if (typeof v === 'bigint') return `${v}`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  return JSON.stringify(v);
}
