/** Remove: REMOVE n.p, n:Label. Same eager shape as SetProperties. */
import { SetProperties, type RowAction } from './set-properties.ts';
import type { Operator } from '../runtime/context.ts';

export class Remove extends SetProperties {
  override readonly name: string = 'Remove';
  constructor(source: Operator, actions: RowAction[]) { super(source, actions, 'Remove'); }
}
