import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP } from '../usage.ts';
import { openStore } from '../../store/index.ts';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count articles, entities and relationships by type',
  help: `Usage: newsgraph stats [--json] [options]

Options:
  --json             print the counts as JSON
${STORE_HELP}`,
  async run(argv, io) {
    const { values } = parse('stats', argv, { ...STORE_OPTIONS, json: { type: 'boolean' } }, false);
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    const store = await openStore({ db: values.db, neo4j: values.neo4j, readMostly: true }, io.env);
    try {
      const s = await store.stats();
      if (values.json) { io.stdout.write(JSON.stringify(s, null, 2) + '\n'); return 0; }
      const rows = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(16)} ${n}`);
      io.stdout.write([
        `${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships`,
        'Nodes:', ...rows(s.nodesByType), 'Relationships:', ...rows(s.relationshipsByType),
      ].join('\n') + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
