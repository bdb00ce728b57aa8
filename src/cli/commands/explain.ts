import type { Command } from '../usage.ts';
import { parse, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import { readArticles } from '../../ingest/read/index.ts';
import { createExtractor } from '../../extract/index.ts';
import { traceExtraction } from '../../extract/trace.ts';
import { explainArticle, formatExplanation, type ArticleExplanation } from '../../extract/explain/index.ts';
import { Resolver, type ResolutionTrace } from '../../resolve/index.ts';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show why the extractor reads each entity and relation of an article (and rejects others)',
  help: `Usage: newsgraph explain FILE [options]

Reads the article(s) of FILE (.txt, .md, .html or .jsonl, as ingest does) and prints, sentence by
sentence: each mention with its type, the cue that typed it and its confidence, and the entity it
resolves to; each relation candidate with the rule that produced it, its confidence and whether it
is kept (and why not); the candidates that rules rejected, with the reason. Writes nothing.

Options:
  --json             print the explanation as JSON (an array, one object per article)
  --db FILE          resolve against the entities of this embedded store (read only)
  --neo4j URI        resolve against the entities of this Neo4j database (read only)
  -h, --help         show this help`,
  async run(argv, io) {
    const { values, positionals } = parse('explain', argv, {
      json: { type: 'boolean' }, db: { type: 'string' }, neo4j: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    });
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (positionals.length !== 1) throw new UsageError('explain needs exactly one FILE', 'explain');
    const file = positionals[0]!;
    // known entities only when a store is named: explaining a file never needs one
    let resolver = new Resolver();
    if (values.db || values.neo4j) {
      const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
      try { resolver = new Resolver(await store.knownEntities()); } finally { await store.close(); }
    }
    const extractor = createExtractor();
    const out: ArticleExplanation[] = [];
    let issues = 0;
    for await (const item of readArticles([file])) {
      if (item.issue) {
        issues++;
        io.stderr.write(`newsgraph: ${item.issue.file}${item.issue.line ? `:${item.issue.line}` : ''}: ${item.issue.message}\n`);
        continue;
      }
      const article = item.article;
      if (!article) continue;
      const trace: ResolutionTrace = { entities: new Map(), relations: new Map() };
      const { result: extraction, rejected } = traceExtraction(() => {
        const x = extractor.extract(article);
        resolver.resolve(article, x, trace);
        return x;
      });
      const explained = explainArticle(article, extraction, rejected, trace);
      out.push(explained);
      if (!values.json) io.stdout.write((out.length > 1 ? '\n' : '') + formatExplanation(explained) + '\n');
    }
    if (values.json) io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    if (!out.length && !issues) throw new Error(`${file}: no article found`);
    return issues ? 1 : 0;
  },
};
