/**
 * The embedded store's snapshot, binary and columnar (chosen over JSON text and a plain
 * `v8.serialize` of the graph by scripts/bench/snapshot-format.ts):
 *
 *   `NGSNAP02` · u32 header length · header (JSON: format, generation, base, counts, body checksum) · body
 *
 * The body is one `v8.serialize` of typed arrays and a few strings: every distinct string (keys,
 * names, article ids, evidence sentences…) is stored once in a string table and referred to by number,
 * so an evidence sentence shared by ten relations is one string on disk and, once loaded, one string
 * in memory. Attributes are cells `[count, (name, tag, ref)…]` in an Int32Array; numbers in a
 * Float64Array; values JSON cannot hold (StoredFloat, bigints, temporal values, points) go through the
 * worker value codec, so no type table is needed beside the graph. Decoding is loops over typed arrays.
 */
import { serialize, deserialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { Snapshot } from '../../graph/model.ts';
import { encodeValue, decodeValue } from '../../query-workers/value-codec.ts';
import { isTemporal, type TemporalValue } from '../../cypher/values.ts';
import { parseTemporalLiteral } from '../../cypher/temporal/index.ts';
import { hashBytes, hashString } from './key-index.ts';

export const BINARY_SNAPSHOT_MAGIC = 'NGSNAP02';
/**
 * /3 adds temporal cells (a date as one string-table entry, decoded once per distinct value); /4 puts the
 * typed arrays after the v8 body, each 8-byte aligned in the file, so a load takes views of the file's
 * bytes instead of copying every misaligned array out of `v8.deserialize`. /2 and /3 are still read.
 */
export const BINARY_SNAPSHOT_FORMAT = 'newsgraph-snapshot/4';
const READABLE_FORMATS: readonly string[] = ['newsgraph-snapshot/2', 'newsgraph-snapshot/3', BINARY_SNAPSHOT_FORMAT];

export interface SnapshotHeader {
  format: typeof BINARY_SNAPSHOT_FORMAT | 'newsgraph-snapshot/3' | 'newsgraph-snapshot/2';
  /** Names this snapshot: the batch log beside it says which snapshot its records follow. */
  generation: string;
  /** The snapshot holds the log of `generation` up to byte `logOffset` (set by compaction). */
  base?: { generation: string; logOffset: number };
  nodes: number;
  edges: number;
  strings: number;
  bodyBytes: number;
  bodyCrc: number;
  /** /4: the v8 part's length, and where the aligned typed arrays start (bytes from the body's start; the body starts 8-aligned). */
  v8Bytes?: number;
  arraysAt?: number;
}

/** The body's typed arrays (/4: stored after the v8 part, each 8-aligned). */
const ARRAY_FIELDS = ['byteLengths', 'nodeKeys', 'nodeCells', 'edgeKeys', 'edgeSources', 'edgeTargets', 'edgeCells', 'nums', 'lists'] as const;
type ArrayField = (typeof ARRAY_FIELDS)[number];
/** Where one typed array is: bytes from the start of the arrays, element count, element type. */
interface ArrayRef { at: number; length: number; float: boolean }
const align8 = (n: number): number => (n + 7) & ~7;

/** What the encoder reads: graphology's graph or anything that walks nodes and edges the same way. */
export interface GraphSource {
  getAttributes(): Record<string, unknown>;
  forEachNode(cb: (key: string, attributes: Record<string, unknown>) => void): void;
  forEachEdge(cb: (key: string, attributes: Record<string, unknown>, source: string, target: string) => void): void;
  readonly order: number;
  readonly size: number;
}

const enum Tag { Str = 0, Num = 1, True = 2, False = 3, StrList = 4, NumList = 5, Other = 6, Null = 7, Temporal = 8 }
/** The tag of a cell holding one string (its ref is the string-table entry). */
export const STRING_CELL = 0;
/** A string table chunk stays well below V8's maximum string length. */
const CHUNK_CHARS = 64 * 1024 * 1024;

/** A growable typed array (JS arrays of millions of numbers cost more to build and to serialise). */
class Grow<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(public data: T, private readonly make: (n: number) => T) {}
  push(v: number): number {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = v;
    return this.length++;
  }
  done(): T { return this.data.slice(0, this.length) as T; }
}
const ints = (n = 1024) => new Grow(new Int32Array(n), (k) => new Int32Array(k));
const floats = (n = 1024) => new Grow(new Float64Array(n), (k) => new Float64Array(k));

