/**
 * The sum a relation carries: its amount, its currency and, when known, its value in US dollars (in that order). The
 * rules and the amount binders wrote these three lines each in its own place.
 */
import type { PropertyValue } from '../../graph/model.ts';
import type { Money } from '../values/money.ts';

type Properties = Record<string, PropertyValue>;

/** Writes the sum (a money found in the text, or another relation's properties) into these properties. */
export function putSum(properties: Properties, sum: Properties | Money): void {
  properties.amount = sum.amount!;
  properties.currency = sum.currency!;
  if (sum.amountUsd !== undefined) properties.amountUsd = sum.amountUsd;
}

/** Replaces the sum: a dollar value of the sum before leaves with it when the new one has none. */
export function replaceSum(properties: Properties, sum: Properties | Money): void {
  putSum(properties, sum);
  if (sum.amountUsd === undefined) delete properties.amountUsd;
}
