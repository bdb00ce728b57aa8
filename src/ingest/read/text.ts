/**
 * .txt reader: the first non-empty line is the title, the rest is the text. A .txt file that begins
 * with YAML front matter (`---` … `---`) is read as Markdown, so its fields are taken and its
 * front matter is not mistaken for the title.
 */
import { buildArticle } from './build.ts';
import { hasFrontMatter } from './front-matter.ts';
import { parseArticleMarkdown } from './markdown.ts';
import type { ParsedFile } from './types.ts';

export function parseArticleText(content: string, file: string): ParsedFile {
  if (hasFrontMatter(content)) return parseArticleMarkdown(content, file);
  const built = buildArticle({ text: content }, file);
  return 'article' in built ? { articles: [built.article], issues: [] } : { articles: [], issues: [{ file, message: built.error }] };
}