class Encoder {
  constructor(private readonly chunkLimit = CHUNK_CHARS) {}
  private readonly ids = new Map<string, number>();
  readonly chunks: string[] = [];
  private chunk: string[] = [];
  private chunkChars = 0;
  readonly byteLengths = ints();
  readonly nums = floats();
  readonly lists = ints();
  readonly other: unknown[] = [];

  str(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(s, id);
      if (s.length && this.chunkChars + s.length > this.chunkLimit && this.chunk.length) this.endChunk();
      this.chunk.push(s);
      this.chunkChars += s.length;
      this.byteLengths.push(Buffer.byteLength(s, 'utf8'));
    }
    return id;
  }

  endChunk(): void {
    this.chunks.push(this.chunk.join(''));
    this.chunk = [];
    this.chunkChars = 0;
  }

  get strings(): number { return this.ids.size; }

  cells(out: Grow<Int32Array>, attrs: Record<string, unknown>): void {
    const countAt = out.push(0);
    let count = 0;
    for (const name in attrs) {
      const v = attrs[name];
      if (v === undefined) continue;
      count++;
      out.push(this.str(name));
      if (typeof v === 'string') { out.push(Tag.Str); out.push(this.str(v)); }
      else if (typeof v === 'number') { out.push(Tag.Num); out.push(this.nums.push(v)); }
      else if (v === true) { out.push(Tag.True); out.push(0); }
      else if (v === false) { out.push(Tag.False); out.push(0); }
      else if (v === null) { out.push(Tag.Null); out.push(0); }
      else if (isTemporal(v)) {
        // `Date 2025-01-01`: a year of news has a few hundred distinct dates over millions of fields
        out.push(Tag.Temporal);
        out.push(this.str(`${v.temporalType} ${v.toString()}`));
      }
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
        out.push(Tag.StrList);
        out.push(this.lists.push(v.length));
        for (const x of v) this.lists.push(this.str(x as string));
      } else if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'number')) {
        out.push(Tag.NumList);
        out.push(this.lists.push(v.length));
        this.lists.push(this.nums.length);
        for (const x of v) this.nums.push(x as number);
      } else {
        out.push(Tag.Other);
        out.push(this.other.push(encodeValue(v)) - 1);
      }
    }
    out.data[countAt] = count;
  }
}

interface Body {
  /** The string table: UTF-8 bytes and each string's byte length (decoded into flat strings: string work on them is as fast as on parsed JSON). */
  text?: Uint8Array[];
  byteLengths?: Int32Array;
  /** Earlier layout of the table: JS strings sliced on load (kept readable). */
  chunks?: string[];
  lengths?: Int32Array;
  nodeKeys: Int32Array;
  nodeCells: Int32Array;
  edgeKeys: Int32Array;
  edgeSources: Int32Array;
  edgeTargets: Int32Array;
  edgeCells: Int32Array;
  nums: Float64Array;
  lists: Int32Array;
  other: unknown[];
  graph: unknown;
}

