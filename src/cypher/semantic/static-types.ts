/**
 * Compile-time type checks on what is statically known: literal operands of boolean operators, IN,
 * arithmetic and property access, and variables whose kind is known (nodes, paths, literal lists).
 * Errors are raised at compile time as the TCK expects (SyntaxError / TypeError, InvalidArgumentType).
 */
import type { Expr } from '../ast.ts';
import { CypherError } from '../errors.ts';
import type { VarType } from './variable-types.ts';
import { resultType } from '../functions/signatures.ts';

export type StaticType = 'Boolean' | 'Integer' | 'Float' | 'String' | 'List' | 'Map' | 'Null' | 'Node' | 'Relationship' | 'Path' | 'Any';

export type TypeEnv = Map<string, VarType | StaticType>;

function fromVarType(t: VarType | StaticType | undefined): StaticType {
  switch (t) {
    case undefined: case 'any': case 'value': return 'Any';
    case 'node': return 'Node';
    case 'rel': return 'Relationship';
    case 'rels': return 'List';
    case 'path': return 'Path';
    default: return t;
  }
}

export function staticType(e: Expr, env: TypeEnv | undefined): StaticType {
  switch (e.kind) {
    case 'Literal': {
      const v = e.value;
      if (v === null) return 'Null';
      switch (typeof v) {
        case 'boolean': return 'Boolean';
        case 'bigint': return 'Integer';
        case 'number': return 'Float';
        case 'string': return 'String';
        default: return 'Any';
      }
    }
    case 'List': case 'ListComp': case 'PatternComp': return 'List';
    case 'Map': case 'MapProjection': return 'Map';
    case 'Var': return fromVarType(env?.get(e.name));
    case 'Call': return resultType(e.name);
    case 'Not': case 'IsNull': case 'Chain': case 'Quantifier': case 'Exists': case 'HasLabels': return 'Boolean';
    case 'Binary':
      switch (e.op) {
        case 'AND': case 'OR': case 'XOR': case '=': case '<>': case '<': case '>': case '<=': case '>=':
        case 'STARTS WITH': case 'ENDS WITH': case 'CONTAINS': case 'IN': case '=~':
          return 'Boolean';
        case '+': case '-': case '*': case '/': case '%': {
          const l = staticType(e.left, env);
          const r = staticType(e.right, env);
          if (l === 'Integer' && r === 'Integer') return 'Integer';
          if ((l === 'Integer' || l === 'Float') && (r === 'Integer' || r === 'Float')) return 'Float';
          if (e.op === '+' && l === 'String' && r === 'String') return 'String';
          return 'Any';
        }
        case '^': {
          const l = staticType(e.left, env);
          const r = staticType(e.right, env);
          return (l === 'Integer' || l === 'Float') && (r === 'Integer' || r === 'Float') ? 'Float' : 'Any';
        }
        default: return 'Any';
      }
    default: return 'Any';
  }
}

function invalid(message: string, e: Expr, kind: 'SyntaxError' | 'TypeError' = 'SyntaxError'): CypherError {
  return new CypherError(kind, message, 'compile', 'InvalidArgumentType', e.pos);
}

const NOT_BOOLEAN = new Set<StaticType>(['Integer', 'Float', 'String', 'List', 'Map', 'Node', 'Relationship', 'Path']);

export function checkBooleanOperand(e: Expr, env: TypeEnv | undefined, op: string): void {
  const t = staticType(e, env);
  if (NOT_BOOLEAN.has(t)) throw invalid(`Type mismatch: ${op} expected Boolean but was ${t}`, e);
}

export function checkListOperand(e: Expr, env: TypeEnv | undefined): void {
  const t = staticType(e, env);
  if (t !== 'List' && t !== 'Null' && t !== 'Any') throw invalid(`Type mismatch: IN expected List but was ${t}`, e);
}

export function checkArithmeticOperand(e: Expr, env: TypeEnv | undefined, op: string, other?: Expr): void {
  const t = staticType(e, env);
  if (op === '+' && other) {
    const o = staticType(other, env);
    if (o === 'List' || o === 'Any' || t === 'List' || (o === 'String' && t !== 'Map' && t !== 'Node' && t !== 'Relationship' && t !== 'Path')) return;
  }
  if (t === 'Boolean' || t === 'Map' || t === 'Node' || t === 'Relationship' || t === 'Path' || (op !== '+' && (t === 'String' || t === 'List'))) {
    throw invalid(`Type mismatch: '${op}' cannot take ${t}`, e);
  }
}

export function checkPropertyTarget(e: Expr, env: TypeEnv | undefined): void {
  const t = staticType(e, env);
  if (t === 'Integer' || t === 'Float' || t === 'String' || t === 'Boolean' || t === 'List' || t === 'Path') {
    throw invalid(`Type mismatch: expected Map, Node or Relationship but was ${t}`, e, t === 'Path' ? 'SyntaxError' : 'TypeError');
  }
}

export function checkMapArgument(e: Expr, env: TypeEnv | undefined, fn: string): void {
  const t = staticType(e, env);
  if (t === 'Integer' || t === 'Float' || t === 'String' || t === 'Boolean' || t === 'List' || t === 'Path') {
    throw invalid(`Type mismatch: ${fn}() expected Map, Node or Relationship but was ${t}`, e);
  }
}

/** Element type of a list literal when all elements share one type. */
export function elementType(e: Expr, env: TypeEnv | undefined): StaticType {
  if (e.kind !== 'List' || e.items.length === 0) return 'Any';
  const types = new Set(e.items.map((i) => staticType(i, env)));
  types.delete('Null');
  if (types.size !== 1) return 'Any';
  return [...types][0];
}
