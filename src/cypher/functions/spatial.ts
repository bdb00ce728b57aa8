/**
 * Spatial functions, as Neo4j has them: `point({…})`, `point.distance(a, b)` (Neo4j 5) and its Neo4j 4
 * name `distance(a, b)`, `point.withinBBox(p, lowerLeft, upperRight)`. Null in → null out; points of
 * different coordinate reference systems have no distance (null). See ../../graph/point.ts.
 */
import { CypherError } from '../errors.ts';
import type { CypherValue } from '../values.ts';
import { isMap } from '../values.ts';
import { PointError, isPoint, pointDistance, pointFromMap, withinBBox, type Point } from '../../graph/point.ts';
import { wrongType } from './arguments.ts';
import { registerFunctions, type ScalarFunction } from './registry.ts';

function asPoint(fn: string, v: CypherValue): Point {
  if (isPoint(v)) return v;
  throw wrongType(fn, v, 'a Point');
}

const point: ScalarFunction = {
  name: 'point', minArgs: 1, maxArgs: 1,
  call([m]) {
    if (m === null) return null;
    if (isPoint(m)) return m;
    if (!isMap(m)) throw wrongType('point', m, 'a Map');
    // Neo4j: a null coordinate gives a null point
    if (Object.values(m).some((x) => x === null)) return null;
    try {
      return pointFromMap(m as Record<string, unknown>);
    } catch (err) {
      if (err instanceof PointError) throw new CypherError('ArgumentError', err.message, 'runtime', 'InvalidArgumentValue');
      throw err;
    }
  },
};

function distanceFn(name: string): ScalarFunction {
  return {
    name, minArgs: 2, maxArgs: 2,
    call([a, b]) {
      if (a === null || b === null) return null;
      return pointDistance(asPoint(name, a), asPoint(name, b));
    },
  };
}

const bbox: ScalarFunction = {
  name: 'point.withinbbox', minArgs: 3, maxArgs: 3,
  call([p, lowerLeft, upperRight]) {
    if (p === null || lowerLeft === null || upperRight === null) return null;
    return withinBBox(asPoint('point.withinBBox', p), asPoint('point.withinBBox', lowerLeft), asPoint('point.withinBBox', upperRight));
  },
};

registerFunctions(point, distanceFn('point.distance'), distanceFn('distance'), bbox);
