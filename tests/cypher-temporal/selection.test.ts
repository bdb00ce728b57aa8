/**
 * Building values from other temporal values with overrides (`date({date: d, week: 1})`,
 * `datetime({date: d, time: t, timezone: z})`, …), conversions between types and time zone moves.
 * Cases written by hand from Neo4j's documented behaviour (openCypher TCK "Temporal3" semantics).
 */
import { describe, expect, it } from 'vitest';
import '../../src/cypher/temporal/index.ts';
import { evaluateExpression, show } from './mini-eval.ts';

const LDT = "localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, millisecond: 645})";
const DT_STO = "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})";
const DT_P1 = "datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})";
const T_P1 = "time({hour: 12, minute: 31, second: 14, microsecond: 645876, timezone: '+01:00'})";
const LT = 'localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})';
const D = 'date({year: 1984, month: 11, day: 11})';

function check(cases: [string, Record<string, string>, string, string][]) {
  for (const [fn, vars, expr, want] of cases) {
    it(`${fn}(${expr}) with ${Object.values(vars).join(', ')} = ${want}`, () => {
      const env = new Map(Object.entries(vars).map(([k, v]) => [k, evaluateExpression(v)]));
      expect(show(evaluateExpression(`${fn}(${expr})`, env))).toMatch(new RegExp(`\\(${want.replace(/[[\]+.]/g, '\\$&')}\\)$`));
    });
  }
}

describe('select date', () => {
  check([
    ['date', { other: D }, '{date: other, year: 28}', '0028-11-11'],
    ['date', { other: D }, '{date: other, week: 1}', '1984-01-08'],
    ['date', { other: D }, '{date: other, ordinalDay: 28}', '1984-01-28'],
    ['date', { other: D }, '{date: other, quarter: 3}', '1984-08-11'],
    ['date', { other: DT_P1 }, 'other', '1984-10-11'],
    ['date', { other: 'date({year: 2016, month: 2, day: 29})' }, '{date: other, year: 2017}', '2017-02-28'],
    ['date', { other: 'date({year: 2016, month: 1, day: 31})' }, '{date: other, month: 2}', '2016-02-29'],
    ['date', { other: 'date({year: 2015, month: 12, day: 31})' }, '{date: other, quarter: 1}', '2015-03-31'],
    ['date', { other: 'date({year: 2015, month: 8, day: 31})' }, '{date: other, quarter: 1}', '2015-02-28'],
    ['date', { other: 'date({year: 2015, month: 8, day: 31})' }, '{date: other, quarter: 1, dayOfQuarter: 90}', '2015-03-31'],
    ['date', { other: 'date({year: 2015, month: 8, day: 31})' }, '{date: other, dayOfWeek: 1}', '2015-08-31'],
    ['date', { other: 'date({year: 2015, month: 8, day: 30})' }, '{date: other, dayOfWeek: 1}', '2015-08-24'],
  ]);
});

describe('select times', () => {
  check([
    ['localtime', { other: LT }, '{time: other, second: 42}', '12:31:42.645876123'],
    ['localtime', { other: DT_P1 }, '{time: other, second: 42}', '12:00:42'],
    ['time', { other: LT }, "{time: other, second: 42, timezone: '+05:00'}", '12:31:42.645876123+05:00'],
    ['time', { other: T_P1 }, "{time: other, timezone: '+05:00'}", '16:31:14.645876+05:00'],
    ['time', { other: T_P1 }, "{time: other, second: 42, timezone: '+05:00'}", '16:31:42.645876+05:00'],
    ['time', { other: LDT }, 'other', '12:31:14.645Z'],
    ['time', { other: DT_STO }, "{time: other, timezone: '+05:00'}", '16:00+05:00'],
    ['time', { other: DT_STO }, '{time: other}', '12:00+01:00'],
  ]);
});

describe('select into local date-times', () => {
  check([
    ['localdatetime', { other: 'date({year: 1984, month: 10, day: 11})' }, '{date: other, day: 28, hour: 10, minute: 10, second: 10}', '1984-10-28T10:10:10'],
    ['localdatetime', { other: T_P1 }, '{year: 1984, month: 10, day: 11, time: other, second: 42}', '1984-10-11T12:31:42.645876'],
    ['localdatetime', { d: LDT, t: DT_P1 }, '{date: d, time: t, day: 28, second: 42}', '1984-03-28T12:00:42'],
    ['localdatetime', { other: DT_P1 }, '{datetime: other, day: 28, second: 42}', '1984-10-28T12:00:42'],
  ]);
});

describe('select into date-times', () => {
  check([
    ['datetime', { other: DT_P1 }, '{date: other, hour: 10, minute: 10, second: 10}', '1984-10-11T10:10:10Z'],
    ['datetime', { other: LDT }, "{date: other, day: 28, hour: 10, minute: 10, second: 10, timezone: 'Pacific/Honolulu'}", '1984-03-28T10:10:10-10:00[Pacific/Honolulu]'],
    ['datetime', { other: T_P1 }, '{year: 1984, month: 10, day: 11, time: other}', '1984-10-11T12:31:14.645876+01:00'],
    ['datetime', { other: T_P1 }, "{year: 1984, month: 10, day: 11, time: other, second: 42, timezone: 'Pacific/Honolulu'}", '1984-10-11T01:31:42.645876-10:00[Pacific/Honolulu]'],
    ['datetime', { other: DT_STO }, "{year: 1984, month: 10, day: 11, time: other, timezone: '+05:00'}", '1984-10-11T16:00+05:00'],
    ['datetime', { d: LDT, t: DT_STO }, '{date: d, time: t, day: 28, second: 42}', '1984-03-28T12:00:42+02:00[Europe/Stockholm]'],
    ['datetime', { d: LDT, t: DT_STO }, "{date: d, time: t, day: 28, second: 42, timezone: 'Pacific/Honolulu'}", '1984-03-28T00:00:42-10:00[Pacific/Honolulu]'],
    ['datetime', { other: LDT }, "{datetime: other, timezone: '+05:00'}", '1984-03-07T12:31:14.645+05:00'],
    ['datetime', { other: DT_STO }, "{datetime: other, timezone: '+05:00'}", '1984-10-11T16:00+05:00'],
    ['datetime', { other: DT_STO }, "{datetime: other, day: 28, second: 42, timezone: 'Pacific/Honolulu'}", '1984-10-28T01:00:42-10:00[Pacific/Honolulu]'],
    ['datetime', { other: LDT }, 'other', '1984-03-07T12:31:14.645Z'],
  ]);
});

describe('epoch and clock', () => {
  check([
    ['datetime', {}, '{epochSeconds: 1500000000, nanosecond: 5}', '2017-07-14T02:40:00.000000005Z'],
    ['datetime', {}, "{epochMillis: 1500000000123, timezone: 'Europe/Paris'}", '2017-07-14T04:40:00.123+02:00[Europe/Paris]'],
  ]);
  it('reads one instant per statement', () => {
    expect(String(evaluateExpression('duration.inSeconds(datetime(), datetime())'))).toBe('PT0S');
    const a = evaluateExpression("datetime.realtime('+01:00')");
    expect(String(a)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?\+01:00$/);
    expect(String(evaluateExpression("date({timezone: 'Pacific/Kiritimati'})"))).toMatch(/^\d{4}-\d\d-\d\d$/);
  });
});
