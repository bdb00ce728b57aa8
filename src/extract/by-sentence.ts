/**
 * Items of an append-only list (mentions, relation candidates) grouped by sentence, indexed once and
 * extended as the list grows: rules that look at "the sentences before" or "this sentence" read a
 * few items instead of scanning the whole article each time (which made long texts quadratic).
 */
interface Index<T> { size: number; groups: Map<number, T[]> }
const indexes = new WeakMap<readonly object[], Index<object>>();

/** The items of `list` whose `sentence` is `sentence`, in list order. */
export function inSentence<T extends { sentence: number }>(list: readonly T[], sentence: number): readonly T[] {
  let index = indexes.get(list) as Index<T> | undefined;
  if (!index) { index = { size: 0, groups: new Map() }; indexes.set(list, index as Index<object>); }
  for (; index.size < list.length; index.size++) {
    const item = list[index.size]!;
    const group = index.groups.get(item.sentence);
    if (group) group.push(item); else index.groups.set(item.sentence, [item]);
  }
  return index.groups.get(sentence) ?? [];
}
