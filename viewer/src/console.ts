/**
 * The Cypher console: runs a query through POST /api/query, shows the rows as a table and highlights the
 * nodes and relationships they return; errors show their message with the line and column they point at.
 */
import type { JsonValue, NodeJson, PathJson, QueryResult, RelationshipJson } from '../../src/graph/result.ts';
import { runQuery } from './api.ts';
import { EXAMPLE_QUERIES } from './defaults.ts';
import { el } from './format.ts';
import type { Highlight, Selection, ViewerGraph } from './types.ts';

const MAX_TABLE_ROWS = 500;

function isNode(v: unknown): v is NodeJson { return !!v && typeof v === 'object' && (v as NodeJson).kind === 'node'; }
function isRel(v: unknown): v is RelationshipJson { return !!v && typeof v === 'object' && (v as RelationshipJson).kind === 'relationship'; }
function isPath(v: unknown): v is PathJson { return !!v && typeof v === 'object' && (v as PathJson).kind === 'path'; }

/** Graph key of a result node: its id when the graph has it, else its `id` property. */
function nodeKey(graph: ViewerGraph, id: string, props?: Record<string, JsonValue>): string | null {
  if (graph.hasNode(id)) return id;
  const pid = props?.id;
  if (typeof pid === 'string' && graph.hasNode(pid)) return pid;
  return null;
}

/** Every graph node and edge a result mentions, in any column, list, map or path. */
export function collectHighlight(graph: ViewerGraph, result: QueryResult): Highlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  // Result ids are graph keys for the embedded store, element ids for Neo4j: learn the mapping from the
  // nodes of the result, then resolve relationships through it.
  const keyOfId = new Map<string, string>();
  const rels: RelationshipJson[] = [];
  const visitRel = (r: RelationshipJson) => {
    if (graph.hasEdge(r.id)) { edges.add(r.id); nodes.add(graph.source(r.id)); nodes.add(graph.target(r.id)); return; }
    const s = keyOfId.get(r.start) ?? nodeKey(graph, r.start);
    const t = keyOfId.get(r.end) ?? nodeKey(graph, r.end);
    if (s === null || t === null) return;
    nodes.add(s); nodes.add(t);
    for (const e of graph.edges(s, t)) if (graph.getEdgeAttribute(e, 'type') === r.type) edges.add(e);
  };
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (isNode(v)) {
      const k = nodeKey(graph, v.id, v.properties);
      if (k) { nodes.add(k); keyOfId.set(v.id, k); }
      return;
    }
    if (isRel(v)) { rels.push(v); return; }
    if (isPath(v)) { v.nodes.forEach(visit); v.relationships.forEach(visit); return; }
    if (Array.isArray(v)) { v.forEach(visit); return; }
    for (const x of Object.values(v)) visit(x);
  };
  for (const row of result.rows) row.forEach(visit);
  rels.forEach(visitRel);
  return { nodes, edges };
}

export interface ConsoleOptions {
  graph: ViewerGraph;
  onResult: (query: string, highlight: Highlight | null) => void;
  /** Called with each result before it is highlighted (the large-graph mode merges its nodes into the view). */
  beforeHighlight?: (result: QueryResult) => Promise<void> | void;
  select: (selection: Selection) => void;
}

export class CypherConsole {
  readonly input: HTMLTextAreaElement;
  private run: HTMLButtonElement;
  private results: HTMLElement;
  private status: HTMLElement;
  private clear: HTMLButtonElement;