/** The snapshot file's bytes for `graph`. */
export function encodeSnapshot(graph: GraphSource, meta: Pick<SnapshotHeader, 'generation' | 'base'>, options: { chunkChars?: number } = {}): Buffer {
  const enc = new Encoder(options.chunkChars);
  const nodeKeys = new Int32Array(graph.order);
  const nodeCells = ints(graph.order * 16 + 16);
  let i = 0;
  graph.forEachNode((key, attrs) => { nodeKeys[i++] = enc.str(key); enc.cells(nodeCells, attrs); });
  const edgeKeys = new Int32Array(graph.size), edgeSources = new Int32Array(graph.size), edgeTargets = new Int32Array(graph.size);
  const edgeCells = ints(graph.size * 16 + 16);
  let j = 0;
  graph.forEachEdge((key, attrs, source, target) => {
    edgeKeys[j] = enc.str(key);
    edgeSources[j] = enc.str(source);
    edgeTargets[j++] = enc.str(target);
    enc.cells(edgeCells, attrs);
  });
  enc.endChunk();
  const text = enc.chunks.map((chunk) => Buffer.from(chunk, 'utf8'));
  const body: Body = {
    text, byteLengths: enc.byteLengths.done(), nodeKeys, nodeCells: nodeCells.done(),
    edgeKeys, edgeSources, edgeTargets, edgeCells: edgeCells.done(),
    nums: enc.nums.done(), lists: enc.lists.done(), other: enc.other, graph: encodeValue(graph.getAttributes()),
  };
  // the v8 part holds all but the typed arrays, which follow it, each 8-aligned
  const refs = {} as Record<ArrayField, ArrayRef>;
  const parts: Buffer[] = [];
  let at = 0;
  for (const name of ARRAY_FIELDS) {
    const a = body[name]!;
    refs[name] = { at, length: a.length, float: a instanceof Float64Array };
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.alloc(align8(a.byteLength) - a.byteLength));
    at += align8(a.byteLength);
  }
  const rest: Partial<Body> = { ...body };
  for (const name of ARRAY_FIELDS) delete rest[name];
  const v8 = serialize({ ...rest, arrays: refs });
  const bytes = Buffer.concat([v8, Buffer.alloc(align8(v8.length) - v8.length), ...parts]);
  const header: SnapshotHeader = {
    format: BINARY_SNAPSHOT_FORMAT, generation: meta.generation, ...(meta.base ? { base: meta.base } : {}),
    nodes: graph.order, edges: graph.size, strings: enc.strings, bodyBytes: bytes.length, bodyCrc: crc32(bytes),
    v8Bytes: v8.length, arraysAt: align8(v8.length),
  };
  // trailing spaces (JSON allows them) put the body's start 8-aligned in the file
  const json = JSON.stringify(header);
  const head = Buffer.from(json.padEnd(align8(12 + Buffer.byteLength(json)) - 12, ' '));
  const prefix = Buffer.alloc(12);
  prefix.write(BINARY_SNAPSHOT_MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(head.length, 8);
  return Buffer.concat([prefix, head, bytes]);
}

/** The body's object: /4's typed arrays are views of the file's bytes (copied once if the buffer itself is misaligned). */
function readBody(data: Buffer, header: SnapshotHeader, bodyStart: number): Body {
  if (header.format !== BINARY_SNAPSHOT_FORMAT) return deserialize(data.subarray(bodyStart)) as Body;
  let base = data, start = bodyStart;
  if ((data.byteOffset + bodyStart) % 8 !== 0) {
    base = Buffer.allocUnsafeSlow(data.length - bodyStart);
    data.copy(base, 0, bodyStart);
    start = 0;
  }
  const v = deserialize(base.subarray(start, start + header.v8Bytes!)) as Omit<Body, ArrayField> & { arrays: Record<ArrayField, ArrayRef> };
  const from = base.byteOffset + start + header.arraysAt!;
  const b = v as unknown as Body;
  for (const name of ARRAY_FIELDS) {
    const r = v.arrays[name];
    (b as unknown as Record<string, unknown>)[name] = r.float ? new Float64Array(base.buffer, from + r.at, r.length) : new Int32Array(base.buffer, from + r.at, r.length);
  }
  return b;
}

export class SnapshotDecodeError extends Error {}

