/** Issue 14's Cypher cases, against answers a real Neo4j gives. */
import { postQuery, runCase, type Row, type SharedServer } from './harness.ts';

const SECTION = 'cypher';

export async function cypherCases(server: SharedServer): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [query, variable] of [['MATCH (n:Company) RETURN m.name', 'm'], ['MATCH (c)-[:LOCATED_IN]->(k) WITH c RETURN k.name', 'k']] as const) {
    rows.push(await runCase(SECTION, query, `400 "Variable \`${variable}\` not defined"`, 15_000, async () => {
      const r = await postQuery((await server.get()).url, query, { timeoutMs: 10_000 });
      const e = r.body.error;
      return {
        figure: e ? `${r.status} ${e.message.slice(0, 60)}` : `${r.status}, ${r.body.rows?.length ?? 0} rows`,
        pass: r.status === 400 && new RegExp(`Variable \`${variable}\` not defined`).test(e?.message ?? ''),
      };
    }));
  }
  rows.push(await runCase(SECTION, 'size((a)-->()) (Cypher 9 pattern expression)', 'runs, counts like COUNT {}', 15_000, async () => {
    const base = (await server.get()).url;
    const old = await postQuery(base, 'MATCH (a:Company) RETURN a.name AS name, size((a)-->()) AS n ORDER BY name', { timeoutMs: 10_000 });
    const now = await postQuery(base, 'MATCH (a:Company) RETURN a.name AS name, COUNT { (a)-->() } AS n ORDER BY name', { timeoutMs: 10_000 });
    const same = JSON.stringify(old.body.rows) === JSON.stringify(now.body.rows);
    return {
      figure: old.body.error ? `${old.status} ${old.body.error.message.slice(0, 60)}` : `${old.status}, ${old.body.rows?.length} rows, ${same ? 'same as' : 'differs from'} COUNT {}`,
      pass: old.status === 200 && same && (old.body.rows?.length ?? 0) > 0,
    };
  }));
  rows.push(await runCase(SECTION, 'point() and distance(): Lyon → Paris', '≈ 392 km', 15_000, async () => {
    const base = (await server.get()).url;
    const lyon = 'point({latitude: 45.764, longitude: 4.8357})', paris = 'point({latitude: 48.8566, longitude: 2.3522})';
    const figures: string[] = [];
    let ok = false;
    for (const fn of ['point.distance', 'distance']) {
      const r = await postQuery(base, `RETURN ${fn}(${lyon}, ${paris}) / 1000 AS km`, { timeoutMs: 10_000 });
      const km = Number(r.body.rows?.[0]?.[0]);
      if (r.status === 200 && Math.abs(km - 392) < 5) { ok = true; figures.push(`${fn}: ${km.toFixed(0)} km`); } else figures.push(`${fn}: ${r.body.error?.message.slice(0, 40) ?? r.status}`);
    }
    return { figure: figures.join('; '), pass: ok };
  }));
  return rows;
}
