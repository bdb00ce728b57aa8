/**
 * Roles one person holds at a time in one organisation or country ("CEO of Acme", "Prime Minister of
 * France", "ministre de l'Économie"): a new holder closes the previous one. Roles several people hold
 * at once (founder, director, board member, minister without a portfolio) never close each other.
 */
import { normaliseForCues } from './date-phrases.ts';

const EXCLUSIVE: Array<[string, RegExp]> = [
  ['ceo', /^(?:the\s+)?(?:ceo|chief\s+executive(?:\s+officer)?|group\s+ceo|pdg|p\.?-?d\.?g\.?|president-directeur\s+general|presidente-directrice\s+generale|directeur\s+general|directrice\s+generale|managing\s+director|chef\s+de\s+la\s+direction|patron|patronne)$/u],
  ['chair', /^(?:chairman|chairwoman|chairperson|chair|president\s+du\s+conseil(?:\s+d'administration|\s+de\s+surveillance)?|presidente\s+du\s+conseil(?:\s+d'administration|\s+de\s+surveillance)?)$/u],
  ['president', /^(?:president|presidente)$/u],
  ['prime-minister', /^(?:prime\s+minister|premier\s+ministre|premiere\s+ministre|chancellor|chancelier|chanceliere)$/u],
  ['cfo', /^(?:cfo|chief\s+financial\s+officer|directeur\s+financier|directrice\s+financiere)$/u],
  ['coo', /^(?:coo|chief\s+operating\s+officer|directeur\s+des\s+operations|directrice\s+des\s+operations)$/u],
  ['cto', /^(?:cto|chief\s+technology\s+officer|directeur\s+technique|directrice\s+technique)$/u],
  ['mayor', /^(?:mayor|maire|lord\s+mayor)$/u],
  ['governor', /^(?:governor|gouverneur|gouverneure)$/u],
  ['secretary-general', /^(?:secretary[\s-]general|secretaire\s+generale?)$/u],
];
const PORTFOLIO = /^(?:minister|ministre|secretary|secretaire\s+d'etat)\s+(?:of\s+(?:state\s+for\s+)?|for\s+|de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d'|a\s+l'|aux?\s+)(.+)$/u;

/** The key of an exclusive role ("ceo", "minister:economie"), or undefined when several may hold it. */
const known = new Map<string, string | undefined>();

export function exclusiveRoleKey(role: unknown): string | undefined {
  if (typeof role !== 'string' || !role.trim()) return undefined;
  if (known.has(role)) return known.get(role);
  const key = roleKeyOf(role);
  if (known.size < 10_000) known.set(role, key);
  return key;
}

function roleKeyOf(role: string): string | undefined {
  const r = normaliseForCues(role).replace(/\s+/gu, ' ').trim();
  for (const [key, re] of EXCLUSIVE) if (re.test(r)) return key;
  const p = PORTFOLIO.exec(r);
  return p ? `minister:${p[1]!.replace(/[^\p{L}\d]+/gu, ' ').trim()}` : undefined;
}
