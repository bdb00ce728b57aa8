/**
 * `newsgraph query` stops a query at --timeout wherever it spends its time: the engine stops itself
 * inside expressions; a regular expression that backtracks without end is ended by the watchdog.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';

describe('newsgraph query limits', () => {
  it('stops a reduce over millions of elements at --timeout with the timeout error', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'ng-q-')), 'g.json');
    const r = await cli(['query', 'WITH range(1, 3000000) AS l RETURN size(reduce(acc = [], x IN l | acc + x))', '--timeout', '500', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/TransactionTimedOut/);
  }, 60_000);

  it('ends a backtracking regular expression after --timeout with a clear message', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'ng-q-')), 'g.json');
    const r = await cli(['query', `RETURN "${'a'.repeat(40)}!" =~ "(a+)+\\\\1" AS m`, '--timeout', '500', '--db', db]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/TransactionTimedOut: the query exceeded its time limit \(--timeout 500\) and was stopped/);
  }, 60_000);

  it('answers (a+)+ at once (linear-time regular expressions) and refuses 5,000 nested parentheses as a syntax error', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'ng-q-')), 'g.json');
    const ok = await cli(['query', `RETURN "${'a'.repeat(40)}!" =~ "(a+)+" AS m`, '--format', 'json', '--timeout', '5000', '--db', db]);
    expect(JSON.parse(ok.stdout).rows).toEqual([[false]]);
    const deep = await cli(['query', `RETURN ${'('.repeat(5000)}1${')'.repeat(5000)}`, '--db', db]);
    expect(deep.code).toBe(1);
    expect(deep.stderr).toMatch(/SyntaxError: The query is nested too deeply/);
  }, 60_000);
});
