/** Issue 14, "a web page can write": CSRF, DNS rebinding, exposure without a token, token guessing. */
import { join } from 'node:path';
import { http, postQuery, runCase, startServe, type Row, type Serve } from './harness.ts';

const SECTION = 'web page';
const TOKEN = 'hostile-token-0123456789';

async function csrfCount(s: Serve): Promise<number> {
  const r = await postQuery(s.url, "MATCH (c:Company) WHERE c.name = 'CSRF' RETURN count(c) AS n", { timeoutMs: 5000 });
  return Number(r.body.rows?.[0]?.[0] ?? -1);
}

export async function webCases(dir: string): Promise<Row[]> {
  const rows: Row[] = [];
  const create = JSON.stringify({ query: "CREATE (:Company {name: 'CSRF'})" });
  let server: Serve | undefined;
  const writable = async () => (server ??= await startServe(['--db', join(dir, 'web.json'), '--allow-writes']));
  try {
    rows.push(await runCase(SECTION, 'CSRF: text/plain POST of CREATE from another site', '4xx, nothing written', 30_000, async () => {
      const s = await writable();
      const r = await http(`${s.url}/api/query`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: create, timeoutMs: 5000 });
      const n = await csrfCount(s);
      return { figure: `${r.status}; ${n} node(s) written`, pass: r.status >= 400 && r.status < 500 && n === 0 };
    }));
    rows.push(await runCase(SECTION, 'CSRF: application/json POST with a foreign Origin', '403, nothing written', 30_000, async () => {
      const s = await writable();
      const r = await http(`${s.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: create, timeoutMs: 5000 });
      const n = await csrfCount(s);
      return { figure: `${r.status}; ${n} node(s) written`, pass: r.status === 403 && n === 0 };
    }));
    rows.push(await runCase(SECTION, 'DNS rebinding: GET /api/graph with Host: evil.example', '403 or 421', 30_000, async () => {
      const s = await writable();
      const r = await http(`${s.url}/api/graph`, { headers: { host: `evil.example:${s.port}` }, timeoutMs: 5000 });
      return { figure: `${r.status}`, pass: r.status === 403 || r.status === 421 };
    }));
  } finally {
    await server?.stop();
  }

  rows.push(await runCase(SECTION, '--host 0.0.0.0 without --auth', 'refused (exit 2)', 30_000, async (scope) => {
    try {
      const s = await startServe(['--db', join(dir, 'exposed.json'), '--host', '0.0.0.0'], { scope });
      await s.stop();
      return { figure: 'served to the network without a token', pass: false };
    } catch (err) {
      const msg = (err as Error).message;
      return { figure: msg.replace(/\s+/g, ' ').slice(0, 90), pass: /exited 2/.test(msg) };
    }
  }));

  let guarded: Serve | undefined;
  const withToken = async () => (guarded ??= await startServe(['--db', join(dir, 'auth.json')], { env: { NEWSGRAPH_AUTH_TOKEN: TOKEN } }));
  try {
    rows.push(await runCase(SECTION, '--auth: /api/graph without, then with the token', '401, then 200', 30_000, async () => {
      const s = await withToken();
      const without = await http(`${s.url}/api/graph`, { timeoutMs: 5000 });
      const right = await http(`${s.url}/api/graph`, { headers: { authorization: `Bearer ${TOKEN}` }, timeoutMs: 5000 });
      return { figure: `${without.status}, then ${right.status}`, pass: without.status === 401 && right.status === 200 };
    }));
    rows.push(await runCase(SECTION, '--auth: wrong tokens for 5 s', '≤ 10 answered, the rest 429', 30_000, async () => {
      const s = await withToken();
      const until = Date.now() + 5000;
      let answered = 0, refused = 0, i = 0;
      while (Date.now() < until) {
        // 401 = the guess was checked; 200 = no token needed at all; 429 = refused unchecked (back-off)
        const r = await http(`${s.url}/api/stats`, { headers: { authorization: `Bearer guess-${i++}` }, timeoutMs: 3000 });
        if (r.status === 429) refused++; else answered++;
      }
      return { figure: `${answered} answered, ${refused} refused unchecked`, pass: answered <= 10 && refused > 0 };
    }));
  } finally {
    await guarded?.stop();
  }
  return rows;
}
