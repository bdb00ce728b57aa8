/**
 * A rolled-back transaction never reaches the store's file: the real `newsgraph serve --bolt` on a
 * fresh store, concurrent sessions committing and rolling back through the real neo4j-driver, the
 * file read continuously while they run and after the server stops. (A save used to copy the live
 * graph while another transaction's writes were applied and not yet undone.)
 */
import { describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { BIN, ROOT } from '../helpers/cli.ts';

function serveBolt(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--bolt', '0', '--db', db], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const m = /Bolt on (bolt:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, stop: () => new Promise((r) => { child.once('close', () => r()); child.kill('SIGTERM'); }) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('close', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const labelsIn = async (db: string, label: string): Promise<number> => {
  const text = await savedText(db);
  return text.split(`"${label}"`).length - 1;
};

/** Whether the store's files (snapshot, batch log) hold the label at all, read as raw bytes: cheap enough to poll. */
const rawMentions = async (db: string, label: string): Promise<number> => {
  const files = await Promise.all([readFile(db).catch(() => Buffer.alloc(0)), readFile(`${db}.wal`).catch(() => Buffer.alloc(0))]);
  return files.some((b) => b.includes(label)) ? 1 : 0;
};

async function oneRun(db: string, workers: number, rounds: number): Promise<{ seenDuring: number; atExit: number; kept: number }> {
  const server = await serveBolt(db);
  const driver = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'x'), { disableLosslessIntegers: true });
  let seenDuring = 0, running = true;
  const watch = (async () => { while (running) { seenDuring = Math.max(seenDuring, await rawMentions(db, 'Dropped')); await sleep(3); } })();
  try {
    await Promise.all(Array.from({ length: workers }, async (_x, w) => {
      const session = driver.session();
      try {
        for (let i = 0; i < rounds; i++) {
          const tx = session.beginTransaction();
          const drop = (w + i) % 2 === 0;
          await tx.run(drop ? 'CREATE (:Dropped {w: $w, i: $i})' : 'CREATE (:Kept {w: $w, i: $i})', { w, i });
          await sleep(Math.random() * 8);
          if (drop) await tx.rollback(); else await tx.commit();
          if (i % 3 === 0) await session.run('CREATE (:Kept {auto: true})'); // auto-commit writes save at once
        }
      } finally { await session.close(); }
    }));
  } finally {
    await driver.close();
    running = false;
    await watch;
    await server.stop();
  }
  return { seenDuring, atExit: await labelsIn(db, 'Dropped'), kept: await labelsIn(db, 'Kept') };
}

describe('rolled-back Bolt transactions and the store file', () => {
  it('never reach the file, over many runs of concurrent commits and rollbacks', async () => {
    const workers = 5, rounds = 12, runs = 4;
    const expectedKept = workers * (rounds / 2) + workers * Math.ceil(rounds / 3);
    for (let run = 0; run < runs; run++) {
      const db = join(await mkdtemp(join(tmpdir(), 'newsgraph-rollback-')), 'graph.json');
      const r = await oneRun(db, workers, rounds);
      expect({ run, ...r }).toEqual({ run, seenDuring: 0, atExit: 0, kept: expectedKept });
    }
  }, 120_000);
});
