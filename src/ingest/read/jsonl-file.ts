/**
 * Streaming a .jsonl file: lines are split on bytes, so a corpus of any size is read in bounded
 * memory. Each line is one article, and the reader's limits apply to it: a line longer than maxBytes
 * is reported (and skipped without being held in memory); each line is decoded as decode.ts says
 * (UTF-8, else Windows-1252 when it looks like text, else reported).
 * A line that is not text (NUL bytes, say) is one issue with its line number, like a line of bad
 * JSON; the other lines are read. A file whose first lines are all binary is a binary file: one issue
 * for the file, not one per line.
 */
import { createReadStream } from 'node:fs';
import type { Article } from '../../graph/model.ts';
import { decodeBytes } from './decode.ts';
import { parseJsonlLine } from './jsonl.ts';
import type { ReadIssue } from './types.ts';

const NEWLINE = 0x0a;
/** This many binary lines before any text line: the file is binary (a .jsonl name on an image, say). */
const BINARY_LINES = 5;
const BINARY_FILE = 'binary file (contains NUL bytes), not text';

export async function* readJsonlFile(file: string, maxBytes: number): AsyncGenerator<{ article?: Article; issue?: ReadIssue }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let lineNumber = 0;
  let sawText = false;
  /** Lines that are not text, held until a text line shows the file is text after all. */
  let held: ReadIssue[] = [];
  let textLines = 0;
  let binaryFile = false;

  const finishLine = function* (): Generator<{ article?: Article; issue?: ReadIssue }> {
    lineNumber++;
    if (oversized) {
      yield { issue: { file, line: lineNumber, message: `line too large (more than ${maxBytes} bytes)` } };
    } else if (pendingBytes) {
      const decoded = decodeBytes(pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes));
      let text = '';
      if ('text' in decoded) {
        text = decoded.text;
        textLines++;
        for (const issue of held) yield { issue };
        held = [];
      } else if (!decoded.error.startsWith('empty')) {
        const issue = { file, line: lineNumber, message: `line is not text: ${decoded.error.replace(/^binary file \((.*)\), not text$/, 'binary data ($1)')}` };
        if (textLines) yield { issue };
        else if (held.push(issue) >= BINARY_LINES) binaryFile = true;
      }
      if (text.trim()) sawText = true;
      const outcome = text ? parseJsonlLine(text, file, lineNumber) : undefined;
      if (outcome) yield outcome;
    }
    pending = [];
    pendingBytes = 0;
    oversized = false;
  };

  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
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
      if (binaryFile) {
        yield { issue: { file, message: BINARY_FILE } };
        return;
      }
      start = end + 1;
    }
  }
  if (pendingBytes || oversized) yield* finishLine();
  if (held.length && !textLines) {
    yield { issue: { file, message: BINARY_FILE } };
    return;
  }
  if (!sawText && lineNumber === 0) yield { issue: { file, message: 'empty file' } };
  else if (!sawText) yield { issue: { file, message: 'empty file (only whitespace)' } };
}
