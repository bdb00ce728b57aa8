/** The pure per-format parsers, on strings (no I/O). */
import { describe, expect, it } from 'vitest';
import { parseArticleHtml, parseArticleJsonl, parseArticleMarkdown, parseArticleText } from '../../src/ingest/read/index.ts';

describe('.txt', () => {
  it('takes the first non-empty line as title and the rest as text', () => {
    const { articles, issues } = parseArticleText('\n\n  Le titre  \n\nPremier paragraphe.\r\nSuite.\n\n\n\nDeuxième paragraphe.\n', 'a.txt');
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a!.title).toBe('Le titre');
    expect(a!.text).toBe('Premier paragraphe.\nSuite.\n\nDeuxième paragraphe.');
    expect(a!.origin).toBe('a.txt');
    expect(a!.date).toBeUndefined();
  });

  it('reads front matter at the top of a .txt like Markdown', () => {
    const { articles } = parseArticleText('---\ntitle: "Vrai titre"\ndate: 2024-01-02\n---\n\nLe texte de l’article est ici, et il est en français.\n', 'b.txt');
    expect(articles[0]!.title).toBe('Vrai titre');
    expect(articles[0]!.date).toBe('2024-01-02');
    expect(articles[0]!.text).not.toContain('---');
    expect(articles[0]!.lang).toBe('fr');
  });

  it('keeps a first line that is a whole paragraph as text, titled by its first sentence', () => {
    const paragraph = `Northwind said on Monday it would build a plant. ${'The plant will employ many people in the region for years. '.repeat(6).trim()}`;
    const { articles } = parseArticleText(`${paragraph}\n\nSecond paragraph.`, 'p.txt');
    expect(articles[0]!.title).toBe('Northwind said on Monday it would build a plant.');
    expect(articles[0]!.text).toBe(`${paragraph}\n\nSecond paragraph.`);
    const long = `${'word '.repeat(80)}end.`;
    expect(parseArticleText(`${long}\n\nMore.`, 'q.txt').articles[0]!.title).toMatch(/^(word ){30,}word…$/);
  });

  it('drops a first paragraph that repeats the title', () => {
    const { articles } = parseArticleText('Same title\n\nSame title\n\nBody text.', 'c.txt');
    expect(articles[0]!.text).toBe('Body text.');
  });

  it('reports a file with a title and no text', () => {
    const { articles, issues } = parseArticleText('Only a title\n', 'd.txt');
    expect(articles).toEqual([]);
    expect(issues).toEqual([{ file: 'd.txt', message: 'no article text found (only a title)' }]);
  });
});

