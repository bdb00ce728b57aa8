/**
 * The scalar function library: importing this module registers every family in ./registry.ts
 * (string, math, list, type conversion, timestamp()). Graph-aware functions and aggregations live with the executor;
 * temporal functions register themselves from ../temporal/.
 */
import './string.ts';
import './math.ts';
import './list.ts';
import './conversion.ts';
import './clock.ts';
import './spatial.ts';

export { lookupFunction, functionNames, registerFunctions, type ScalarFunction } from './registry.ts';