  constructor(private root: HTMLElement, private options: ConsoleOptions) {
    this.input = el('textarea', {
      'data-testid': 'query-input', 'aria-label': 'Cypher query', rows: 3, spellcheck: 'false',
      placeholder: 'MATCH (a)-[r:INVESTS_IN]->(b) RETURN a, r, b   — Ctrl+Enter to run',
    });
    this.run = el('button', { type: 'button', class: 'primary', 'data-testid': 'query-run', text: 'Run' });
    this.clear = el('button', { type: 'button', class: 'ghost', text: 'Clear', title: 'Clear the result and its highlight' });
    this.status = el('span', { class: 'query-status', role: 'status', 'aria-live': 'polite' });
    this.results = el('div', { class: 'query-results', 'data-testid': 'query-results', tabindex: 0, 'aria-label': 'Query results' });
    const examples = el('select', { 'aria-label': 'Example queries' }, el('option', { value: '', text: 'Examples…' }),
      ...EXAMPLE_QUERIES.map((q, i) => el('option', { value: String(i), text: q.label })));
    examples.addEventListener('change', () => {
      const q = EXAMPLE_QUERIES[Number(examples.value)];
      examples.value = '';
      if (q) { this.input.value = q.query; void this.execute(); }
    });
    this.run.addEventListener('click', () => void this.execute());
    this.clear.addEventListener('click', () => this.reset());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void this.execute(); }
    });
    root.replaceChildren(
      el('div', { class: 'console-bar' }, el('h2', { text: 'Cypher' }), examples, this.status, this.clear, this.run),
      this.input, this.results);
  }

  reset(): void {
    this.results.replaceChildren();
    this.status.textContent = '';
    this.root.classList.remove('has-results');
    this.options.onResult('', null);
  }

  async execute(text = this.input.value): Promise<void> {
    const query = text.trim();
    this.input.value = text;
    if (!query) return;
    this.run.disabled = true;
    this.status.textContent = 'Running…';
    const started = performance.now();
    const response = await runQuery(query);
    this.run.disabled = false;
    this.root.classList.add('has-results');
    if (!response.ok) {
      const { code, message, position } = response.error;
      this.status.textContent = 'Error';
      const box = el('div', { class: 'query-error', role: 'alert' },
        el('strong', { text: position ? `Line ${position.line}, column ${position.column}: ` : '' }),
        el('span', { text: message }), el('div', { class: 'code', text: code }));
      if (position) {
        const line = query.split('\n')[position.line - 1] ?? '';
        box.append(el('pre', { class: 'caret', text: `${line}\n${' '.repeat(Math.max(0, position.column - 1))}^` }));
      }
      this.results.replaceChildren(box);
      this.options.onResult(query, null);
      return;
    }
    const { result } = response;
    const ms = Math.round(performance.now() - started);
    this.status.textContent = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} · ${ms} ms`;
    this.results.replaceChildren(this.table(result));
    await this.options.beforeHighlight?.(result);
    const highlight = collectHighlight(this.options.graph, result);
    this.options.onResult(query, highlight.nodes.size || highlight.edges.size ? highlight : null);
  }

  private table(result: QueryResult): HTMLElement {
    if (!result.columns.length) return el('p', { class: 'muted', text: `Done. ${JSON.stringify(result.stats ?? {})}` });
    const head = el('tr', {}, ...result.columns.map((c) => el('th', { scope: 'col', text: c })));
    const body = el('tbody');
    for (const row of result.rows.slice(0, MAX_TABLE_ROWS)) body.append(el('tr', {}, ...row.map((v) => el('td', {}, this.cell(v)))));
    const table = el('table', {}, el('thead', {}, head), body);
    if (result.rows.length > MAX_TABLE_ROWS) return el('div', {}, table, el('p', { class: 'muted', text: `First ${MAX_TABLE_ROWS} of ${result.rows.length} rows.` }));
    return table;
  }

  private cell(v: unknown): Node {
    const { graph } = this.options;
    if (v === null || v === undefined) return el('span', { class: 'null', text: 'null' });
    if (isNode(v)) {
      const key = nodeKey(graph, v.id, v.properties);
      const label = String(v.properties.name ?? v.properties.title ?? v.id);
      if (!key) return document.createTextNode(`(:${v.labels.join(':')} ${label})`);
      const b = el('button', { type: 'button', class: 'node-link', text: label, title: `${v.labels.join(':')} — show details` });
      b.addEventListener('click', () => this.options.select({ kind: 'node', id: key }));
      return b;
    }
    if (isRel(v)) {
      const b = el('button', { type: 'button', class: 'node-link rel', text: `:${v.type}`, title: 'Show this relation' });
      const id = graph.hasEdge(v.id) ? v.id : null;
      if (id) b.addEventListener('click', () => this.options.select({ kind: 'edge', id }));
      else b.disabled = true;
      return b;
    }
    if (isPath(v)) return document.createTextNode(`path of ${v.relationships.length} relationship${v.relationships.length === 1 ? '' : 's'}`);
    if (typeof v === 'number') return document.createTextNode(Number.isInteger(v) && Math.abs(v) < 1e5 ? String(v) : v.toLocaleString('en', { maximumFractionDigits: 6 }));
    if (typeof v === 'object') return document.createTextNode(JSON.stringify(v));
    return document.createTextNode(String(v));
  }
}
