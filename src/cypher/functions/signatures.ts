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
  trim: [S], btrim: [S, S], ltrim: [S, S], rtrim: [S, S],
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
  // range(): any non-Integer argument is an ArgumentError at run time (openCypher TCK List11)
  range: [A, A, A], head: [L], last: [L], tail: [L],
  size: [['STRING', 'LIST']], isempty: [['STRING', 'LIST', 'MAP']],
  // conversion.ts: Neo4j declares ANY and checks at runtime, except for the list forms
  toboolean: [A], tobooleanornull: [A], tointeger: [A], tointegerornull: [A],
  tofloat: [A], tofloatornull: [A], tostring: [A], tostringornull: [A],
  tobooleanlist: [L], tointegerlist: [L], tofloatlist: [L], tostringlist: [L],
  valuetype: [A],
  // clock.ts
  timestamp: [],
};

/** The declared argument types of a function of this folder (name in any case), or undefined. */
export function functionSignature(name: string): Signature | undefined {
  return SIGNATURES[name.toLowerCase()];
}

/** Whether a value of type `actual` may be passed where `accepted` is declared. */
export function acceptsType(accepted: readonly ArgumentType[], actual: Exclude<ArgumentType, 'ANY'>): boolean {
  return accepted.includes('ANY') || accepted.includes(actual) || (actual === 'INTEGER' && accepted.includes('FLOAT'));
}

/** The semantic checker's names of static types (semantic/static-types.ts); 'Any' = not known. */
export type StaticTypeName =
  | 'Boolean' | 'Integer' | 'Float' | 'String' | 'List' | 'Map' | 'Null'
  | 'Node' | 'Relationship' | 'Path' | 'Any';

const DECLARED_NAME: Record<Exclude<ArgumentType, 'ANY'>, string> = {
  STRING: 'String', INTEGER: 'Integer', FLOAT: 'Float', BOOLEAN: 'Boolean', LIST: 'List', MAP: 'Map',
};

export interface ArgumentMismatch {
  /** 0-based position of the first argument of a wrong type. */
  index: number;
  /** As Neo4j words it: `Type mismatch: expected ${expected} but was ${actual}`. */
  expected: string;
  actual: StaticTypeName;
}

/**
 * The first argument whose statically known type the function does not accept, or undefined (also
 * for unknown functions and for arguments typed 'Any' or 'Null', which are checked at runtime).
 */
export function argumentMismatch(name: string, argumentTypes: readonly StaticTypeName[]): ArgumentMismatch | undefined {
  const signature = functionSignature(name);
  if (!signature) return undefined;
  for (let i = 0; i < argumentTypes.length && i < signature.length; i++) {
    const actual = argumentTypes[i];
    if (actual === 'Any' || actual === 'Null') continue;
    const accepted = signature[i];
    const known = actual === 'Node' || actual === 'Relationship' || actual === 'Path' ? undefined : actual.toUpperCase() as Exclude<ArgumentType, 'ANY'>;
    if (accepted.includes('ANY') || (known && acceptsType(accepted, known))) continue;
    const names = [...new Set(accepted.filter((t): t is Exclude<ArgumentType, 'ANY'> => t !== 'ANY').map((t) => DECLARED_NAME[t]))];
    return { index: i, expected: names.join(' or '), actual };
  }
  return undefined;
}

/** Static result types of the functions of this folder where they are fixed ('Any' otherwise). */
const RESULT_TYPES: Record<string, StaticTypeName> = {
  toupper: 'String', tolower: 'String', upper: 'String', lower: 'String', trim: 'String', btrim: 'String',
  ltrim: 'String', rtrim: 'String', replace: 'String', substring: 'String', left: 'String', right: 'String',
  split: 'List', normalize: 'String', char_length: 'Integer', character_length: 'Integer', randomuuid: 'String',
  ceil: 'Float', floor: 'Float', round: 'Float', sign: 'Integer', isnan: 'Boolean', rand: 'Float',
  sqrt: 'Float', exp: 'Float', log: 'Float', log10: 'Float', e: 'Float', pi: 'Float', sin: 'Float', cos: 'Float',
  tan: 'Float', cot: 'Float', asin: 'Float', acos: 'Float', atan: 'Float', atan2: 'Float', degrees: 'Float',
  radians: 'Float', haversin: 'Float',
  range: 'List', tail: 'List', size: 'Integer', isempty: 'Boolean',
  toboolean: 'Boolean', tobooleanornull: 'Boolean', tointeger: 'Integer', tointegerornull: 'Integer',
  tofloat: 'Float', tofloatornull: 'Float', tostring: 'String', tostringornull: 'String',
  tobooleanlist: 'List', tointegerlist: 'List', tofloatlist: 'List', tostringlist: 'List',
  valuetype: 'String', timestamp: 'Integer',
};

/** The static type of a call's result when the function fixes it (null aside), else 'Any'. */
export function resultType(name: string): StaticTypeName {
  return RESULT_TYPES[name.toLowerCase()] ?? 'Any';
}
