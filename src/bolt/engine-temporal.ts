/**
 * Bridges Bolt temporal structures and the engine's temporal classes (src/cypher/temporal/): parameters
 * the client sends become DateValue, TimeValue, … and the engine's values are read through their
 * fields (epochDay, nanoOfDay, offset, zoneName, months/days/seconds/nanos).
 */
import { DateValue, DateTimeValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from '../cypher/temporal/values.ts';
import { DurationValue } from '../cypher/temporal/duration.ts';
import type { TemporalValue } from '../cypher/values.ts';
import type { TemporalFactory } from './decode-values.ts';
import { temporalFields, type TemporalFields } from './temporal-codec.ts';

const NANOS = 1_000_000_000n;
const DAY = 86_400n;

function split(seconds: bigint, nanos: bigint): { epochDay: number; nanoOfDay: number } {
  let day = seconds / DAY, sec = seconds % DAY;
  if (sec < 0n) { sec += DAY; day -= 1n; }
  return { epochDay: Number(day), nanoOfDay: Number(sec * NANOS + nanos) };
}

export const engineTemporalFactory: TemporalFactory = (type, text) => {
  const f = temporalFields(type, text);
  switch (f.type) {
    case 'Date': return new DateValue(Number(f.days));
    case 'LocalTime': return new LocalTimeValue(Number(f.nanos));
    case 'Time': return new TimeValue(Number(f.nanos), Number(f.offset));
    case 'LocalDateTime': { const s = split(f.seconds, f.nanos); return new LocalDateTimeValue(s.epochDay, s.nanoOfDay); }
    case 'DateTime': { const s = split(f.localSeconds, f.nanos); return new DateTimeValue(s.epochDay, s.nanoOfDay, Number(f.offset), f.zone ?? null); }
    case 'Duration': return new DurationValue(f.months, f.days, f.seconds, f.nanos);
  }
};

/** Bolt fields of an engine temporal value, read from its accessors; other values go through their ISO form. */
export function engineTemporalFields(v: TemporalValue): TemporalFields {
  if (v instanceof DateValue) return { type: 'Date', days: BigInt(v.epochDay) };
  if (v instanceof LocalTimeValue) return { type: 'LocalTime', nanos: BigInt(v.nanoOfDay) };
  if (v instanceof TimeValue) return { type: 'Time', nanos: BigInt(v.nanoOfDay), offset: BigInt(v.offset) };
  if (v instanceof LocalDateTimeValue) {
    const ns = BigInt(v.nanoOfDay);
    return { type: 'LocalDateTime', seconds: BigInt(v.epochDay) * DAY + ns / NANOS, nanos: ns % NANOS };
  }
  if (v instanceof DateTimeValue) {
    const ns = BigInt(v.nanoOfDay);
    const local = BigInt(v.epochDay) * DAY + ns / NANOS;
    const out: TemporalFields = { type: 'DateTime', seconds: local - BigInt(v.offset), nanos: ns % NANOS, offset: BigInt(v.offset), localSeconds: local };
    if (v.zoneName !== null) out.zone = v.zoneName;
    return out;
  }
  if (v instanceof DurationValue) return { type: 'Duration', months: v.months, days: v.days, seconds: v.seconds, nanos: BigInt(v.nanos) };
  return temporalFields(v.temporalType, v.toString());
}
