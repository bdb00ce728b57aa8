/** Plain-text rendering of an ArticleExplanation for the terminal (`newsgraph explain FILE`). */
import type { ArticleExplanation, ExplainedMention, ExplainedRelation } from './report.ts';

const CUES: Record<string, string> = {
  gazetteer: 'known place or institution', suffix: 'corporate suffix', cue: 'cue word', role: 'title or role', 'first-name': 'given name',
  quoted: 'quoted name', acronym: 'acronym', article: 'typed elsewhere in the article', list: 'shares a list with typed names',
  default: 'default type (no cue)', coref: 'anaphora',
};

function mention(m: ExplainedMention): string {
  const cue = `${m.lexicon ?? CUES[m.cue] ?? m.cue}${m.cueWord ? ` "${m.cueWord}"` : ''}`;
  const refers = m.refersTo ? ` → "${m.refersTo}"` : '';
  const entity = m.entity ? `  = ${m.entity}${m.resolution ? ` (${m.resolution})` : ''}` : '';
  return `    • "${m.text}"${refers}  ${m.type}  [${cue}, ${m.confidence.toFixed(2)}]${entity}`;
}

function props(p: Record<string, unknown>): string {
  const entries = Object.entries(p).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `  {${entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')}}` : '';
}

function relation(r: ExplainedRelation): string {
  const mark = r.kept ? '→' : '✗';
  const note = r.note ? `  (${r.note})` : '';
  const learned = r.learned ? `  [learned p ${r.learned.p.toFixed(2)}${r.learned.applied ? '' : ', advisory'}${r.learned.top?.length ? `; top ${r.learned.top.join(', ')}` : ''}]` : '';
  return `    ${mark} ${r.source} -${r.type}-> ${r.target}  [rule ${r.rule}, ${r.confidence.toFixed(2)}]${props(r.properties)}${note}${learned}`;
}

export function formatExplanation(x: ArticleExplanation): string {
  const lines: string[] = [];
  const c = x.counts;
  lines.push(`Article ${x.article.id}${x.article.file ? ` (${x.article.file})` : ''} — lang ${x.article.lang}`);
  lines.push(`${c.sentences} sentences, ${c.mentions} mentions, ${c.relations} relation candidates (${c.kept} kept), ${c.rejected} rejected candidates`);
  for (const s of x.sentences) {
    if (!s.mentions.length && !s.relations.length && !s.rejected.length) continue;
    lines.push('', `[${s.index}${s.part === 'title' ? ' title' : ''}] ${s.text}`);
    if (s.mentions.length) lines.push('  mentions:', ...s.mentions.map(mention));
    if (s.relations.length) lines.push('  relations:', ...s.relations.map(relation));
    if (s.rejected.length) lines.push('  rejected:', ...s.rejected.map((r) => `    ✗ ${r.stage} "${r.text}": ${r.reason}${r.rule ? ` [rule ${r.rule}]` : ''}`));
  }
  if (x.rejected.length) lines.push('', 'rejected (article-wide):', ...x.rejected.map((r) => `    ✗ ${r.stage} "${r.text}": ${r.reason}${r.rule ? ` [rule ${r.rule}]` : ''}`));
  return lines.join('\n');
}
