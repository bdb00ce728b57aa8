/**
 * "Cabinet Secretary for Economy, Energy and Planning, X" in a release of the Welsh or Scottish Government (round 10): a
 * cabinet secretary with a portfolio is a minister of that devolved government, at its nation (Wales, Scotland), not at
 * the United Kingdom ("the Cabinet Secretary" with no portfolio heads the UK civil service and is left as it was).
 */
import { fold } from '../text/normalize.ts';
import type { Mention } from '../types.ts';
import type { RuleContext } from './context.ts';

const GOVERNMENT = /^(?:the )?(welsh|scottish) government$/;
const NATION: Record<string, string> = { welsh: 'wales', scottish: 'scotland' };

/** The nation of the one devolved government the article names, as a place mention of the article. */
export function devolvedNation(ctx: RuleContext, pre: string, head: string, port: string): Mention | undefined {
  if (head !== 'secretary' || !/(?:^|\s)cabinet $/.test(pre) || !/^\s*(?:for|of)\s/.test(port)) return undefined;
  const governments = new Set<string>();
  for (const m of ctx.mentions) {
    const g = m.type === 'Organization' && !m.implicit ? GOVERNMENT.exec(fold(m.text)) : null;
    if (g) governments.add(g[1]!);
  }
  if (governments.size !== 1) return undefined;
  const nation = NATION[[...governments][0]!];
  return ctx.mentions.find((m) => (m.type === 'Region' || m.type === 'Country') && !m.implicit && fold(m.text) === nation);
}
