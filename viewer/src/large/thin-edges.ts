/**
 * The overview of a server view draws relations as one-pixel lines (see view-sigma.ts for why); the
 * relations that matter at the moment — those of the hovered or selected node, a path, what changed —
 * keep their arrows and thickness, because their display data says so (zIndex ≥ 2, or the hover colour).
 * No sigma import here: the rule is tested in Node.
 */
import type { EdgeDisplayData } from 'sigma/types';
import { HOVERED_EDGE_COLOR } from '../defaults.ts';
import type { ViewerEdgeAttributes } from '../types.ts';

/** sigma's edge type of the overview's one-pixel lines. */
export const THIN_EDGE = 'thin';

export type EdgeReducer = (edge: string, attributes: ViewerEdgeAttributes) => Partial<EdgeDisplayData>;

/** An edge in the overview (not emphasised) is drawn as a thin line; emphasised ones keep their type. */
export function thinEdges(reducer: EdgeReducer): EdgeReducer {
  return (edge, attributes) => {
    const data = reducer(edge, attributes);
    if (data.hidden || (data.zIndex ?? 0) >= 2 || data.color === HOVERED_EDGE_COLOR) return data;
    return { ...data, type: THIN_EDGE };
  };
}
