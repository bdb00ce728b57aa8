/**
 * Every example of the TCK's temporal features (copied in ./features, Apache 2.0, from the openCypher TCK)
 * evaluated directly against the temporal library: the scenario's query is expanded, its CREATE/MATCH
 * steps emulated by binding the created property maps, and each RETURN column compared to the expected
 * cell (temporal values by their string form, numbers by value and type).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { describe, expect, it } from 'vitest';
import type { CypherMap, CypherValue } from '../../src/cypher/values.ts';
import '../../src/cypher/temporal/index.ts';
import { evaluateExpression, evaluateQuery, matchesCell, show } from './mini-eval.ts';

const here = dirname(fileURLToPath(import.meta.url));
const featureDir = join(here, 'features');

interface Case { title: string; setup: string[]; query: string; control?: string; header: string[]; row: string[] }

function substitute(text: string, header: string[], row: string[]): string {
  return text.replace(/<([A-Za-z0-9_]+)>/g, (m, name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? m : row[i];
  });
}

function loadCases(file: string): Case[] {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  const doc = parser.parse(readFileSync(join(featureDir, file), 'utf8'));
  const cases: Case[] = [];
  for (const child of doc.feature!.children) {
    const sc = child.scenario;
    if (!sc) continue;
    const rows: { header: string[]; row: string[] }[] = [];
    if (sc.examples.length === 0) rows.push({ header: [], row: [] });
    for (const ex of sc.examples) {
      const header = ex.tableHeader!.cells.map((c) => c.value);
      for (const r of ex.tableBody) rows.push({ header, row: r.cells.map((c) => c.value) });
    }
    rows.forEach(({ header, row }, n) => {
      const setup: string[] = [];
      let query = '', control: string | undefined, table: string[][] = [];
      for (const step of sc.steps) {
        const doc = step.docString?.content;
        if (step.text.startsWith('having executed') && doc) setup.push(substitute(doc, header, row));
        else if (step.text.startsWith('executing query') && doc) query = substitute(doc, header, row);
        else if (step.text.startsWith('executing control query') && doc) control = substitute(doc, header, row);
        else if (step.text.startsWith('the result should be') && step.dataTable) {
          table = step.dataTable.rows.map((r) => r.cells.map((c) => substitute(c.value, header, row)));
        }
      }
      cases.push({ title: `${sc.name} #${n + 1}${row.length ? ` ${row.join(' | ')}` : ''}`, setup, query, control, header: table[0] ?? [], row: table[1] ?? [] });
    });
  }
  return cases;
}

interface NodeSpec { label: string | null; props: CypherMap }

/** Emulates `CREATE (:Label {…}), …` by evaluating the property maps. */
function runCreate(text: string, nodes: NodeSpec[]): void {
  const re = /CREATE\s*\(\s*\w*\s*(?::\s*(\w+))?\s*\{/g;
  for (const m of text.matchAll(re)) {
    const open = m.index! + m[0].length - 1;
    let depth = 0, end = open;
    for (let i = open; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) { end = i; break; }
    }
    nodes.push({ label: m[1] ?? null, props: evaluateExpression(text.slice(open, end + 1)) as CypherMap });
  }
}

/** Strips `MATCH (v:Label), …` and binds each variable to the created node's property map. */
function bindMatch(query: string, nodes: NodeSpec[]): { rest: string; env: Map<string, CypherValue> } {
  const env = new Map<string, CypherValue>();
  const rest = query.replace(/MATCH\s+((?:\(\s*\w+\s*(?::\s*\w+)?\s*\)\s*,?\s*)+)/, (_m, patterns: string) => {
    for (const p of patterns.matchAll(/\(\s*(\w+)\s*(?::\s*(\w+))?\s*\)/g)) {
      const node = nodes.find((n) => p[2] === undefined || n.label === p[2]);
      env.set(p[1], node ? node.props : null);
    }
    return '';
  });
  return { rest, env };
}

function run(c: Case): Record<string, CypherValue> {
  const nodes: NodeSpec[] = [];
  for (const s of c.setup) runCreate(s, nodes);
  if (/^\s*CREATE/.test(c.query)) {
    runCreate(c.query, nodes);
    const { rest, env } = bindMatch(c.control!, nodes);
    return evaluateQuery(rest, env);
  }
  const { rest, env } = bindMatch(c.query, nodes);
  return evaluateQuery(rest, env);
}

for (const file of readdirSync(featureDir).filter((f) => f.endsWith('.feature')).sort()) {
  describe(file.replace('.feature', ''), () => {
    for (const c of loadCases(file)) {
      it(c.title, () => {
        const row = run(c);
        const mismatches: string[] = [];
        c.header.forEach((col, i) => {
          if (!(col in row)) mismatches.push(`${col}: missing`);
          else if (!matchesCell(row[col], c.row[i])) mismatches.push(`${col}: got ${show(row[col])}, want ${c.row[i]}`);
        });
        expect(mismatches).toEqual([]);
      });
    }
  });
}