/** A snapshot written by a newer Newsgraph (a higher format number): not damaged, only not readable by this version. */
export class NewerSnapshotFormatError extends SnapshotDecodeError {
  constructor(readonly format: string) {
    super(`snapshot format '${format}' is newer than this version reads (up to '${BINARY_SNAPSHOT_FORMAT}')`);
  }
}

const formatNumber = (format: unknown): number => Number(/^newsgraph-snapshot\/(\d+)$/.exec(String(format))?.[1] ?? NaN);

export function isBinarySnapshot(data: Uint8Array): boolean {
  return data.length >= 8 && Buffer.from(data.buffer, data.byteOffset, 8).toString('latin1') === BINARY_SNAPSHOT_MAGIC;
}

/** The header alone (from the file's first bytes: `headerBytes` tells how many are needed). */
export function decodeHeader(data: Buffer): { header: SnapshotHeader; bodyStart: number } {
  if (!isBinarySnapshot(data) || data.length < 12) throw new SnapshotDecodeError('not a binary Newsgraph snapshot');
  const length = data.readUInt32LE(8);
  if (data.length < 12 + length) throw new SnapshotDecodeError('truncated header');
  let header: SnapshotHeader;
  try {
    header = JSON.parse(data.subarray(12, 12 + length).toString('utf8')) as SnapshotHeader;
  } catch {
    throw new SnapshotDecodeError('damaged header');
  }
  if (formatNumber(header.format) > formatNumber(BINARY_SNAPSHOT_FORMAT)) throw new NewerSnapshotFormatError(String(header.format));
  if (!READABLE_FORMATS.includes(header.format) || typeof header.generation !== 'string') throw new SnapshotDecodeError(`unknown snapshot format '${String(header.format)}'`);
  return { header, bodyStart: 12 + length };
}

/**
 * The snapshot's body decoded into its columns: the string table (decoded as used), attribute cells still
 * numbers. `attributes` turns each node's or edge's cells into its attributes object; snapshot-graph.ts
 * builds graphology's records from the columns without an intermediate list of plain objects.
 */
export interface SnapshotColumns extends Pick<Body, 'nodeKeys' | 'nodeCells' | 'edgeKeys' | 'edgeSources' | 'edgeTargets' | 'edgeCells'> {
  header: SnapshotHeader;
  /** Every entry of the string table (decoded on first access: `string(i)` decodes one). */
  readonly table: string[];
  /** Entry i of the string table, decoded on first use and kept. */
  string(i: number): string;
  /** hashString (key-index.ts) of entry i, from its bytes. */
  stringHash(i: number): number;
  /** Reads `cells` (nodeCells or edgeCells) in order: one attributes object per node or edge. */
  attributes(cells: Int32Array): AttributeReader;
  /** Random access: the attributes object of the cells from `at` (`count, (name, tag, ref)…`). */
  attributesAt(cells: Int32Array, at: number): Record<string, unknown>;
  /** One cell's value (tag and ref as stored), decoded as in the attributes objects. */
  value(tag: number, ref: number): unknown;
  graphAttributes: Snapshot['attributes'];
}

export interface AttributeReader { next(): Record<string, unknown> }

type Make = (values: readonly unknown[]) => Record<string, unknown>;
interface Shape { readonly names: readonly string[]; readonly next: Map<number, Shape>; make?: Make }

/**
 * Attribute objects made by one object literal per sequence of property names (`{type: v[0],
 * articles: v[1], …}`, compiled once per shape): V8 allocates each at its final size with its final
 * hidden class, instead of growing it one property at a time, and — the literal's allocation site
 * seeing that its objects all live on — allocates them straight in the old generation, which spares
 * the young-generation GC copying every one of them. A graph has a few dozen shapes.
 */
