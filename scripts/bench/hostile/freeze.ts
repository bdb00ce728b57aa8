/** Issue 14, "one query freezes everyone": each bad query while another client asks something simple. */
import neo4j from 'neo4j-driver';
import { fmtMs, postQuery, runCase, sleep, watchRss, type Row, type SharedServer } from './harness.ts';

const SECTION = 'freeze';
/** The shared server runs with this --query-timeout. */
export const QUERY_TIMEOUT_MS = 2000;
/** A query may overrun its limit by this much (stopping it, answering). */
const STOP_SLACK_MS = 1500;
const SIDE_LIMIT_MS = 100;

/** The slowest of 3 simple queries from another client, each given 3 s. */
async function sideLatency(base: string): Promise<number> {
  let worst = 0;
  for (let i = 0; i < 3; i++) {
    try { worst = Math.max(worst, (await postQuery(base, 'RETURN 1 AS one', { timeoutMs: 3000 })).ms); } catch { return Infinity; }
  }
  return worst;
}

type Answer = { status: number; code?: string; message?: string; ms: number } | { failed: string; ms: number };

/** Sends `query`, and while it runs measures another client; returns both. */
async function whileRunning(server: SharedServer, query: string): Promise<{ side: number; answer: Answer | undefined }> {
  const s = await server.get();
  const started = performance.now();
  const bad: Promise<Answer> = postQuery(s.url, query, { timeoutMs: 15_000 })
    .then((r) => ({ status: r.status, ...(r.body.error ? { code: r.body.error.code, message: r.body.error.message } : {}), ms: performance.now() - started }))
    .catch((err: Error) => ({ failed: err.message, ms: performance.now() - started }));
  await sleep(300);
  const side = await sideLatency(s.url);
  const waitMore = Math.max(0, QUERY_TIMEOUT_MS + STOP_SLACK_MS + 500 - (performance.now() - started));
  const answer = await Promise.race([bad, sleep(waitMore).then(() => undefined)]);
  return { side, answer };
}

function describe(side: number, a: Answer | undefined): string {
  const sideText = Number.isFinite(side) ? fmtMs(side) : 'no answer in 3 s';
  const ans = !a ? `no answer in ${fmtMs(QUERY_TIMEOUT_MS + STOP_SLACK_MS)}`
    : 'failed' in a ? `connection failed (${a.failed}) after ${fmtMs(a.ms)}`
    : `${a.status}${a.code ? ` ${a.code}` : ''} after ${fmtMs(a.ms)}`;
  return `other client ${sideText}; query: ${ans}`;
}

function stoppedInTime(a: Answer | undefined): boolean {
  return Boolean(a && !('failed' in a) && a.ms <= QUERY_TIMEOUT_MS + STOP_SLACK_MS);
}

const LIMIT = `other < ${SIDE_LIMIT_MS} ms; answer ≤ ${fmtMs(QUERY_TIMEOUT_MS + STOP_SLACK_MS)} (timeout ${fmtMs(QUERY_TIMEOUT_MS)})`;

export async function freezeCases(server: SharedServer): Promise<Row[]> {
  const rows: Row[] = [];
  const loadCase = async (name: string, query: string) => {
    rows.push(await runCase(SECTION, name, LIMIT, 25_000, async () => {
      const { side, answer } = await whileRunning(server, query);
      return { figure: describe(side, answer), pass: side < SIDE_LIMIT_MS && stoppedInTime(answer) };
    }));
    await server.check();
  };
  await loadCase('regex "a…a!" =~ "(a+)+" over HTTP', `RETURN "${'a'.repeat(40)}!" =~ "(a+)+" AS m`);
  await loadCase('reduce over range(1, 3000000) over HTTP', 'WITH range(1, 3000000) AS l RETURN size(reduce(acc = [], x IN l | acc + x)) AS n');
  await loadCase('10-way cartesian product over HTTP', 'MATCH (a), (b), (c), (d), (e), (f), (g), (h), (i), (j) RETURN count(*) AS n');

  rows.push(await runCase(SECTION, '10-way cartesian product over Bolt, --query-timeout', `fails ≤ ${fmtMs(QUERY_TIMEOUT_MS + STOP_SLACK_MS)}`, 20_000, async (scope) => {
    const s = await server.get();
    const driver = neo4j.driver(s.bolt!, neo4j.auth.basic('neo4j', BOLT_PASSWORD), { connectionTimeout: 5000, maxConnectionPoolSize: 2 });
    scope.defer(() => driver.close());
    await driver.verifyConnectivity();
    const started = performance.now();
    const run = driver.executeQuery('MATCH (a), (b), (c), (d), (e), (f), (g), (h), (i), (j) RETURN count(*) AS n')
      .then(() => 'answered', (err: { code?: string }) => err.code ?? 'error');
    const outcome = await Promise.race([run, sleep(6000).then(() => undefined)]);
    const ms = performance.now() - started;
    if (!outcome) return { figure: 'still running after 6 s', pass: false };
    return { figure: `${outcome} after ${fmtMs(ms)}`, pass: outcome !== 'answered' && ms <= QUERY_TIMEOUT_MS + STOP_SLACK_MS };
  }));
  await server.check();

  for (const [name, open, close] of [['5,000 nested parentheses', '(', ')'], ['5,000 nested lists', '[', ']']] as const) {
    rows.push(await runCase(SECTION, name, '400, Neo.ClientError.*, with a position', 15_000, async () => {
      const s = await server.get();
      const r = await postQuery(s.url, `RETURN ${open.repeat(5000)}1${close.repeat(5000)} AS x`, { timeoutMs: 10_000 });
      const e = r.body.error;
      return {
        figure: `${r.status} ${e ? `${e.code}${e.position ? ' at ' + JSON.stringify(e.position) : ', no position'}` : 'answered'}`,
        pass: r.status === 400 && Boolean(e?.code.startsWith('Neo.ClientError.')) && Boolean(e?.position),
      };
    }));
    await server.check();
  }

  // the operator's budget for this server: 10⁷ numbers are ~320 MB of list cells, under the 512 MB default
  const budgeted = server.with(['--max-memory', '128']);
  rows.push(await runCase(SECTION, 'collect() over 10⁷ numbers (memory budget, --max-memory 128)', 'clear memory error; RSS peak +< 1 GB', 30_000, async () => {
    const s = await budgeted.get();
    const before = watchRss(s.child.pid).stop();
    const rss = watchRss(s.child.pid);
    let r;
    try { r = await postQuery(s.url, 'UNWIND range(1, 10000000) AS x RETURN collect(x) AS xs', { timeoutMs: 20_000 }); } catch (err) { r = undefined; void err; }
    const peak = rss.stop() - before;
    const e = r?.body.error;
    const what = !r ? 'no answer in 20 s' : e ? `${r.status} ${e.code}: ${e.message.slice(0, 60)}` : `${r.status}, ${r.body.rows?.length ?? 0} row(s)`;
    return { figure: `${what}; RSS peak +${peak.toFixed(0)} MB`, pass: Boolean(e && /memory/i.test(e.message)) && peak < 1024 };
  }));
  await budgeted.stop();
  return rows;
}

export const BOLT_PASSWORD = 'hostile-bolt-password';
