import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';
import type { ArticleExplanation } from '../../src/extract/explain/index.ts';

// an article of our own: a company named in full and by its initials, a person with a role, two
// statements of one investment (the one without an amount is dropped, with its reason)
const TEXT = `Kestrel Dynamics to build a plant in Kenya

Kestrel Dynamics will invest $2 billion in Kenya, its chief executive Maria Lindqvist said on Monday. The plant of K.D. will open in 2027.
`;
let file: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-explain-'));
  file = join(dir, 'kestrel.txt');
  await writeFile(file, TEXT);
});

describe('newsgraph explain', () => {
  it('prints each sentence with its mentions (type, cue, confidence), relations (rule, confidence) and rejections', async () => {
    const r = await cli(['explain', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[1] Kestrel Dynamics will invest $2 billion in Kenya');
    expect(r.stdout).toMatch(/• "Maria Lindqvist"\s+Person\s+\[given name, 0\.\d\d\]\s+= person:maria-lindqvist/);
    expect(r.stdout).toMatch(/• "Kenya"\s+Country\s+\[known place or institution, 0\.\d\d\]/);
    expect(r.stdout).toMatch(/→ Kestrel Dynamics -INVESTS_IN-> Kenya\s+\[rule invests[\w-]*, 0\.\d\d\]\s+\{amount: 2000000000, currency: USD/);
    expect(r.stdout).toMatch(/✗ Kestrel Dynamics -INVESTS_IN-> Kenya .*\(an investment without amount/);
    expect(r.stdout).toMatch(/rejected:\n\s+✗ relation "Kestrel Dynamics -INVESTS_IN-> Kenya": an investment without amount.*\[rule resolve\]/);
  }, 30_000);

  it('--json gives the same explanation as data', async () => {
    const r = await cli(['explain', file, '--json']);
    expect(r.code).toBe(0);
    const [x] = JSON.parse(r.stdout) as ArticleExplanation[];
    expect(x!.article.file).toBe(file);
    const body = x!.sentences[1]!;
    expect(body.mentions.map((m) => [m.text, m.type])).toEqual(expect.arrayContaining([['Kestrel Dynamics', 'Company'], ['Maria Lindqvist', 'Person'], ['Kenya', 'Country']]));
    for (const m of body.mentions) expect(m.cue && m.confidence > 0 && m.entity).toBeTruthy();
    const invest = body.relations.find((e) => e.type === 'INVESTS_IN')!;
    expect(invest).toMatchObject({ source: 'Kestrel Dynamics', target: 'Kenya', kept: true, properties: { amount: 2e9, currency: 'USD' } });
    expect(invest.rule).toMatch(/^invests/);
    const title = x!.sentences[0]!;
    expect(title.rejected).toContainEqual(expect.objectContaining({ stage: 'relation', rule: 'resolve' }));
    expect(x!.counts.rejected).toBeGreaterThan(0);
  }, 30_000);

  it('has --help and names a missing file', async () => {
    const help = await cli(['explain', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: newsgraph explain FILE');
    expect((await cli(['explain'])).code).toBe(2);
    const missing = await cli(['explain', join(tmpdir(), 'no-such-article.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-article.txt');
  }, 30_000);
});