class ShapeTrie {
  readonly root: Shape = { names: [], next: new Map() };
  private compiled = 0;
  constructor(private readonly str: (i: number) => string) {}
  step(shape: Shape, name: number): Shape {
    let s = shape.next.get(name);
    if (s === undefined) shape.next.set(name, (s = { names: [...shape.names, this.str(name)], next: new Map() }));
    return s;
  }
  make(shape: Shape): Make {
    return (shape.make ??= this.compile(shape.names));
  }
  private compile(names: readonly string[]): Make {
    // a literal's `__proto__:` would set the prototype; and past a few hundred shapes, no more code
    if (names.includes('__proto__') || this.compiled >= 500) {
      return (v) => { const o: Record<string, unknown> = {}; for (let i = 0; i < names.length; i++) o[names[i]!] = v[i]; return o; };
    }
    this.compiled++;
    return new Function('v', `return {${names.map((n, i) => `${JSON.stringify(n)}: v[${i}]`).join(', ')}};`) as Make;
  }
}

/** Short string lists (a relation's articles and evidence: mostly one or two) as array literals, for the same reason. */
const SMALL_LISTS: ReadonlyArray<(t: (i: number) => string, lists: Int32Array, at: number) => string[]> = [
  () => [],
  (t, l, a) => [t(l[a]!)],
  (t, l, a) => [t(l[a]!), t(l[a + 1]!)],
  (t, l, a) => [t(l[a]!), t(l[a + 1]!), t(l[a + 2]!)],
  (t, l, a) => [t(l[a]!), t(l[a + 1]!), t(l[a + 2]!), t(l[a + 3]!)],
];

/**
 * The string table, each entry decoded on first use and kept (a read-only query touches a few of the
 * millions: evidence sentences and relationship keys mostly stay bytes). Flat strings, one per entry
 * (a slice of one big string would make every later string operation slower).
 */
function stringTable(b: Body, count: number): { str: (i: number) => string; hash: (i: number) => number } {
  const cache: (string | undefined)[] = new Array(count);
  const chunkOf = new Uint16Array(count), start = new Int32Array(count), length = new Int32Array(count);
  let c = 0, at = 0;
  if (b.text && b.byteLengths) {
    const text = b.text, lengths = b.byteLengths;
    for (let i = 0; i < count; i++) {
      const n = lengths[i]!;
      if (at + n > text[c]!.length) { c++; at = 0; }
      chunkOf[i] = c; start[i] = at; length[i] = n;
      at += n;
    }
    const toString = Buffer.prototype.toString;
    return {
      str: (i) => cache[i] ?? (cache[i] = toString.call(text[chunkOf[i]!]!, 'utf8', start[i]!, start[i]! + length[i]!)),
      hash: (i) => hashBytes(text[chunkOf[i]!]!, start[i]!, start[i]! + length[i]!),
    };
  }
  // a string never spans two chunks: one that does not fit in the rest of this chunk starts the next
  const chunks = b.chunks!, lengths = b.lengths!;
  for (let i = 0; i < count; i++) {
    const n = lengths[i]!;
    if (at + n > chunks[c]!.length) { c++; at = 0; }
    chunkOf[i] = c; start[i] = at; length[i] = n;
    at += n;
  }
  const str = (i: number): string => cache[i] ?? (cache[i] = chunks[chunkOf[i]!]!.slice(start[i]!, start[i]! + length[i]!));
  return { str, hash: (i) => hashString(str(i)) };
}

