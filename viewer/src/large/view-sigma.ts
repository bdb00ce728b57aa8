/**
 * How sigma draws a server view. A view is a few hundred nodes but up to a couple of thousand relations,
 * and without a GPU (headless or software WebGL) every frame rasterised each relation twice (screen and
 * picking buffer) with the thick, antialiased arrow program: a pan crawled at a few frames per second.
 * So the overview draws relations as one-pixel lines (thin-edges.ts) and nodes as points (one vertex
 * each); emphasised relations keep arrows and thickness.
 */
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from 'sigma/rendering';
import { THIN_EDGE, thinEdges, type EdgeReducer } from './thin-edges.ts';

/** The page's sigma settings, adjusted for a server view (`on`) or left as they are. */
export function viewSigmaSettings<S extends { edgeReducer: EdgeReducer }>(on: boolean, settings: S): S {
  if (!on) return settings;
  return {
    ...settings,
    nodeProgramClasses: { circle: NodePointProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, [THIN_EDGE]: EdgeLineProgram },
    edgeReducer: thinEdges(settings.edgeReducer),
  } as unknown as S;
}
