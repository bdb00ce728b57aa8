/**
 * Streaming a .jsonl file: lines are split on bytes, so a corpus of any size is read in bounded
 * memory. Each line is one article, and the reader's limits apply to it: a line longer than maxBytes
 * is reported (and skipped without being held in memory); each line is decoded as decode.ts says
 * (UTF-8, else Windows-1252 when it looks like text, else reported).
 * A file whose first bytes hold NUL bytes is binary: one issue for the file, not one per line.
 */
import { createReadStream } from 'node:fs';
import type { Article } from '../../graph/model.ts';
import { decodeBytes } from './decode.ts';
import { parseJsonlLine } from './jsonl.ts';
import type { ReadIssue } from './types.ts';

const SNIFF_BYTES = 8192;
const NEWLINE = 0x0a;

export async function* readJsonlFile(file: string, maxBytes: number): AsyncGenerator<{ article?: Article; issue?: ReadIssue }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let lineNumber = 0;
  let sniffed = false;
  let sawText = false;

  const finishLine = function* (): Generator<{ article?: Article; issue?: ReadIssue }> {
    lineNumber++;
    if (oversized) {
      yield { issue: { file, line: lineNumber, message: `line too large (more than ${maxBytes} bytes)` } };
    } else if (pendingBytes) {
      const decoded = decodeBytes(pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes));
      let text = '';
      if ('text' in decoded) text = decoded.text;
      else if (!decoded.error.startsWith('empty')) yield { issue: { file, line: lineNumber, message: decoded.error } };
      if (text.trim()) sawText = true;
      const outcome = text ? parseJsonlLine(text, file, lineNumber) : undefined;
      if (outcome) yield outcome;
    }
    pending = [];
    pendingBytes = 0;
    oversized = false;
  };

  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    if (!sniffed) {
      sniffed = true;
      if (chunk.subarray(0, SNIFF_BYTES).includes(0)) {
        yield { issue: { file, message: 'binary file (contains NUL bytes), not text' } };
        return;
      }
    }
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start);
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end);
      if (!oversized) {
        if (pendingBytes + piece.length > maxBytes) {
          oversized = true;
          pending = [];
          pendingBytes = 0;
        } else if (piece.length) {
          pending.push(piece);
          pendingBytes += piece.length;
        }
      }
      if (end === -1) break;
      yield* finishLine();
      start = end + 1;
    }
  }
  if (pendingBytes || oversized) yield* finishLine();
  if (!sawText && lineNumber === 0) yield { issue: { file, message: 'empty file' } };
  else if (!sawText) yield { issue: { file, message: 'empty file (only whitespace)' } };
}