/** The columns of the snapshot in `data` (checksum checked; strings decoded as used). */
export function decodeColumns(data: Buffer): SnapshotColumns {
  const { header, bodyStart } = decodeHeader(data);
  const bytes = data.subarray(bodyStart);
  if (bytes.length !== header.bodyBytes || crc32(bytes) !== header.bodyCrc) {
    throw new SnapshotDecodeError(`damaged body (${bytes.length} of ${header.bodyBytes} bytes, checksum ${crc32(bytes) === header.bodyCrc ? 'ok' : 'wrong'})`);
  }
  const b = readBody(data, header, bodyStart);
  const { str, hash } = stringTable(b, header.strings);
  const other = b.other.map(decodeValue);
  const { nums, lists } = b;
  // one value per distinct temporal text (they are immutable): shared, as the strings are
  const temporals: unknown[] = [];
  const temporal = (ref: number): unknown => {
    let v = temporals[ref];
    if (v === undefined) {
      const text = str(ref), space = text.indexOf(' ');
      v = temporals[ref] = parseTemporalLiteral(text.slice(0, space) as TemporalValue['temporalType'], text.slice(space + 1));
    }
    return v;
  };
  const value = (tag: number, ref: number): unknown => {
    switch (tag) {
      case Tag.Str: return str(ref);
      case Tag.Num: return nums[ref];
      case Tag.True: return true;
      case Tag.False: return false;
      case Tag.Null: return null;
      case Tag.Temporal: return temporal(ref);
      case Tag.StrList: {
        const n = lists[ref]!;
        if (n < SMALL_LISTS.length) return SMALL_LISTS[n]!(str, lists, ref + 1);
        const out: string[] = new Array(n);
        for (let x = 0; x < n; x++) out[x] = str(lists[ref + 1 + x]!);
        return out;
      }
      case Tag.NumList: {
        const n = lists[ref]!, from = lists[ref + 1]!;
        return Array.from(nums.subarray(from, from + n));
      }
      default: return other[ref];
    }
  };
  const shapes = new ShapeTrie(str);
  const values: unknown[] = [];
  /** The attributes object of the cells starting at `at` (one node's or edge's). */
  const attributesAt = (cells: Int32Array, at: number): Record<string, unknown> => {
    const count = cells[at++]!;
    let shape = shapes.root;
    for (let k = 0; k < count; k++) {
      shape = shapes.step(shape, cells[at]!);
      values[k] = value(cells[at + 1]!, cells[at + 2]!);
      at += 3;
    }
    return shapes.make(shape)(values);
  };
  const attributes = (cells: Int32Array): AttributeReader => {
    let at = 0;
    return {
      next() {
        const o = attributesAt(cells, at);
        at += 1 + 3 * cells[at]!;
        return o;
      },
    };
  };
  let table: string[] | undefined;
  return {
    header,
    get table(): string[] {
      if (table === undefined) { table = new Array<string>(header.strings); for (let i = 0; i < header.strings; i++) table[i] = str(i); }
      return table;
    },
    string: str,
    stringHash: hash,
    nodeKeys: b.nodeKeys, nodeCells: b.nodeCells, edgeKeys: b.edgeKeys, edgeSources: b.edgeSources,
    edgeTargets: b.edgeTargets, edgeCells: b.edgeCells, attributes, attributesAt, value,
    graphAttributes: decodeValue(b.graph) as Snapshot['attributes'],
  };
}

/** The snapshot in `data` as plain nodes and edges (values decoded, strings shared through the table). */
export function decodeSnapshot(data: Buffer): { header: SnapshotHeader; snapshot: Snapshot } {
  return snapshotOfColumns(decodeColumns(data));
}

export function snapshotOfColumns(c: SnapshotColumns): { header: SnapshotHeader; snapshot: Snapshot } {
  const { header, table } = c;
  const nodes: Snapshot['nodes'] = new Array(header.nodes);
  const nodeAttributes = c.attributes(c.nodeCells);
  for (let i = 0; i < header.nodes; i++) nodes[i] = { key: table[c.nodeKeys[i]!]!, attributes: nodeAttributes.next() };
  const edges: Snapshot['edges'] = new Array(header.edges);
  const edgeAttributes = c.attributes(c.edgeCells);
  for (let i = 0; i < header.edges; i++) {
    edges[i] = { key: table[c.edgeKeys[i]!]!, source: table[c.edgeSources[i]!]!, target: table[c.edgeTargets[i]!]!, attributes: edgeAttributes.next() };
  }
  return { header, snapshot: { attributes: c.graphAttributes, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges } };
}
