/**
 * "Cabinet Secretary for Economy, Energy and Planning, X" in a release of the Welsh or Scottish Government (round 10): a
 * cabinet secretary with a portfolio is a minister of that devolved government, at its nation (Wales, Scotland), not at
 * the United Kingdom ("the Cabinet Secretary" with no portfolio heads the UK civil service and is left as it was). A "First
 * Minister" with no place named is likewise the head of the devolved nation the article names.
 */
import { fold } from '../text/normalize.ts';
import type { Mention } from '../types.ts';
import type { RuleContext } from './context.ts';

const GOVERNMENT = /^(?:the )?(welsh|scottish) government$/;
const NATION: Record<string, string> = { welsh: 'wales', scottish: 'scotland' };
/** The nations of the kingdom that have a First Minister (the United Kingdom has none: its head of government is the Prime Minister). */
const DEVOLVED = new Set(['wales', 'scotland', 'northern ireland']);

/** "First Minister X" with no place: the office of a devolved nation, never of the United Kingdom. */
function isFirstMinister(pre: string, head: string, port: string): boolean {
  return !port.trim() && (head === 'first minister' || (head === 'minister' && /(?:^|\s)first $/.test(pre)));
}

/** The one devolved nation the article names (as a place), else none. */
function namedNation(ctx: RuleContext): Mention | undefined {
  let found: Mention | undefined;
  for (const m of ctx.mentions) {
    if ((m.type !== 'Region' && m.type !== 'Country') || m.implicit || !DEVOLVED.has(fold(m.text))) continue;
    if (found && fold(found.text) !== fold(m.text)) return undefined;
    found ??= m;
  }
  return found;
}

/** The nation of the one devolved government the article names, as a place mention of the article. */
export function devolvedNation(ctx: RuleContext, pre: string, head: string, port: string): Mention | undefined {
  if (isFirstMinister(pre, head, port)) return namedNation(ctx);
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
