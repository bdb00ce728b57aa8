import { describe, expect, it } from 'vitest';
import { articleId, normalizeForId } from '../../src/ingest/article-id.ts';

describe('articleId', () => {
  it('is article: + 16 hex digits, stable', () => {
    const id = articleId('Title', 'Some text.');
    expect(id).toMatch(/^article:[0-9a-f]{16}$/);
    expect(articleId('Title', 'Some text.')).toBe(id);
  });

  it('ignores whitespace differences and Unicode normalisation form', () => {
    const a = articleId('Corée du Sud', 'Ligne un.\nLigne deux.');
    const b = articleId('  Corée  du Sud ', 'Ligne un.\n\n   Ligne\tdeux.  ');
    const c = articleId('Core\u0301e du Sud', 'Ligne un. Ligne\u00a0deux.'); // decomposed é, no-break space
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('differs when the words differ', () => {
    expect(articleId('Title', 'Some text.')).not.toBe(articleId('Title', 'Some text!'));
    expect(articleId('Title', 'Some text.')).not.toBe(articleId('Other', 'Some text.'));
  });

  it('normalizeForId collapses and trims', () => {
    expect(normalizeForId('  a \n\n b\t c  ')).toBe('a b c');
  });
});
