/**
 * Reads TCK .feature files into plain scenarios (one per Scenario, one per Examples row of a
 * Scenario Outline, Background steps included), with @cucumber/gherkin's parser and pickle compiler.
 * Scenarios are plain data so they can be posted to a worker thread.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator, type FeatureChild, type GherkinDocument, type RuleChild } from '@cucumber/messages';

export interface TckStep {
  /** Step text without its keyword: `executing query:`, `the result should be, in any order:`. */
  text: string;
  docString?: string;
  /** Data table rows, cells as Gherkin unescaped them (header row included). */
  table?: string[][];
}

export interface TckScenario {
  /** `path/to/File.feature:Scenario name:example index` (index 0 for a plain scenario). */
  id: string;
  /** Path of the feature file relative to the features folder, with `/`. */
  file: string;
  /** Folder of the file relative to the features folder (`clauses/match`). */
  folder: string;
  name: string;
  exampleIndex: number;
  line: number;
  tags: string[];
  steps: TckStep[];
}

/** All .feature files under each path (a file or a folder), sorted, without duplicates. */
export function findFeatureFiles(paths: string[]): string[] {
  const out = new Set<string>();
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) {
      for (const entry of readdirSync(p).sort()) walk(join(p, entry));
    } else if (p.endsWith('.feature')) {
      out.add(p);
    }
  };
  for (const p of paths) walk(p);
  return [...out].sort();
}

export function parseFeature(text: string, file: string): TckScenario[] {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  const document: GherkinDocument = parser.parse(text);
  const pickles = compile(document, file, newId);

  // Scenario AST ids → name, line and the ids of its Examples rows in order.
  const scenarios = new Map<string, { name: string; line: number; rows: string[] }>();
  const visit = (children: readonly (FeatureChild | RuleChild)[]): void => {
    for (const child of children) {
      const sc = child.scenario;
      if (sc) scenarios.set(sc.id, { name: sc.name, line: sc.location.line, rows: sc.examples.flatMap((e) => e.tableBody.map((r) => r.id)) });
      if ('rule' in child && child.rule) visit(child.rule.children);
    }
  };
  visit(document.feature?.children ?? []);

  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  return pickles.map((pickle) => {
    const sc = scenarios.get(pickle.astNodeIds[0]);
    if (!sc) throw new Error(`${file}: pickle ${pickle.name} has no scenario`);
    const rowId = pickle.astNodeIds[1];
    const exampleIndex = rowId === undefined ? 0 : sc.rows.indexOf(rowId);
    return {
      id: `${file}:${sc.name}:${exampleIndex}`,
      file,
      folder,
      name: sc.name,
      exampleIndex,
      line: sc.line,
      tags: pickle.tags.map((t) => t.name),
      steps: pickle.steps.map((s) => ({
        text: s.text,
        docString: s.argument?.docString?.content,
        table: s.argument?.dataTable?.rows.map((r) => r.cells.map((c) => c.value)),
      })),
    };
  });
}

/** Scenarios of every feature file under `paths`, ids relative to `featuresRoot`. */
export function loadScenarios(paths: string[], featuresRoot: string): TckScenario[] {
  return findFeatureFiles(paths).flatMap((f) => {
    const rel = relative(featuresRoot, f).split(sep).join('/');
    return parseFeature(readFileSync(f, 'utf8'), rel);
  });
}
