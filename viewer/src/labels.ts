/**
 * Labels that never overlap, at any zoom. sigma's label grid proposes candidates; instead of drawing them
 * in the grid's order, the drawer collects them and, once the frame is drawn, places them by priority
 * (forced labels — the focus of a hover, selection or query — first, then bigger nodes first), skipping any
 * label whose box would touch a label already placed or a node's disc. Boxes live in a spatial hash, so a
 * frame with many labels stays linear.
 */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { ViewerEdgeAttributes, ViewerNodeAttributes, ViewerSigma } from './types.ts';

export interface Box { x1: number; y1: number; x2: number; y2: number }

const CELL = 64;
const PADDING = 2;

export class LabelPlacer {
  boxes: Box[] = [];
  private cells = new Map<number, Box[]>();

  reset(): void {
    this.boxes = [];
    this.cells.clear();
  }

  fits(box: Box): boolean {
    const cx1 = Math.floor(box.x1 / CELL), cx2 = Math.floor(box.x2 / CELL);
    const cy1 = Math.floor(box.y1 / CELL), cy2 = Math.floor(box.y2 / CELL);
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) {
        for (const o of this.cells.get(cx * 100_003 + cy) ?? []) {
          if (box.x1 < o.x2 && box.x2 > o.x1 && box.y1 < o.y2 && box.y2 > o.y1) return false;
        }
      }
    }
    return true;
  }

  /** Adds a box unconditionally (an obstacle, or a placed label). */
  add(box: Box, isLabel = true): void {
    const cx1 = Math.floor(box.x1 / CELL), cx2 = Math.floor(box.x2 / CELL);
    const cy1 = Math.floor(box.y1 / CELL), cy2 = Math.floor(box.y2 / CELL);
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) {
        const key = cx * 100_003 + cy;
        const list = this.cells.get(key);
        if (list) list.push(box); else this.cells.set(key, [box]);
      }
    }
    if (isLabel) this.boxes.push(box);
  }

  /** Places the box if it overlaps nothing placed; says whether it did. */
  tryPlace(box: Box): boolean {
    if (!this.fits(box)) return false;
    this.add(box);
    return true;
  }
}

interface Candidate { label: string; x: number; y: number; size: number; forced: boolean }

export interface LabelLayerOptions {
  /** Also keep labels off other nodes' discs (costs one pass over visible nodes per frame). */
  avoidNodes: boolean;
}

export class LabelLayer {
  readonly placer = new LabelPlacer();
  private pending: Candidate[] = [];
  private context: CanvasRenderingContext2D | null = null;

  /** The drawer sigma calls per candidate label: it only collects. */
  readonly draw: NodeLabelDrawingFunction<ViewerNodeAttributes, ViewerEdgeAttributes> = (context, data) => {
    if (!data.label) return;
    this.context = context;
    this.pending.push({ label: data.label, x: data.x, y: data.y, size: data.size, forced: data.forceLabel === true });
  };

  constructor(private options: LabelLayerOptions) {}

  attach(sigma: ViewerSigma): void {
    sigma.on('beforeRender', () => { this.pending = []; });
    sigma.on('afterRender', () => this.place(sigma));
  }

  private place(sigma: ViewerSigma): void {
    this.placer.reset();
    const context = this.context;
    if (!context || !this.pending.length) { this.pending = []; return; }
    if (this.options.avoidNodes) {
      const graph = sigma.getGraph();
      graph.forEachNode((node) => {
        const d = sigma.getNodeDisplayData(node);
        if (!d || d.hidden) return;
        const p = sigma.framedGraphToViewport(d);
        const r = sigma.scaleSize(d.size);
        this.placer.add({ x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r }, false);
      });
    }
    const settings = sigma.getSettings();
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.fillStyle = settings.labelColor.color ?? '#000';
    this.pending.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size);
    for (const c of this.pending) {
      const width = context.measureText(c.label).width;
      // Right of the node, as sigma draws it; if that is taken, left of it.
      for (const x of [c.x + c.size + 3, c.x - c.size - 3 - width]) {
        const box = { x1: x - PADDING, y1: c.y - size / 2 - PADDING, x2: x + width + PADDING, y2: c.y + size / 2 + PADDING };
        if (this.placer.tryPlace(box)) { context.fillText(c.label, x, c.y + size / 3); break; }
      }
    }
    this.pending = [];
  }
}