describe('.md', () => {
  const md = [
    '---',
    'title: "Helvetia investit à Lyon"',
    'datePublished: Wed Dec 10 2025 13:57:52 GMT+0000 (Coordinated Universal Time)',
    'canonical: https://www.exemple-presse.fr/eco/a',
    '---',
    '',
    '# Helvetia investit à Lyon',
    '',
    '## En bref',
    '',
    '- Le groupe **Helvetia** investira 800 millions d’euros.',
    '* Près de 500 emplois, selon [le communiqué](https://example.org/c_(1)).',
    '',
    'Un paragraphe *important*',
    'sur deux lignes, avec `code` et ![image](x.png) une image.',
    '',
    '> Une citation.',
    '',
    '---',
    '',
    'snake_case_name reste intact.',
  ].join('\n');

  it('takes front matter fields and maps datePublished / canonical', () => {
    const { articles, issues } = parseArticleMarkdown(md, 'x.md');
    expect(issues).toEqual([]);
    const a = articles[0]!;
    expect(a.title).toBe('Helvetia investit à Lyon');
    expect(a.date).toBe('2025-12-10T13:57:52Z');
    expect(a.url).toBe('https://www.exemple-presse.fr/eco/a');
    expect(a.source).toBe('exemple-presse.fr');
    expect(a.lang).toBe('fr');
  });

  it('strips markup lightly, keeping bullets as lines', () => {
    const a = parseArticleMarkdown(md, 'x.md').articles[0]!;
    expect(a.text).toBe([
      'En bref',
      '',
      'Le groupe Helvetia investira 800 millions d’euros.',
      'Près de 500 emplois, selon le communiqué.',
      '',
      'Un paragraphe important sur deux lignes, avec code et une image.',
      '',
      'Une citation.',
      '',
      'snake_case_name reste intact.',
    ].join('\n'));
  });

  it('falls back to the first # heading for the title', () => {
    const a = parseArticleMarkdown('Intro line? no.\n\n# The Heading\n\nBody of the story goes here.', 'h.md').articles[0]!;
    expect(a.title).toBe('The Heading');
    const b = parseArticleMarkdown('# Heading first\n\nBody of the story goes here.', 'h.md').articles[0]!;
    expect(b.title).toBe('Heading first');
    expect(b.text).toBe('Body of the story goes here.');
  });

  it('reads setext headings, code fences and tables', () => {
    const a = parseArticleMarkdown('Big Title\n=========\n\nSub\n---\n\n```\ncode line\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', 's.md').articles[0]!;
    expect(a.title).toBe('Big Title');
    expect(a.text).toBe('Sub\n\ncode line\n\na | b\n1 | 2');
  });

  it('reports malformed front matter with its line, and reads nothing from that file', () => {
    const bad = parseArticleMarkdown('---\ntitle: [oops\ndate: 2024-01-01\n---\nBody.', 'bad.md');
    expect(bad.articles).toEqual([]);
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0]!.file).toBe('bad.md');
    expect(bad.issues[0]!.message).toMatch(/^malformed YAML front matter/);
    expect(bad.issues[0]!.line).toBeGreaterThanOrEqual(2);
    const unclosed = parseArticleMarkdown('---\ntitle: x\n\nBody.', 'u.md');
    expect(unclosed.issues[0]!.message).toMatch(/no closing/);
    const scalar = parseArticleMarkdown('---\njust a string\n---\nBody.', 's.md');
    expect(scalar.issues[0]!.message).toMatch(/expected a YAML mapping/);
  });
});

