/**
 * Lexer: query text → tokens with positions. Keywords are plain identifiers here (Cypher keywords are
 * case-insensitive and most may also be names); the parser decides.
 */
import { CypherError, type SourcePosition } from './errors.ts';

export type TokenType = 'ident' | 'quoted' | 'int' | 'float' | 'string' | 'param' | 'punct' | 'badnum' | 'eof';

export interface Token {
  type: TokenType;
  /** identifier name, string content, number text, parameter name or punctuation. */
  text: string;
  /** offset just past the token. */
  end: number;
  pos: SourcePosition;
  /** the source character was a Unicode dash standing for `-` (valid in patterns only, not as minus). */
  unicode?: string;
}

const PUNCT3 = ['...'];
const PUNCT2 = ['..', '<>', '!=', '<=', '>=', '=~', '+=', '->', '<-', '--', '||'];
const PUNCT1 = '()[]{},.:|;+-*/%^=<>$!&';

export function syntaxError(message: string, pos: SourcePosition, detail = 'UnexpectedSyntax'): CypherError {
  return new CypherError('SyntaxError', message, 'compile', detail, pos);
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = src.length;
  const posAt = (offset: number): SourcePosition => ({ offset, line, column: offset - lineStart + 1 });

  while (i < n) {
    const c = src[i];
    if (c === '\n') { i++; line++; lineStart = i; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const start = posAt(i);
      i += 2;
      while (i < n && !(src[i] === '*' && src[i + 1] === '/')) {
        if (src[i] === '\n') { line++; lineStart = i + 1; }
        i++;
      }
      if (i >= n) throw syntaxError('Unterminated comment', start);
      i += 2;
      continue;
    }
    const pos = posAt(i);
    // identifiers
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(src[j])) j++;
      tokens.push({ type: 'ident', text: src.slice(i, j), end: j, pos });
      i = j;
      continue;
    }
    if (c === '`') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= n) throw syntaxError('Unterminated quoted identifier', pos);
        if (src[j] === '`') {
          if (src[j + 1] === '`') { text += '`'; j += 2; continue; }
          break;
        }
        if (src[j] === '\n') { line++; lineStart = j + 1; }
        text += src[j++];
      }
      tokens.push({ type: 'quoted', text, end: j + 1, pos });
      i = j + 1;
      continue;
    }
    // numbers
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? '') && !prevAllowsMember(tokens))) {
      i = lexNumber(src, i, pos, tokens);
      continue;
    }
    if (c === '\'' || c === '"') {
      i = lexString(src, i, pos, tokens, () => { line++; }, (ls) => { lineStart = ls; });
      continue;
    }
    if (c === '$') {
      let j = i + 1;
      // :$(expr), :$any(expr), :$all(expr): a dynamic label or type, not a parameter
      if (src[j] === '(' || /^(any|all)\(/i.test(src.slice(j, j + 4))) { tokens.push({ type: 'punct', text: '$', end: j, pos }); i = j; continue; }
      if (src[j] === '`') {
        let k = j + 1;
        while (k < n && src[k] !== '`') k++;
        tokens.push({ type: 'param', text: src.slice(j + 1, k), end: k + 1, pos });
        i = k + 1;
        continue;
      }
      while (j < n && isIdentPart(src[j])) j++;
      if (j === i + 1) throw syntaxError('Invalid input \'$\': expected a parameter name', pos);
      tokens.push({ type: 'param', text: src.slice(i + 1, j), end: j, pos });
      i = j;
      continue;
    }
    const three = src.slice(i, i + 3);
    if (PUNCT3.includes(three)) { tokens.push({ type: 'punct', text: three, end: i + 3, pos }); i += 3; continue; }
    const two = src.slice(i, i + 2);
    if (PUNCT2.includes(two)) {
      // `--` / `<-` / `->` are left to the parser as single characters, so `a<-1` and arrows both work.
      if (two === '--' || two === '<-' || two === '->') {
        tokens.push({ type: 'punct', text: c, end: i + 1, pos });
        i += 1;
        continue;
      }
      tokens.push({ type: 'punct', text: two, end: i + 2, pos });
      i += 2;
      continue;
    }
    // unicode arrows and dashes used by some writers
    if ('\u27e8\u3008\ufe64\uff1c'.includes(c)) { tokens.push({ type: 'punct', text: '<', end: i + 1, pos }); i++; continue; }
    if ('\u27e9\u3009\ufe65\uff1e'.includes(c)) { tokens.push({ type: 'punct', text: '>', end: i + 1, pos }); i++; continue; }
    if ('\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'.includes(c)) { tokens.push({ type: 'punct', text: '-', end: i + 1, pos, unicode: c }); i++; continue; }
    if (PUNCT1.includes(c)) { tokens.push({ type: 'punct', text: c, end: i + 1, pos }); i++; continue; }
    throw syntaxError(`Invalid input '${c}'`, pos);
  }
  tokens.push({ type: 'eof', text: '', end: n, pos: posAt(n) });
  return tokens;
}

