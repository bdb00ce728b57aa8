/**
 * Comparison, equality, ordering, hashing, arithmetic corner cases (DST, month ends, ranges), property
 * access and errors of the temporal library, driven directly.
 */
import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/errors.ts';
import {
  addTemporal, compareTemporal, DateValue, DurationValue, isTemporalValue, orderTemporal, parseTemporalLiteral,
  temporalEquals, temporalKey, temporalProperty, TEMPORAL_TYPE_ORDER, type AnyTemporal,
} from '../../src/cypher/temporal/index.ts';
import { evaluateExpression } from './mini-eval.ts';

const v = (expr: string) => evaluateExpression(expr) as AnyTemporal;
const s = (expr: string) => String(evaluateExpression(expr));

function error(expr: string): CypherError {
  try {
    evaluateExpression(expr);
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error(`no error for ${expr}`);
}

describe('comparison', () => {
  const cases: [string, string, number | null, boolean][] = [
    ["date('1980-12-24')", "date('1984-10-11')", -1, false],
    ["date('1984-10-11')", "date({year: 1984, month: 10, day: 11})", 0, true],
    ["localtime('10:35')", "localtime('12:31:14.645876123')", -1, false],
    ["time('10:00+01:00')", "time('09:35:14.645876123+00:00')", -1, false],
    ["time('10:00+01:00')", "time('09:00Z')", 1, false],
    ["localdatetime('1980-12-11T12:31:14')", "localdatetime('1984-10-11T12:31:14.645876123')", -1, false],
    ["datetime('1980-12-11T12:31:14Z')", "datetime('1984-10-11T12:31:14+05:00')", -1, false],
    ["datetime('2015-07-21T21:40:32+01:00')", "datetime('2015-07-21T20:40:32Z')", 1, false],
    ["datetime('2017-10-29T02:30+02:00[Europe/Stockholm]')", "datetime('2017-10-29T02:30+01:00[Europe/Stockholm]')", -1, false],
    ["date('2015-07-21')", "localdatetime('2015-07-21T00:00')", null, false],
    ["duration('P1D')", "duration('PT24H')", null, false],
    ["duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})", "duration({years: 12, months: 5, days: 14, hours: 16, minutes: 13, seconds: 10})", null, true],
    ["duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})", "duration({years: 12, months: 5, days: 13, hours: 40, minutes: 13, seconds: 10})", null, false],
    ["duration('P1Y')", "duration('P12M')", null, true],
  ];
  for (const [a, b, c, eq] of cases) {
    it(`${a} vs ${b}`, () => {
      const r = compareTemporal(v(a), v(b));
      expect(r === null ? null : Math.sign(r)).toBe(c);
      expect(temporalEquals(v(a), v(b))).toBe(eq);
      expect(temporalKey(v(a)) === temporalKey(v(b))).toBe(eq);
    });
  }

  it('orders across types and durations by length', () => {
    const values = ["duration('PT1H')", "localtime('12:00')", "duration('P1M')", "date('2000-01-01')", "datetime('2000-01-01T00:00Z')",
      "duration('P30D')", "time('12:00Z')", "localdatetime('2000-01-01T00:00')"].map(v);
    const sorted = [...values].sort(orderTemporal).map((x) => `${x.temporalType}:${x}`);
    expect(sorted).toEqual([
      'DateTime:2000-01-01T00:00Z', 'LocalDateTime:2000-01-01T00:00', 'Date:2000-01-01', 'Time:12:00Z', 'LocalTime:12:00',
      'Duration:PT1H', 'Duration:P30D', 'Duration:P1M',
    ]);
    expect(TEMPORAL_TYPE_ORDER[0]).toBe('DateTime');
  });

  it('orders times by instant, whatever their offsets', () => {
    const times = ["time('10:35-08:00')", "time('12:31:14.645876123+01:00')", "time('12:31:14.645876124+01:00')",
      "time('12:35:15+05:00')", "time('12:30:14.645876123+01:01')"].map((t) => v(`${t} + duration({minutes: 6})`));
    expect([...times].sort(orderTemporal).map(String)).toEqual([
      '12:41:15+05:00', '12:36:14.645876123+01:01', '12:37:14.645876123+01:00', '12:37:14.645876124+01:00', '10:41-08:00',
    ]);
  });
});

describe('arithmetic corner cases', () => {
  const cases: [string, string][] = [
    ["date('2016-01-31') + duration('P1M')", '2016-02-29'],
    ["date('2016-03-31') - duration('P1M')", '2016-02-29'],
    ["duration('P1M') + date('2016-01-31')", '2016-02-29'],
    ["datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('P1D')", '2017-10-29T12:00+01:00[Europe/Stockholm]'],
    ["datetime('2017-10-28T12:00[Europe/Stockholm]') + duration('PT24H')", '2017-10-29T11:00+01:00[Europe/Stockholm]'],
    ["datetime('2017-03-25T02:30[Europe/Stockholm]') + duration('P1D')", '2017-03-26T03:30+02:00[Europe/Stockholm]'],
    ["localtime('23:00') + duration('PT2H30M')", '01:30'],
    ["time('01:00+05:00') - duration('PT2H')", '23:00+05:00'],
    ["localdatetime('2015-12-31T23:59:59.999999999') + duration({nanoseconds: 1})", '2016-01-01T00:00'],
    ["duration('P1Y2M3DT4H5M6.7S') - duration('P1Y2M3DT4H5M6.7S')", 'PT0S'],
    ["duration('PT1S') * 1.5", 'PT1.5S'],
    ["duration('P1M') / 2", 'P15DT5H14M33S'],
    ["duration('P3D') * -1", 'P-3D'],
    ["2 * duration('PT30M')", 'PT1H'],
    ["duration({months: 0.3})", 'P9DT3H8M43.8S'],
    ["duration('-P1DT2H')", 'P-1DT-2H'],
    ["duration('PT-0.001S')", 'PT-0.001S'],
    ["duration('P1,5D')", 'P1DT12H'],
    ["duration('P20151231')", 'P2016Y31D'],
    ["duration('PT14:37')", 'PT14H37M'],
    ["duration('-P0001-02-03T04:05:06,5')", 'P-1Y-2M-3DT-4H-5M-6.5S'],
    ["duration('P1Y2.5M')", 'P1Y2M15DT5H14M33S'],
    ["date({year: 1984, week: 10, weekDay: 3})", '1984-03-07'],
    ["datetime({year: 2015, month: 7, day: 21, timezone: 'America/New York'})", '2015-07-21T00:00-04:00[America/New_York]'],
    ["datetime('2017-10-29T02:30+01:00[Europe/Stockholm]')", '2017-10-29T02:30+01:00[Europe/Stockholm]'],
    ["date({year: 1984, quarter: 3, quarterDay: 45})", '1984-08-14'],
    ["localtime({time: localtime('12:31:14.645876123'), nanosecond: 2})", '12:31:14.000000002'],
    ["localtime({time: localtime('12:31:14.645876123'), millisecond: 5})", '12:31:14.005'],
    ["localtime.truncate('millisecond', localtime('12:31:14.645876123'), {microsecond: 7})", '12:31:14.645007'],
  ];
  for (const [expr, want] of cases) it(`${expr} = ${want}`, () => expect(s(expr)).toBe(want));

  it('null in, null out', () => {
    expect(addTemporal(null, DurationValue.ZERO)).toBeNull();
    expect(evaluateExpression('date.truncate(null, date())')).toBeNull();
  });

  it('round-trips every type through its string form', () => {
    for (const expr of ["date('-0044-03-15')", "date('+12345-01-01')", "localtime('00:00:00.000000001')", "time('23:59:59.5-02:30')",
      "localdatetime('0001-01-01T00:00')", "datetime('1818-07-21T21:40:32.142[Europe/Stockholm]')", "duration('P-1Y-2M3DT-4H5M-6.000000007S')"]) {
      const x = v(expr);
      expect(temporalEquals(parseTemporalLiteral(x.temporalType, x.toString()), x)).toBe(true);
      expect(JSON.stringify(x)).toBe(JSON.stringify(x.toString()));
    }
  });
});

describe('properties', () => {
  it('answers case-insensitively, with Integer (bigint) and String values', () => {
    const d = v("datetime('2015-07-21T21:40:32.142+02:00[Europe/Stockholm]')");
    expect(temporalProperty(d, 'YEAR')).toBe(2015n);
    expect(temporalProperty(d, 'timezone')).toBe('Europe/Stockholm');
    expect(temporalProperty(d, 'offset')).toBe('+02:00');
    expect(temporalProperty(d, 'offsetMinutes')).toBe(120n);
    expect(temporalProperty(d, 'epochMillis')).toBe(1437507632142n);
    expect(temporalProperty(d, 'weekDay')).toBe(2n);
    expect(temporalProperty(d, 'days')).toBeUndefined();
    expect(temporalProperty(v("date('2015-07-21')"), 'hour')).toBeUndefined();
    expect(temporalProperty(v("time('12:00-05:30')"), 'offsetSeconds')).toBe(-19800n);
    expect(temporalProperty(v("time('12:00-05:30')"), 'timezone')).toBe('-05:30');
  });

  it('splits negative durations as Neo4j does', () => {
    const d = v("duration('PT-23H-59M-59.9S')");
    expect(temporalProperty(d, 'seconds')).toBe(-86400n);
    expect(temporalProperty(d, 'nanosecondsOfSecond')).toBe(100000000n);
    expect(temporalProperty(d, 'hours')).toBe(-24n);
    expect(temporalProperty(d, 'milliseconds')).toBe(-86399900n);
  });

  it('recognises its values', () => {
    expect(isTemporalValue(new DateValue(0))).toBe(true);
    expect(isTemporalValue({ temporalType: 'Date' })).toBe(false);
  });
});

describe('errors', () => {
  const argumentErrors = [
    "date('2015-13-01')", "date('2015-02-30')", "date({year: 1984, month: 2, day: 30})", "date({month: 1})",
    "date({year: 1984, week: 54})", "date({year: 1984, month: 1, week: 2})", "localtime({minute: 3})",
    "localtime({hour: 25})", "time('25:00')", "datetime({year: 1984, timezone: 'Mars/Olympus_Mons'})",
    "datetime({year: 1984, timezone: '+19:00'})", "duration('P')", "duration('PT')", "duration('1D')",
    "duration({fortnights: 1})", "duration('P1.5Y2M')", "duration('P2015-13-01')", "duration('P2015')", "date.truncate('hour', date('2015-07-21'))", "localtime.truncate('year', localtime('12:00'))",
    "date.truncate('fortnight', date('2015-07-21'))", "date({year: 1000000000})", "date('+999999999-12-31') + duration('P1D')",
    "datetime('2015-07-21T21:40:32.142[Nowhere/City]')", "date({year: 1984, hour: 1})",
    "datetime('2015-07-21T21:40:32.142+01:00[Europe/Stockholm]')", "localdatetime({year: 1984, hour: 12})", "datetime({year: 1984, month: 2, minute: 3})", "date({year: 1984, weekDay: 1, dayOfWeek: 2})",
    "localtime({hour: 12, minute: 1, second: 2, microsecond: 1000, nanosecond: 1})",
  ];
  for (const expr of argumentErrors) {
    it(`${expr} is an ArgumentError at runtime`, () => {
      const e = error(expr);
      expect(e.kind).toBe('ArgumentError');
      expect(e.phase).toBe('runtime');
    });
  }
  const typeErrors = ['date(1)', "date({year: '1984'})", "duration({days: 'one'})", "duration(date('2015-07-21'))",
    "date('2015-07-21') + date('2015-07-21')", "duration.between(date('2015-07-21'), 1)", "localtime(date('2015-07-21'))",
    "date('2015-07-21') * 2"];
  for (const expr of typeErrors) {
    it(`${expr} is a TypeError`, () => {
      const e = error(expr);
      expect(e.kind).toBe('TypeError');
      expect(e.detail).toBe('InvalidArgumentType');
    });
  }
  it('division by zero is an ArithmeticError', () => expect(error("duration('P1D') / 0").kind).toBe('ArithmeticError'));
});
