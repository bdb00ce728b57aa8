/**
 * Declared argument types of the scalar functions of this folder, as Neo4j 5 declares them, for the
 * semantic checker: an argument whose type is known at compile time (a literal, or a variable of known
 * type) and is not accepted is a SyntaxError "Type mismatch: expected String but was Integer" at
 * compile time (detail InvalidArgumentType), as Neo4j reports it. Arguments of unknown type are checked
 * at runtime by the functions themselves (TypeError).
 *
 * Types: 'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'LIST' | 'MAP' | 'ANY'. INTEGER is accepted
 * wherever FLOAT is (Cypher coerces), so FLOAT means "a number". null is accepted everywhere.
 */
export type ArgumentType = 'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'LIST' | 'MAP' | 'ANY';

/** One accepted-type list per argument position (optional arguments included). */
export type Signature = readonly (readonly ArgumentType[])[];

const S = ['STRING'] as const;
const I = ['INTEGER'] as const;
const F = ['FLOAT', 'INTEGER'] as const;
const L = ['LIST'] as const;
const A = ['ANY'] as const;

const SIGNATURES: Record<string, Signature> = {
  // string.ts
  toupper: [S], tolower: [S], upper: [S], lower: [S],
  trim: [S, S], btrim: [S, S], ltrim: [S, S], rtrim: [S, S],
  replace: [S, S, S],
  substring: [S, I, I], left: [S, I], right: [S, I],
  split: [S, ['STRING', 'LIST']],
  reverse: [['STRING', 'LIST']],
  normalize: [S, S],
  char_length: [S], character_length: [S],
  randomuuid: [],
  // math.ts
  abs: [F], ceil: [F], floor: [F], round: [F, I, S], sign: [F], isnan: [F], rand: [],
  sqrt: [F], exp: [F], log: [F], log10: [F], e: [], pi: [],
  sin: [F], cos: [F], tan: [F], cot: [F], asin: [F], acos: [F], atan: [F], atan2: [F, F],
  degrees: [F], radians: [F], haversin: [F],
  // list.ts
  range: [I, I, I], head: [L], last: [L], tail: [L],
  size: [['STRING', 'LIST']], isempty: [['STRING', 'LIST', 'MAP']],
  // conversion.ts: Neo4j declares ANY and checks at runtime, except for the list forms
  toboolean: [A], tobooleanornull: [A], tointeger: [A], tointegerornull: [A],
  tofloat: [A], tofloatornull: [A], tostring: [A], tostringornull: [A],
  tobooleanlist: [L], tointegerlist: [L], tofloatlist: [L], tostringlist: [L],
};

/** The declared argument types of a function of this folder (name in any case), or undefined. */
export function functionSignature(name: string): Signature | undefined {
  return SIGNATURES[name.toLowerCase()];
}

/** Whether a value of type `actual` may be passed where `accepted` is declared. */
export function acceptsType(accepted: readonly ArgumentType[], actual: Exclude<ArgumentType, 'ANY'>): boolean {
  return accepted.includes('ANY') || accepted.includes(actual) || (actual === 'INTEGER' && accepted.includes('FLOAT'));
}