const EXPRESSION_KEYWORDS = new Set(['RETURN', 'WITH', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'UNWIND', 'THEN', 'ELSE', 'WHEN', 'CASE', 'SKIP', 'LIMIT', 'BY', 'CONTAINS', 'DISTINCT', 'SET', 'DELETE']);

function prevAllowsMember(tokens: Token[]): boolean {
  const t = tokens[tokens.length - 1];
  if (!t) return false;
  if (t.type === 'ident' && EXPRESSION_KEYWORDS.has(t.text.toUpperCase())) return false;
  return t.type === 'ident' || t.type === 'quoted' || (t.type === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}'));
}

function isDigit(c: string): boolean { return c >= '0' && c <= '9'; }
function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (c > '\u007f' && /[\p{L}\p{Nl}]/u.test(c));
}
function isIdentPart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || isDigit(c) || (c > '\u007f' && /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(c));
}

function lexNumber(src: string, i: number, pos: SourcePosition, tokens: Token[]): number {
  const n = src.length;
  let j = i;
  if (src[i] === '0' && (src[i + 1] === 'x' || src[i + 1] === 'X')) {
    j = i + 2;
    while (j < n && /[0-9a-zA-Z_]/.test(src[j])) j++;
    const text = src.slice(i, j);
    if (!/^0[xX][0-9a-fA-F]+$/.test(text)) { tokens.push({ type: 'badnum', text, end: j, pos }); return j; }
    tokens.push({ type: 'int', text, end: j, pos });
    return j;
  }
  if (src[i] === '0' && (src[i + 1] === 'o' || src[i + 1] === 'O')) {
    j = i + 2;
    while (j < n && /[0-9a-zA-Z_]/.test(src[j])) j++;
    const text = src.slice(i, j);
    if (!/^0[oO][0-7]+$/.test(text)) { tokens.push({ type: 'badnum', text, end: j, pos }); return j; }
    tokens.push({ type: 'int', text, end: j, pos });
    return j;
  }
  let isFloat = false;
  while (j < n && isDigit(src[j])) j++;
  if (src[j] === '.' && isDigit(src[j + 1] ?? '')) {
    isFloat = true;
    j++;
    while (j < n && isDigit(src[j])) j++;
  }
  if ((src[j] === 'e' || src[j] === 'E') && (isDigit(src[j + 1] ?? '') || ((src[j + 1] === '-' || src[j + 1] === '+') && isDigit(src[j + 2] ?? '')))) {
    isFloat = true;
    j += 2;
    while (j < n && isDigit(src[j])) j++;
  }
  // an identifier glued to a number (e.g. `9a`) is a syntax error
  if (j < n && isIdentStart(src[j])) {
    let k = j;
    while (k < n && isIdentPart(src[k])) k++;
    tokens.push({ type: 'badnum', text: src.slice(i, k), end: k, pos });
    return k;
  }
  tokens.push({ type: isFloat ? 'float' : 'int', text: src.slice(i, j), end: j, pos });
  return j;
}

function lexString(
  src: string, i: number, pos: SourcePosition, tokens: Token[],
  newline: () => void, setLineStart: (ls: number) => void,
): number {
  const quote = src[i];
  const n = src.length;
  let j = i + 1;
  let out = '';
  for (;;) {
    if (j >= n) throw syntaxError('Unterminated string literal', pos);
    const c = src[j];
    if (c === quote) break;
    if (c === '\n') { newline(); setLineStart(j + 1); }
    if (c === '\\') {
      const e = src[j + 1];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'u': case 'U': {
          const len = e === 'u' ? 4 : 8;
          const hex = src.slice(j + 2, j + 2 + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw syntaxError('Invalid unicode escape', pos, 'InvalidUnicodeLiteral');
          out += String.fromCodePoint(parseInt(hex, 16));
          j += len;
          break;
        }
        default:
          throw syntaxError(`Invalid escape sequence '\\${e ?? ''}'`, pos);
      }
      j += 2;
      continue;
    }
    out += c;
    j++;
  }
  tokens.push({ type: 'string', text: out, end: j + 1, pos });
  return j + 1;
}
