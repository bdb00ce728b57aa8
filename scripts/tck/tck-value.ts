/**
 * The TCK's value notation (README.adoc, "Format of the expected results") as a small tree, and the
 * parser for it. Expected cells, parameter values and procedure tables are all written this way:
 *
 *   null  true  42  -1.5  1e-305  NaN  Inf  -Inf  'text'  [1, 'a']  {k: 1}
 *   (:L1:L2 {p: 0})   [:T {p: 0}]   <(:A)-[:T]->(:B)<-[:U]-(:C)>
 *
 * Gherkin has already unescaped the table cell (`\\` → `\`, `\|` → `|`, `\n` → newline); inside a
 * quoted string the TCK escapes `'` and `\` once more with a backslash.
 */

export type TckValue =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'integer'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'list'; items: TckValue[] }
  | { kind: 'map'; entries: Record<string, TckValue> }
  | TckNode
  | TckRelationship
  | { kind: 'path'; start: TckNode; steps: TckPathStep[] }
  /** An actual value of no TCK type (e.g. `undefined` or a foreign object): never equal to anything. */
  | { kind: 'unknown'; description: string };

export interface TckNode { kind: 'node'; labels: string[]; properties: Record<string, TckValue> }
export interface TckRelationship { kind: 'relationship'; type: string; properties: Record<string, TckValue> }
/** One hop of a path: `forward` is `-[r]->`, otherwise `<-[r]-`. */
export interface TckPathStep { relationship: TckRelationship; forward: boolean; node: TckNode }

export class TckValueSyntaxError extends Error {
  constructor(message: string, readonly text: string, readonly offset: number) {
    super(`${message} at offset ${offset} in ${JSON.stringify(text)}`);
    this.name = 'TckValueSyntaxError';
  }
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;
const IDENTIFIER = /^[\p{L}\p{N}_$]+/u;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string): never { throw new TckValueSyntaxError(message, this.text, this.pos); }
  skipSpace(): void { while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++; }
  peek(): string { this.skipSpace(); return this.text[this.pos] ?? ''; }
  startsWith(s: string): boolean { this.skipSpace(); return this.text.startsWith(s, this.pos); }
  eat(s: string): boolean {
    if (!this.startsWith(s)) return false;
    this.pos += s.length;
    return true;
  }
  expect(s: string): void { if (!this.eat(s)) this.fail(`expected '${s}'`); }
  rest(): string { return this.text.slice(this.pos); }

  /** A label, type or map key: plain word or `back-ticked`. */
  name(): string {
    this.skipSpace();
    if (this.text[this.pos] === '`') {
      const end = this.text.indexOf('`', this.pos + 1);
      if (end < 0) this.fail('unterminated back-ticked name');
      const name = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return name;
    }
    const m = IDENTIFIER.exec(this.rest());
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  value(): TckValue {
    const c = this.peek();
    if (c === '') this.fail('expected a value');
    if (c === "'") return this.string();
    if (c === '[') return this.startsWith('[:') ? this.relationship() : this.list();
    if (c === '{') return { kind: 'map', entries: this.map() };
    if (c === '(') return this.node();
    if (c === '<') return this.path();
    for (const [word, value] of KEYWORDS) {
      if (this.text.startsWith(word, this.pos) && !IDENTIFIER.test(this.text.slice(this.pos + word.length, this.pos + word.length + 1))) {
        this.pos += word.length;
        return value;
      }
    }
    const m = NUMBER.exec(this.rest());
    if (!m) this.fail('unrecognised value');
    this.pos += m[0].length;
    return /[.eE]/.test(m[0]) ? { kind: 'float', value: Number(m[0]) } : { kind: 'integer', value: BigInt(m[0]) };
  }

  string(): TckValue {
    this.expect("'");
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated string');
      const ch = this.text[this.pos++];
      if (ch === "'") return { kind: 'string', value: out };
      if (ch === '\\' && (this.text[this.pos] === "'" || this.text[this.pos] === '\\')) out += this.text[this.pos++];
      else out += ch;
    }
  }

  list(): TckValue {
    this.expect('[');
    const items: TckValue[] = [];
    if (this.eat(']')) return { kind: 'list', items };
    do items.push(this.value()); while (this.eat(','));
    this.expect(']');
    return { kind: 'list', items };
  }

  map(): Record<string, TckValue> {
    this.expect('{');
    const entries: Record<string, TckValue> = {};
    if (this.eat('}')) return entries;
    do {
      const key = this.name();
      this.expect(':');
      if (Object.hasOwn(entries, key)) this.fail(`duplicate key '${key}'`);
      entries[key] = this.value();
    } while (this.eat(','));
    this.expect('}');
    return entries;
  }

  node(): TckNode {
    this.expect('(');
    const labels: string[] = [];
    while (this.eat(':')) labels.push(this.name());
    const properties = this.peek() === '{' ? this.map() : {};
    this.expect(')');
    return { kind: 'node', labels, properties };
  }

  relationship(): TckRelationship {
    this.expect('[');
    this.expect(':');
    const type = this.name();
    const properties = this.peek() === '{' ? this.map() : {};
    this.expect(']');
    return { kind: 'relationship', type, properties };
  }

  path(): TckValue {
    this.expect('<');
    const start = this.node();
    const steps: TckPathStep[] = [];
    while (!this.eat('>')) {
      const backward = this.eat('<-');
      if (!backward) this.expect('-');
      const relationship = this.relationship();
      const forward = this.eat('->');
      if (!forward) this.expect('-');
      if (forward === backward) this.fail('a path step needs exactly one direction');
      steps.push({ relationship, forward, node: this.node() });
    }
    return { kind: 'path', start, steps };
  }
}

const KEYWORDS: Array<[string, TckValue]> = [
  ['null', { kind: 'null' }],
  ['true', { kind: 'boolean', value: true }],
  ['false', { kind: 'boolean', value: false }],
  ['NaN', { kind: 'float', value: Number.NaN }],
  ['Inf', { kind: 'float', value: Number.POSITIVE_INFINITY }],
  ['-Inf', { kind: 'float', value: Number.NEGATIVE_INFINITY }],
];

/** Parses one value in TCK notation; the whole text must be consumed. */
export function parseTckValue(text: string): TckValue {
  const reader = new Reader(text);
  const value = reader.value();
  reader.skipSpace();
  if (reader.pos !== text.length) reader.fail('unexpected text after the value');
  return value;
}
