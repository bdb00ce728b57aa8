import { describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore } from '../../src/store/memory/index.ts';

const tmp = () => mkdtemp(join(tmpdir(), 'newsgraph-types-'));

const SET = `CREATE (n:Article {id: 'a1', d: date('2024-03-05'), f: 1.0, g: 2.5, big: 9007199254740993, small: 7,
  ds: [date('2024-01-01'), date('2025-06-30')], fs: [1.0, 2.0], t: datetime('2024-03-05T10:15:30+01:00[Europe/Paris]'),
  lt: localtime('12:00'), dur: duration('P1Y2M3DT4H'), s: '2024-03-05'})-[:R {since: date('2020-01-01'), w: 3.0}]->(:Country {id: 'c'})`;
const READ = `MATCH (n:Article)-[r:R]->() RETURN n.d.year AS year, toString(n.f) AS f, n.g AS g, n.big + 1 AS big, n.small AS small,
  [x IN n.ds | x.month] AS months, [x IN n.fs | toString(x)] AS fs, n.t.timezone AS zone, n.lt.hour AS hour,
  n.dur.months AS durMonths, n.s AS s, r.since.year AS since, toString(r.w) AS w`;

describe('the store file keeps exact property types', () => {
  it('floats, big integers and temporal values come back as the same Cypher types after a reload', async () => {
    const file = join(await tmp(), 'graph.json');
    const store = await openMemoryStore({ file });
    await store.query(SET);
    const before = await store.query(READ);
    await store.close();

    const again = await openMemoryStore({ file });
    const after = await again.query(READ);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows[0]).toEqual([2024, '1.0', 2.5, '9007199254740994', 7, [1, 6], ['1.0', '2.0'], 'Europe/Paris', 12, 14, '2024-03-05', 2020, '3.0']);
    // the table lives in the file only, not in the graph or its exports
    expect(again.graph.hasAttribute('propertyTypes')).toBe(false);
    expect((await again.snapshot()).attributes.propertyTypes).toBeUndefined();
    const raw = await savedSnapshot(file);
    expect(raw.attributes.propertyTypes).toBeDefined();
  });

  it('a file without the table loads as before, and plain strings stay strings', async () => {
    const file = join(await tmp(), 'graph.json');
    const store = await openMemoryStore({ file });
    await store.query("CREATE (:Article {id: 'x', date: '2024-01-01', n: 3})");
    await store.close();
    const raw = await savedSnapshot(file);
    expect(raw.attributes.propertyTypes).toBeUndefined();
    const again = await openMemoryStore({ file });
    expect((await again.query('MATCH (a:Article) RETURN a.date AS d, a.n AS n')).rows).toEqual([['2024-01-01', 3]]);
  });
});
