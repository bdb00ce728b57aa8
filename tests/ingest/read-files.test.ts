/** Reading files and folders: order, formats, broken inputs, and the real seeds/ folder. */
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAll, readArticles } from '../../src/ingest/read/index.ts';

const FIXTURES = 'tests/fixtures/read';

describe('a folder of fixtures', () => {
  it('reads every supported format, recursively, in sorted order, skipping hidden and unknown files', async () => {
    const { articles, issues, files } = await readAll([`${FIXTURES}/folder`]);
    expect(articles.map((a) => a.origin)).toEqual([
      `${FIXTURES}/folder/articles.jsonl:1`,
      `${FIXTURES}/folder/articles.jsonl:4`,
      `${FIXTURES}/folder/en-article.txt`,
      `${FIXTURES}/folder/fr-article.md`,
      `${FIXTURES}/folder/nested/page.html`,
    ]);
    expect(files).toBe(4); // notes.pdf and the hidden files are not looked at
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual([
      `${FIXTURES}/folder/articles.jsonl:2`,
      `${FIXTURES}/folder/articles.jsonl:5`,
      `${FIXTURES}/folder/articles.jsonl:6`,
    ]);
    expect(articles.some((a) => a.text.includes('hidden'))).toBe(false);
  });

  it('gets titles, dates, urls, languages and sources right', async () => {
    const { articles } = await readAll([`${FIXTURES}/folder`]);
    const byFile = Object.fromEntries(articles.map((a) => [a.origin!.replace(/^.*\//, ''), a]));
    expect(byFile['en-article.txt']).toMatchObject({ title: 'Northwind Robotics opens a plant in Ohio', lang: 'en' });
    expect(byFile['en-article.txt']!.text).toContain('creating 1,200 jobs');
    expect(byFile['fr-article.md']).toMatchObject({
      title: "Helvetia Énergie investit 800 millions d'euros à Lyon",
      date: '2025-12-10T13:57:52Z',
      url: 'https://www.exemple-presse.fr/economie/helvetia-lyon',
      source: 'exemple-presse.fr',
      lang: 'fr',
    });
    expect(byFile['fr-article.md']!.text).toContain("Le groupe Helvetia Énergie investira 800 millions d'euros d'ici 2030.\nPrès de 500 emplois");
    expect(byFile['fr-article.md']!.text).toContain('Selon le communiqué, le site sera construit dans la zone');
    expect(byFile['page.html']).toMatchObject({
      title: 'Orbital Foods & Partners expand to Kenya',
      date: '2024-05-13T06:30:00Z',
      url: 'https://news.example.com/2024/orbital-foods-kenya',
      source: 'The Daily Example',
      lang: 'en',
    });
    const html = byFile['page.html']!.text;
    expect(html).toBe([
      'Orbital Foods said on Monday it would invest $40 million in Nairobi.',
      'The company has been working with local farmers since 2019. It plans to hire 300 people.',
      'First point of the story\nSecond point',
    ].join('\n\n'));
    expect(byFile['articles.jsonl:1']).toMatchObject({ title: 'Premier article', lang: 'fr', date: '2024-03-01', source: 'lesoir.example' });
    expect(byFile['articles.jsonl:4']).toMatchObject({ title: 'Second article', lang: 'en', source: 'Example Wire' });
  });

  it('gives the same id to the same article in .txt and .md with different whitespace', async () => {
    const { articles } = await readAll([`${FIXTURES}/same/article.txt`, `${FIXTURES}/same/article.md`]);
    expect(articles).toHaveLength(2);
    expect(articles[0]!.id).toMatch(/^article:[0-9a-f]{16}$/);
    expect(articles[1]!.id).toBe(articles[0]!.id);
    // and re-reading gives the same ids again
    const again = await readAll([`${FIXTURES}/same`]);
    expect(new Set(again.articles.map((a) => a.id))).toEqual(new Set([articles[0]!.id]));
  });

  it('reads a hidden file or a file twice only when asked, and once', async () => {
    const { articles } = await readAll([`${FIXTURES}/folder/.dotfile.txt`, `${FIXTURES}/folder/.dotfile.txt`]);
    expect(articles.map((a) => a.title)).toEqual(['Hidden file title']);
  });

  it('reports malformed front matter and an explicitly named unknown file type', async () => {
    const { articles, issues } = await readAll([`${FIXTURES}/broken/bad-front-matter.md`, `${FIXTURES}/folder/notes.pdf`]);
    expect(articles).toEqual([]);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ file: `${FIXTURES}/broken/bad-front-matter.md` });
    expect(issues[0]!.message).toMatch(/malformed YAML front matter/);
    expect(issues[1]!.message).toMatch(/unsupported file type "\.pdf"/);
  });
});

describe('broken files never stop a run', () => {
  let dir: string;
  const isRoot = process.getuid?.() === 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
    await writeFile(join(dir, 'a-good.txt'), 'Good title\n\nGood text, that is read whatever else is broken.\n');
    await writeFile(join(dir, 'b-empty.txt'), '');
    await writeFile(join(dir, 'c-blank.md'), ' \n\n \t\n');
    await writeFile(join(dir, 'd-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    await writeFile(join(dir, 'e-big.txt'), `Big title\n\n${'word '.repeat(400)}`);
    await writeFile(join(dir, 'f-latin1.txt'), Buffer.from('Titre accentué\n\nLe texte écrit en Latin-1 est lu quand même, très bien.\n', 'latin1'));
    await writeFile(join(dir, 'g-locked.txt'), 'Locked\n\nNobody may read this.\n');
    await chmod(join(dir, 'g-locked.txt'), 0o000);
    await symlink(join(dir, 'does-not-exist.txt'), join(dir, 'h-dangling.txt'));
    await mkdir(join(dir, 'i-folder.md')); // a folder with a file extension is walked, not read
    await writeFile(join(dir, 'z-last.jsonl'), '{"title":"Last","text":"The last file is read too, in order."}\n{bad json\n');
  });

  afterAll(async () => {
    await chmod(join(dir, 'g-locked.txt'), 0o644).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  });

  it('gives one clear issue per bad file and reads the others', async () => {
    const { articles, issues, files } = await readAll([dir], { maxBytes: 1000 });
    const issueOf = (name: string) => issues.filter((i) => i.file === join(dir, name)).map((i) => i.message);
    expect(articles.map((a) => a.title)).toEqual(
      isRoot ? ['Good title', 'Titre accentué', 'Locked', 'Last'] : ['Good title', 'Titre accentué', 'Last'],
    );
    expect(issueOf('b-empty.txt')).toEqual(['empty file']);
    expect(issueOf('c-blank.md')).toEqual(['empty file (only whitespace)']);
    expect(issueOf('d-binary.txt')).toEqual(['binary file (contains NUL bytes), not text']);
    expect(issueOf('e-big.txt')).toEqual(['file too large (0.002 MB, limit 0.001 MB)']);
    expect(issueOf('h-dangling.txt')).toEqual(['not found (no such file or folder, or a broken link)']);
    // chmod 000 does not stop root from reading: the permission case can only be checked as another user.
    if (!isRoot) expect(issueOf('g-locked.txt')).toEqual(['unreadable: permission denied']);
    expect(issues.find((i) => i.file === join(dir, 'z-last.jsonl'))).toMatchObject({ line: 2 });
    expect(files).toBe(9); // i-folder.md is an empty folder: nothing to look at
  });

  it('reports a missing path given on the command line and goes on', async () => {
    const events = [];
    for await (const event of readArticles([join(dir, 'missing-folder'), join(dir, 'a-good.txt')])) events.push(event);
    expect(events).toHaveLength(2);
    expect(events[0]!.issue?.message).toMatch(/^not found/);
    expect(events[1]!.article?.title).toBe('Good title');
  });

  it('reads UTF-16 and UTF-8 with a byte order mark', async () => {
    const utf16 = join(dir, 'utf16.txt');
    const bom = join(dir, 'bom.md');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titre UTF-16\r\n\r\nLe texte est en français, avec des accents.', 'utf16le')]));
    await writeFile(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: Avec BOM\n---\nLe texte est là.')]));
    const { articles, issues } = await readAll([utf16, bom]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ['Titre UTF-16', 'Le texte est en français, avec des accents.'],
      ['Avec BOM', 'Le texte est là.'],
    ]);
  });

  it('reads Latin-1 text as such', async () => {
    const { articles } = await readAll([join(dir, 'f-latin1.txt')]);
    expect(articles[0]!.text).toContain('écrit en Latin-1');
    expect(articles[0]!.lang).toBe('fr');
  });
});

describe('.jsonl files are streamed', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-jsonl-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a corpus larger than the size limit; the limit applies to each line', async () => {
    const file = join(dir, 'corpus.jsonl');
    const line = (i: number) => JSON.stringify({ title: `Article ${i}`, text: `Company ${i} said it would invest in the region, the company said.` });
    const lines = Array.from({ length: 300 }, (_, i) => line(i));
    lines[150] = JSON.stringify({ title: 'Huge', text: 'x '.repeat(1000) });
    await writeFile(file, `${lines.join('\n')}\n`);
    const { articles, issues } = await readAll([file], { maxBytes: 500 });
    expect(articles).toHaveLength(299);
    expect(articles[0]!.title).toBe('Article 0');
    expect(articles[298]!.origin).toBe(`${file}:300`);
    expect(issues).toEqual([{ file, line: 151, message: 'line too large (more than 500 bytes)' }]);
  });

  it('reports a binary .jsonl once, reads Latin-1 lines, reports blank files', async () => {
    const binary = join(dir, 'binary.jsonl');
    const latin = join(dir, 'latin.jsonl');
    const blank = join(dir, 'blank.jsonl');
    const crlf = join(dir, 'crlf.jsonl');
    await writeFile(binary, Buffer.from([0x7b, 0x00, 0x01, 0x0a, 0x7b, 0x00, 0x0a]));
    await writeFile(latin, Buffer.from('{"title":"Élysée","text":"Le président a annoncé un investissement très important."}\n', 'latin1'));
    await writeFile(blank, '\n  \n');
    await writeFile(crlf, '{"title":"A","text":"First line of text here."}\r\n{"title":"B","text":"Second line of text here."}\r\n');
    const { articles, issues } = await readAll([binary, latin, blank, crlf]);
    expect(issues).toEqual([
      { file: binary, message: 'binary file (contains NUL bytes), not text' },
      { file: blank, message: 'empty file (only whitespace)' },
    ]);
    expect(articles.map((a) => a.title)).toEqual(['Élysée', 'A', 'B']);
    expect(articles[0]!.lang).toBe('fr');
  });
});

