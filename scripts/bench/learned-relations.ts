/**
 * What the learned relation scorer costs the extractor: the development texts (seeds, real-blind set-1 … set-6)
 * extracted with the rules alone, with the committed model and thresholds as shipped (relation-thresholds.json), and with the
 * committed model made to act on every type (veto 0.05, add 0.9). Medians of --runs (default 3), CPU time of this process.
 * Since feature version 3 INVESTS_IN pairs no rule proposed are scored only in sentences with an investing/buying/site cue.
 *
 *   node --import tsx scripts/bench/learned-relations.ts [--runs N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RulesExtractor } from '../../src/extract/rules-extractor.ts';
import { RelationModel, committedModelFile } from '../../src/extract/learned/index.ts';
import { SCORED_TYPES } from '../../src/extract/learned/candidates.ts';
import type { Article } from '../../src/graph/model.ts';
import { median } from './median.ts';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 3);
const root = resolve(import.meta.dirname, '../..');
const dirs = [join(root, 'seeds'), ...[1, 2, 3, 4, 5, 6].map((n) => join(root, `tests/extract/real-blind/set-${n}/texts`))];
const articles: Article[] = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).sort()
  .map((f) => ({ id: f, title: '', text: readFileSync(join(d, f), 'utf8'), lang: /_fr_|-fr|\.fr\./.test(f) ? 'fr' : 'en' })));
const file = committedModelFile();
if (!file) throw new Error('no committed model: run npm run train:relations');
const acting = new RelationModel({ ...file, thresholds: Object.fromEntries(SCORED_TYPES.map((t) => [t, { veto: 0.05, add: 0.9 }])) });

function cpu(extractor: RulesExtractor): number {
  const t = process.cpuUsage();
  for (const a of articles) extractor.extract(a);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
}
const shipped = new RelationModel(file);
const rules = new RulesExtractor({ learned: null }), asShipped = new RulesExtractor({ learned: shipped }), learned = new RulesExtractor({ learned: acting });
cpu(rules); cpu(asShipped); cpu(learned); // warm-up: patterns compiled, lexicons loaded
const a: number[] = [], c: number[] = [], b: number[] = [];
for (let i = 0; i < runs; i++) { a.push(cpu(rules)); c.push(cpu(asShipped)); b.push(cpu(learned)); }
const ra = articles.length / median(a), rc = articles.length / median(c), rb = articles.length / median(b);
const acts = Object.keys(file.thresholds).join(', ') || 'no type';
console.log(`${articles.length} development texts, medians of ${runs} (CPU): rules alone ${ra.toFixed(0)} articles/CPU-s, `
  + `rules + model as shipped (acting on ${acts}) ${rc.toFixed(0)} (×${(rc / ra).toFixed(2)}), rules + model acting on every type ${rb.toFixed(0)} (×${(rb / ra).toFixed(2)})`);
