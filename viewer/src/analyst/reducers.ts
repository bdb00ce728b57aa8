/**
 * The analyst tools' layer over the viewer's reducers: community colours, and the path drawn on top of
 * everything (its nodes labelled, its relations thick and dark, the rest dimmed unless in focus).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from '../defaults.ts';
import type { Focus } from '../reducers.ts';
import { nodeColor } from '../reducers.ts';
import type { ViewerEdgeAttributes, ViewerNodeAttributes } from '../types.ts';
import { communityColor } from './communities.ts';
import type { AnalystTools } from './tools.ts';

export const PATH_EDGE_COLOR = '#1f2933';
const PATH_EDGE_EXTRA = 2.5;

type NodeReducer = (node: string, attributes: ViewerNodeAttributes) => Partial<NodeDisplayData>;
type EdgeReducer = (edge: string, attributes: ViewerEdgeAttributes) => Partial<EdgeDisplayData>;

export function withAnalystNodes(base: NodeReducer, tools: AnalystTools, getFocus: () => Focus | null): NodeReducer {
  return (node, attributes) => {
    const data = base(node, attributes);
    if (data.hidden) return data;
    const byCommunity = tools.state.colorBy === 'community' && attributes.type !== 'Article';
    const own = byCommunity ? communityColor(tools.communities(), node) : nodeColor(attributes.type);
    const path = tools.path();
    if (path?.nodes.has(node)) {
      data.color = own;
      data.label = String(attributes.name ?? attributes.title ?? node);
      data.forceLabel = true;
      data.zIndex = 3;
    } else if (path?.result && !getFocus()?.nodes.has(node)) {
      data.color = DIMMED_NODE_COLOR;
      data.label = '';
      data.zIndex = 0;
    } else if (byCommunity && data.color !== DIMMED_NODE_COLOR) {
      data.color = own; // otherwise the base colour stands (type, or the timeline's new/closed/changed)
    }
    return data;
  };
}

export function withAnalystEdges(base: EdgeReducer, tools: AnalystTools, getFocus: () => Focus | null): EdgeReducer {
  return (edge, attributes) => {
    const data = base(edge, attributes);
    if (data.hidden) return data;
    const path = tools.path();
    if (path?.edges.has(edge)) {
      data.color = PATH_EDGE_COLOR;
      data.size = (data.size ?? 1) + PATH_EDGE_EXTRA;
      data.zIndex = 3;
    } else if (path?.result && !getFocus()?.edges.has(edge)) {
      data.color = DIMMED_EDGE_COLOR;
      data.zIndex = 0;
    }
    return data;
  };
}