describe('the seeds/ folder', () => {
  it('reads the five seed articles with the right titles', async () => {
    const { articles, issues, files } = await readAll(['seeds']);
    expect(issues).toEqual([]);
    expect(files).toBe(5);
    expect(articles.map((a) => a.title)).toEqual([
      'AMAZON INVESTIT 5 MILLIARDS DE DOLLARS EN CORÉE DU SUD POUR DÉVELOPPER SES DATA CENTERS IA',
      'Amazon investit 1,3 milliard de dollars en France et crée 3 000 emplois',
      'Microsoft et Amazon investissent des milliards d’euros en France',
      "Amazon investit 35 milliards USD dans l'IA en Inde",
      "Amazon parie gros sur l'IA en France avec un investissement de 1,2 milliard d'euros",
    ]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(5);
    expect(articles.every((a) => a.lang === 'fr')).toBe(true);
  });

  it("takes 003's front matter fields and keeps it out of the text", async () => {
    const { articles } = await readAll(['seeds']);
    const a = articles[3]!;
    expect(a.date).toBe('2025-12-10T13:57:52Z');
    expect(a.url).toBe('https://www.techradar.com/pro/amazon-and-to-commit-usd35bn-into-ai-in-india');
    expect(a.source).toBe('techradar.com');
    for (const junk of ['---', 'seoTitle', 'cuid', 'datePublished', '# ', '**']) expect(a.text).not.toContain(junk);
    expect(a.text.startsWith('TL;DR\n\nAmazon investira 35 milliards de dollars en Inde d\'ici 2030.\nPriorité')).toBe(true);
  });
});
