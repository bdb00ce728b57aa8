/**
 * Bad input never loses good input: a .jsonl line that is not text (NUL bytes), is not JSON or has no
 * text is reported with its line number and the other lines are read; HTML nested 100,000 deep is
 * read (flattened past the depth cap, its text kept) instead of overflowing the stack.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { DomUtils } from 'htmlparser2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAll, parseArticleHtml } from '../../src/ingest/read/index.ts';
import { parseHtmlCapped } from '../../src/ingest/read/html-parse.ts';
import { READ_DEFAULTS } from '../../src/ingest/read/defaults.ts';

const line = (i: number) => JSON.stringify({ title: `Article ${i}`, text: `Acme${i} Systems will invest $2 billion in France by 2030.` });

describe('.jsonl lines that are not articles', () => {
  it('are reported with file and line; the valid lines of the file are read', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-hostile-')), 'mixed.jsonl');
    const bytes = Buffer.concat([
      Buffer.from(`${line(1)}\n`),
      Buffer.from('{"title": "nul", "text": "a\u0000\u0000b"}\n', 'latin1'),
      Buffer.from(`${line(3)}\n{not json\n{"title": "no text"}\n${line(6)}\n`),
    ]);
    expect(bytes.includes(0)).toBe(true);
    await writeFile(file, bytes);
    const { articles, issues } = await readAll([file]);
    expect(articles.map((a) => a.title)).toEqual(['Article 1', 'Article 3', 'Article 6']);
    expect(issues.map((i) => [i.file, i.line, i.message.split(':')[0]])).toEqual([
      [file, 2, 'line is not text'],
      [file, 4, 'malformed JSON'],
      [file, 5, 'missing "text"'],
    ]);
    expect(issues[0]!.message).toContain('NUL');
  });

  it('a first line of NUL bytes does not make the file binary when text lines follow', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-hostile-')), 'first.jsonl');
    await writeFile(file, Buffer.concat([Buffer.from([0x7b, 0x00, 0x00, 0x7d, 0x0a]), Buffer.from(`${line(2)}\n${line(3)}\n`)]));
    const { articles, issues } = await readAll([file]);
    expect(articles).toHaveLength(2);
    expect(issues).toEqual([{ file, line: 1, message: 'line is not text: binary data (contains NUL bytes)' }]);
  });
});

describe('deeply nested HTML', () => {
  const deep = (n: number, open: string, close: string, inner: string) => open.repeat(n) + inner + close.repeat(n);

  it('100,000 nested <div> are read, with the text inside and after them', () => {
    const html = `<html><head><title>Deep page</title></head><body><p>Acme Systems will invest $2 billion in France.</p>${deep(100_000, '<div>', '</div>', 'The innermost sentence.')}<p>After the nest.</p></body></html>`;
    const { articles, issues } = parseArticleHtml(html, 'deep.html');
    expect(issues).toEqual([]);
    expect(articles[0]!.text.split('\n\n')).toEqual(['Acme Systems will invest $2 billion in France.', 'The innermost sentence.', 'After the nest.']);
  });

  it('unclosed nesting of every kind stays under the depth cap', () => {
    for (const [open, close] of [['<li><p>', ''], ['<span><b><i>', ''], ['<div class="x">', '</div>'], ['<table><tr><td>', '']]) {
      const doc = parseHtmlCapped(`<body>${deep(30_000, open!, close!, 'text')}</body>`);
      let depth = 0;
      let node: { children?: unknown[] } | undefined = doc;
      while (node?.children?.length) { node = node.children.find((c) => (c as { children?: unknown[] }).children) as typeof node; if (node) depth++; }
      expect(depth, open).toBeLessThanOrEqual(READ_DEFAULTS.maxHtmlDepth);
      expect(depth, open).toBeGreaterThan(100);
    }
  });

  it('end tags of dropped elements do not close the elements kept above them', () => {
    const html = `<body><article>${'<div>'.repeat(300)}Deep.${'</div>'.repeat(299)}<p id="in">In the outermost div.</p></div><p id="out">Outside.</p></article></body>`;
    const doc = parseHtmlCapped(html);
    const parentOf = (id: string) => (DomUtils.findOne((el) => el.attribs.id === id, doc.children)?.parent as { name?: string } | null)?.name;
    expect(parentOf('in')).toBe('div');
    expect(parentOf('out')).toBe('article');
    const article = parseArticleHtml(html, 'x.html').articles[0]!;
    expect([article.title, article.text]).toEqual(['Deep.', 'In the outermost div.\n\nOutside.']);
  });
});
