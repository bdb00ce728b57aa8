/** Points cross the worker boundary as points (structured clone alone drops their class: toJSON is lost). */
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../src/query-workers/value-codec.ts';
import { Point, isPoint } from '../../src/graph/point.ts';

describe('value codec', () => {
  it('sends 2D and 3D points, alone and inside node properties, as Point instances', () => {
    const value = { name: 'Lyon', location: new Point(4326, 4.8357, 45.764), h: [new Point(9157, 1, 2, 3)] };
    const back = decodeValue(structuredClone(encodeValue(value))) as typeof value;
    expect(back.location).toBeInstanceOf(Point);
    expect(isPoint(back.location)).toBe(true);
    expect(back.location.toJSON()).toEqual(value.location.toJSON());
    expect(back.h[0]).toBeInstanceOf(Point);
    expect(back.h[0]!.z).toBe(3);
    expect(back.name).toBe('Lyon');
  });
});
