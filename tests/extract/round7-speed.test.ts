/**
 * Speed pass (round 7): the prefilters that let rules skip sentences must never skip one a rule would
 * have matched. `requiredLiterals` reads the strings a regular expression's matches must contain;
 * each case checks what it reads, and that every string the expression matches meets it.
 */
import { describe, expect, it } from 'vitest';
import { LiteralMatcher, meets, meetsFound, requiredLiterals } from '../../src/extract/relations/required-literals.ts';

/** Requirements in one order, to compare them. */
const norm = (reqs: readonly (readonly string[])[]) => reqs.map((r) => [...r].sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));

/** The requirements of `source`, after checking them against strings the expression matches. */
function checked(source: string, matching: string[]): string[][] {
  const reqs = requiredLiterals(source, 10, 1, 1000);
  const re = new RegExp(source);
  for (const s of matching) {
    expect(re.test(s), `${s} matches /${source}/`).toBe(true);
    expect(meets(s, reqs), `${s} meets ${JSON.stringify(reqs)}`).toBe(true);
  }
  return norm(reqs);
}

describe('required literals of a regular expression', () => {
  it('a plain sequence requires itself; an optional character cuts it', () => {
    expect(checked('owned by', ['was owned by Orvane'])).toEqual(norm([['owned by']]));
    expect(checked("l' ?une des", ["l'une des", "l' une des"])).toEqual(norm([['une des'], ["l'"]]));
  });
  it('alternatives require one of their branches, each by its most selective part', () => {
    expect(checked('(?:filiale|subsidiary|unit) of', ['a unit of', 'la filiale of'])).toEqual(norm([[' of'], ['filiale', 'subsidiary', 'unit']]));
    expect(checked('maker|(?:de )?fabricant', ['fabricant', 'de fabricant', 'maker'])).toEqual(norm([['fabricant', 'maker']]));
  });
  it('a branch that requires nothing makes the whole group require nothing', () => {
    expect(checked('(?:the |a |)company', ['company', 'the company'])).toEqual(norm([['company']]));
    expect(checked('x(?:[a-z]+|y)z', ['xqqz', 'xyz'])).toEqual(norm([['x'], ['z']]));
  });
  it('optional and repeated parts: "?", "*" and "{0,n}" require nothing; "+" and "{1,n}" require one occurrence', () => {
    expect(checked('ab?c', ['ac', 'abc'])).toEqual(norm([['a'], ['c']]));
    expect(checked('ab+c', ['abc', 'abbbc'])).toEqual(norm([['ab'], ['bc']]));
    expect(checked('(?:very )*big', ['big', 'very very big'])).toEqual(norm([['big']]));
    expect(checked('(?:[a-z-]+ ){0,2}?with', ['with', 'to go with'])).toEqual(norm([['with']]));
    expect(checked('(?:de |of ){1,2}x', ['de x', 'of de x'])).toEqual(norm([['de ', 'of '], ['x']]));
  });
  it('classes, class escapes, dots and lookarounds require nothing and cut the literal around them', () => {
    expect(checked('⟦[CO](?<s>\\d+)⟧ ?\'s', ["⟦C3⟧'s", "⟦O12⟧ 's"])).toEqual(norm([["'s"], ['⟦'], ['⟧']]));
    expect(checked('(?<![a-z])(?<!by )sold(?= to)\\s+to', ['sold to'])).toEqual(norm([['sold'], ['to']]));
    expect(checked('a.b\\u00e9c\\x41d', ['aXbécAd'])).toEqual(norm([['a'], ['b'], ['c'], ['d']]));
  });
  it('escaped punctuation is a literal character', () => {
    expect(checked('\\$\\d+ \\(est\\.\\)', ['$12 (est.)'])).toEqual(norm([['$'], [' (est.)']]));
  });
  it('an unbalanced expression gives no requirement rather than a wrong one', () => {
    expect(requiredLiterals('ab)c')).toEqual([]);
  });
  it('the default limits keep the most selective requirements and drop weak ones', () => {
    const reqs = requiredLiterals('⟦[P](?<s>\\d+)⟧ ?, ?(?:chief executive|chairman) (?:of|at) ⟦[C](?<t>\\d+)⟧');
    expect(reqs[0]).toEqual(['chief executive', 'chairman']);
    expect(reqs.every((r) => r.every((s) => s.length >= 2))).toBe(true);
    expect(meets('⟦p1⟧, chairman of ⟦c2⟧', reqs)).toBe(true);
    expect(meets('⟦p1⟧, founder of ⟦c2⟧', reqs)).toBe(false);
  });
});

describe('finding many literals in one pass', () => {
  it('flags every string the text contains, overlapping ones and ones inside others too', () => {
    const m = new LiteralMatcher();
    const words = ['he', 'she', 'his', 'hers', 'filiale', 'fil', "l'une", 'une des', '⟧ ', 'zz'];
    const ids = words.map((w) => m.id(w));
    expect(m.id('she')).toBe(ids[1]);
    for (const text of ['ushers', "la filiale, l'une des ⟦C1⟧ sociétés", 'this', 'hishe', '', 'z z']) {
      const found = m.found(text);
      expect(words.filter((_, i) => found[ids[i]!]), text).toEqual(words.filter((w) => text.includes(w)));
      expect(meetsFound(found, [[ids[0]!, ids[9]!], [ids[4]!]]), text).toBe(meets(text, [['he', 'zz'], ['filiale']]));
    }
  });
  it('agrees with a plain search on random strings over a small alphabet (shared prefixes, suffixes, repeats)', () => {
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const word = (len: number) => Array.from({ length: len }, () => 'ab⟦ é'[rand(5)]).join('');
    const m = new LiteralMatcher();
    const words = [...new Set(Array.from({ length: 40 }, () => word(1 + rand(4))))];
    const ids = words.map((w) => m.id(w));
    for (let n = 0; n < 300; n++) {
      const text = word(rand(30));
      const found = m.found(text);
      expect(words.filter((_, i) => found[ids[i]!]), text).toEqual(words.filter((w) => text.includes(w)));
    }
  });
});
