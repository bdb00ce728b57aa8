/** Issue 14, "writes are lost": two writers on one store, Bolt rollbacks, temporary files of interrupted saves. */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { articlesInStore, cli, postQuery, runCase, sleep, startServe, track, SEEDS, type CliRun, type Row } from './harness.ts';
import { jsonlArticles } from './corpus.ts';

const SECTION = 'lost writes';

/** "N new" of an ingest that exited 0; 0 for one that failed (it claims nothing). */
const claimed = (r: CliRun): number => (r.code === 0 ? Number(/(\d+) new,/.exec(r.stdout)?.[1] ?? 0) : 0);
const exitText = (r: CliRun) => (r.timedOut ? 'killed (time limit)' : `exit ${r.code}`);
const firstLine = (s: string) => s.trim().split('\n')[0]?.slice(0, 70) ?? '';

/** Each node of a store file as JSON text (for label and property searches). */
async function nodeTexts(db: string): Promise<string[]> {
  try {
    const snap = JSON.parse(await readFile(db, 'utf8')) as { nodes?: unknown[] };
    return (snap.nodes ?? []).map((n) => JSON.stringify(n));
  } catch { return []; }
}

export async function writeCases(dir: string): Promise<Row[]> {
  const rows: Row[] = [];

  rows.push(await runCase(SECTION, 'two `ingest --db X` at once (2 × 500 articles)', 'file holds every article reported new', 90_000, async (scope) => {
    const a = join(dir, 'race-a.jsonl'), b = join(dir, 'race-b.jsonl'), db = join(dir, 'race.json');
    await writeFile(a, jsonlArticles('a', 500));
    await writeFile(b, jsonlArticles('b', 500));
    const [ra, rb] = await Promise.all([cli(['ingest', a, '--db', db, '--quiet'], 80_000, scope), cli(['ingest', b, '--db', db, '--quiet'], 80_000, scope)]);
    const inFile = await articlesInStore(db);
    const reported = claimed(ra) + claimed(rb);
    const failed = [ra, rb].filter((r) => r.code !== 0).map((r) => firstLine(r.stderr)).join('; ');
    return {
      figure: `${exitText(ra)} / ${exitText(rb)}; ${inFile} in file, ${reported} reported new${failed ? ` (${failed})` : ''}`,
      pass: !ra.timedOut && !rb.timedOut && reported > 0 && inFile === reported,
    };
  }));

  rows.push(await runCase(SECTION, 'CLI ingest beside `serve --allow-writes`, then an HTTP write', 'no article lost', 90_000, async (scope) => {
    const db = join(dir, 'beside.json'), more = join(dir, 'beside.jsonl');
    const seeded = await cli(['ingest', SEEDS, '--db', db, '--quiet'], 40_000, scope);
    if (seeded.code !== 0) return { figure: `could not seed: ${firstLine(seeded.stderr)}`, pass: false };
    await writeFile(more, jsonlArticles('c', 200));
    const server = await startServe(['--db', db, '--allow-writes'], { scope });
    const ingest = await cli(['ingest', more, '--db', db, '--quiet'], 60_000, scope);
    const write = await postQuery(server.url, "CREATE (:Company {id: 'company:hostile-probe', name: 'Hostile probe'})", { timeoutMs: 10_000 });
    await server.stop();
    const inFile = await articlesInStore(db);
    const expected = 5 + claimed(ingest);
    return {
      figure: `ingest ${exitText(ingest)}${ingest.code ? ` (${firstLine(ingest.stderr)})` : ''}, HTTP write ${write.status}; ${inFile} of ${expected} articles in file`,
      pass: !ingest.timedOut && write.status === 200 && inFile === expected,
    };
  }));

  rows.push(await runCase(SECTION, 'Bolt commits and rollbacks at once (3 rounds × 6 sessions × 10 tx)', 'no rolled-back node in the file, ever', 90_000, async (scope) => {
    const db = join(dir, 'rollback.json');
    const server = await startServe(['--db', db, '--bolt', '0'], { scope });
    const driver = neo4j.driver(server.bolt!, neo4j.auth.basic('neo4j', 'x'), { maxConnectionPoolSize: 12, connectionTimeout: 5000 });
    scope.defer(() => driver.close());
    let leaky = 0, seen = 0, watching = true;
    // a save made while a transaction is open must not hold its writes: the file is read all along
    const watcher = (async () => {
      while (watching) {
        seen = Math.max(seen, (await nodeTexts(db)).filter((n) => n.includes('Dropped')).length);
        await sleep(5);
      }
    })();
    scope.defer(() => { watching = false; });
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 6 }, async (_x, w) => {
        const session = driver.session();
        try {
          for (let i = 0; i < 10; i++) {
            const tx = session.beginTransaction();
            if ((w + i) % 2 === 0) {
              await tx.run('CREATE (:Dropped {round: $round, w: $w, i: $i})', { round, w, i });
              await sleep(Math.random() * 10);
              await tx.rollback();
            } else {
              await tx.run('CREATE (:Kept {round: $round, w: $w, i: $i})', { round, w, i });
              await sleep(Math.random() * 5);
              await tx.commit();
            }
          }
        } finally { await session.close(); }
      }));
      await sleep(300); // the save that follows the last commit
      if ((await nodeTexts(db)).some((n) => n.includes('Dropped'))) leaky++;
    }
    watching = false;
    await watcher;
    await driver.close();
    await server.stop();
    const nodes = await nodeTexts(db);
    const atExit = nodes.filter((n) => n.includes('Dropped')).length;
    const kept = nodes.filter((n) => n.includes('Kept')).length;
    return {
      figure: `rolled-back nodes in the file: up to ${seen} while running, after ${leaky}/3 rounds, ${atExit} at exit; ${kept}/90 committed saved`,
      pass: seen === 0 && leaky === 0 && atExit === 0 && kept === 90,
    };
  }));

  rows.push(await runCase(SECTION, 'temporary file of an interrupted save', '0 left after the next write', 60_000, async (scope) => {
    const db = join(dir, 'orphans.json'), one = join(dir, 'orphans-1.jsonl'), two = join(dir, 'orphans-2.jsonl');
    await writeFile(one, jsonlArticles('o', 1));
    await writeFile(two, jsonlArticles('p', 1));
    const first = await cli(['ingest', one, '--db', db, '--quiet'], 30_000, scope);
    if (first.code !== 0) return { figure: `could not create the store: ${firstLine(first.stderr)}`, pass: false };
    // the temporary file a writer killed before its rename leaves: named for a pid that no longer runs
    const dead = track(spawn(process.execPath, ['-e', '']));
    await new Promise((r) => dead.once('exit', r));
    await writeFile(join(dir, `.orphans.json.${dead.pid}.kx9a.tmp`), '{"partial":');
    const second = await cli(['ingest', two, '--db', db, '--quiet'], 30_000, scope);
    const left = (await readdir(dir)).filter((f) => f.startsWith('.orphans.json.') && f.endsWith('.tmp'));
    return { figure: `${left.length} left (next ingest ${exitText(second)})`, pass: left.length === 0 && second.code === 0 };
  }));
  return rows;
}
