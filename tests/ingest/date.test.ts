import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/ingest/read/date.ts';

describe('normalizeDate', () => {
  it.each([
    ['2025-12-10', '2025-12-10'],
    ['2025-12-10T13:57:52Z', '2025-12-10T13:57:52Z'],
    ['2025-12-10T13:57:52.123Z', '2025-12-10T13:57:52.123Z'],
    ['2024-05-13T08:30:00+02:00', '2024-05-13T06:30:00Z'],
    ['2024-05-13 08:30', '2024-05-13T08:30:00Z'],
    ['Wed Dec 10 2025 13:57:52 GMT+0000 (Coordinated Universal Time)', '2025-12-10T13:57:52Z'],
    ['Wed, 10 Dec 2025 13:57:52 +0100', '2025-12-10T12:57:52Z'],
    ['December 10, 2025', '2025-12-10'],
    ['10 décembre 2025', '2025-12-10'],
    ['dimanche 1er mars 2026', '2026-03-01'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '1', '12/10', '2025-02-30', '31 févruary 2025', 'not 2025 a date'])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });

  it('accepts Date objects', () => {
    expect(normalizeDate(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe('2024-01-02T03:04:05Z');
  });
});