describe('.html', () => {
  const html = `<!doctype html><html lang="fr-FR"><head>
    <title>Titre de la page | Le Journal</title>
    <meta name="date" content="2024-06-01">
    <meta property="og:url" content="https://www.journal.example/a">
    <script>var x = "script text";</script><style>p{}</style></head>
    <body><nav>Accueil Monde</nav><header>Bandeau</header>
    <main><h1>Titre de la page</h1><p>Le premier paragraphe dit que l&rsquo;entreprise investit &lt;beaucoup&gt; &amp; vite.</p>
    <div>Deuxième<br>ligne</div><figure><figcaption>Légende photo</figcaption></figure>
    <p hidden>caché</p><p aria-hidden="true">caché aussi</p></main>
    <aside>À lire aussi</aside><footer>Mentions légales</footer></body></html>`;

  it('takes title, date, url, lang, source from the head', () => {
    const a = parseArticleHtml(html, 'p.html').articles[0]!;
    expect(a.title).toBe('Titre de la page | Le Journal');
    expect(a.date).toBe('2024-06-01');
    expect(a.url).toBe('https://www.journal.example/a');
    expect(a.source).toBe('journal.example');
    expect(a.lang).toBe('fr');
  });

  it('keeps the body text and leaves out menus, scripts and captions', () => {
    const a = parseArticleHtml(html, 'p.html').articles[0]!;
    expect(a.text).toBe('Titre de la page\n\nLe premier paragraphe dit que l’entreprise investit <beaucoup> & vite.\n\nDeuxième\nligne');
    for (const junk of ['script text', 'Accueil', 'Bandeau', 'Légende', 'caché', 'À lire', 'Mentions', 'p{}']) expect(a.text).not.toContain(junk);
  });

  it('prefers og:title, the published time and the <article>', () => {
    const a = parseArticleHtml(`<html><head><meta property="og:title" content="OG title">
      <meta property="article:published_time" content="2024-05-13T08:30:00+02:00"><meta property="og:site_name" content="Daily">
      <link rel="canonical" href="https://x.example/c"></head><body><div>Sidebar junk that is long long long long long long</div>
      <article><p>Story paragraph one, which is the text of the story.</p><p>Two.</p></article></body></html>`, 'q.htm').articles[0]!;
    expect(a.title).toBe('OG title');
    expect(a.date).toBe('2024-05-13T06:30:00Z');
    expect(a.url).toBe('https://x.example/c');
    expect(a.source).toBe('Daily');
    expect(a.text).toBe('Story paragraph one, which is the text of the story.\n\nTwo.');
    expect(a.lang).toBe('en');
  });

  it('uses <time datetime> and JSON-LD when the meta tags are missing', () => {
    const a = parseArticleHtml(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","publisher":{"name":"LD Press"}}</script></head>
      <body><article><time datetime="2023-02-03">3 Feb</time><p>Body of the story that was published.</p></article></body></html>`, 'r.html').articles[0]!;
    expect(a.title).toBe('LD headline');
    expect(a.date).toBe('2023-02-03');
    expect(a.source).toBe('LD Press');
  });

  it('leaves out furniture marked by class or id', () => {
    const a = parseArticleHtml(`<html><head><title>T</title></head><body><div class="page">
      <div class="site-menu">Home World</div><p class="byline">Par Jean Dupont</p>
      <div id="story-body"><p>Real text of the story, long enough to be the story.</p>
      <div class="image-caption">Photo: a factory</div><div class="related-posts">Read also</div>
      <div class="share_bar">Share</div><div class="ad-slot">Buy now</div></div>
      <section class="comments">Great article!</section><div class="cookie-banner">We use cookies</div>
      <div class="header-image-wrapper">Kept: only whole words count</div></div></body></html>`, 'f.html').articles[0]!;
    expect(a.text).toBe('Real text of the story, long enough to be the story.\n\nKept: only whole words count');
  });

  it('keeps a story wrapper whose class only looks like furniture', () => {
    const a = parseArticleHtml(`<html><head><title>T</title></head><body><div class="story has-author">
      <p>First paragraph of the story, which is the text that matters here.</p><p>Second paragraph of the same story.</p>
      </div><div class="menu">Home</div></body></html>`, 'w.html').articles[0]!;
    expect(a.text).toBe('First paragraph of the story, which is the text that matters here.\n\nSecond paragraph of the same story.');
  });

  it('picks the largest <article> when there are several', () => {
    const a = parseArticleHtml(`<html><body><article><p>Short teaser.</p></article>
      <article><h1>Main</h1><p>The main story is much longer than the teaser next to it, by far.</p></article></body></html>`, 'm.html').articles[0]!;
    expect(a.title).toBe('Main');
    expect(a.text).toBe('The main story is much longer than the teaser next to it, by far.');
  });

  it('reports a page without text', () => {
    const { issues } = parseArticleHtml('<html><body><nav>menu</nav><script>x</script></body></html>', 'e.html');
    expect(issues).toEqual([{ file: 'e.html', message: 'no article text found' }]);
  });
});

describe('.jsonl', () => {
  const lines = [
    '{"title": "One", "text": "The first article is written in English, and it is short.", "date": "2024-03-01", "url": "https://www.a.example/1"}',
    '{"title": "broken", "text": ',
    '',
    '{"headline": "Deux", "body": "Le deuxième article est en français, avec des mots.", "lang": "fr", "source": "Wire"}',
    '[1, 2]',
    '{"title": "No text"}',
    '{"title": "Text not a string", "text": 42}',
  ].join('\n');

  it('reads each good line and reports each bad one with its line number', () => {
    const { articles, issues } = parseArticleJsonl(lines, 'f.jsonl');
    expect(articles.map((a) => a.title)).toEqual(['One', 'Deux']);
    expect(articles.map((a) => a.origin)).toEqual(['f.jsonl:1', 'f.jsonl:4']);
    expect(articles[0]!.source).toBe('a.example');
    expect(articles[0]!.date).toBe('2024-03-01');
    expect(articles[1]!.source).toBe('Wire');
    expect(articles[1]!.lang).toBe('fr');
    expect(issues.map((i) => [i.line, i.file])).toEqual([[2, 'f.jsonl'], [5, 'f.jsonl'], [6, 'f.jsonl'], [7, 'f.jsonl']]);
    expect(issues[0]!.message).toMatch(/^malformed JSON/);
    expect(issues[1]!.message).toMatch(/expected a JSON object/);
    expect(issues[2]!.message).toBe('missing "text"');
    expect(issues[3]!.message).toMatch(/must be a string/);
  });
});
