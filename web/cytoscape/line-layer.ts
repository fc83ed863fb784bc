// The plain lines of a large graph's overview, drawn on canvases of their own below the network's
// actors: straight, centre to centre, in their type's colour, as Cytoscape's cheapest edges look.
//
// Why: Cytoscape creates, styles and draws each edge as an element, one stroke at a time. At
// 25,000 relations that was most of the first frame, and every filter change redrew them all
// (about 250 ms). Here a line is a record, and the lines of each type and width are one path:
// 16,000 of them are drawn in a few milliseconds. Each type has its own canvas, so that a filter
// on one type leaves the others' pictures as they are. The price: types no longer interleave,
// and where lines cross, the later type (leverage, then rivalry, over cooperation) is the one
// seen. Cytoscape keeps the actors, and the few edges in view once zoomed in, which it draws in
// detail (curves, dashes, arrows, counts).
import type { Core } from 'cytoscape';
import { relationStyles } from '../theme';
import type { RelationType } from '../model/schema';

/** A line as the overview draws it. */
export interface PlainLine {
  /** The edge's id: a relation's, or a bundle's. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  directed: boolean;
  /** Relations drawn as one line (a bundle): its width grows with their number. */
  count?: number;
}

/** The overview's opacity of a line, as the network's stylesheet has it. */
export const plainLineOpacity = 0.85;

/** A line's width in graph units: its type's, or for a bundle 4 to 10 as it holds 2 to 20. */
export function plainLineWidth(line: PlainLine): number {
  if (line.count === undefined) return relationStyles[line.type].width;
  const share = (Math.min(Math.max(line.count, 2), 20) - 2) / 18;
  return 4 + 6 * share;
}

export interface LineLayer {
  /**
   * Draws the lines of these types again in the next frame (all when none are given), once
   * however often asked before it.
   */
  draw(types?: Iterable<RelationType>): void;
  destroy(): void;
}

type Box = { x1: number; y1: number; x2: number; y2: number };

const types = Object.keys(relationStyles) as RelationType[];

/**
 * Canvases filling `parent`, one per relation type (so that a filter on one type redraws only
 * its own), put before `before` (so below what it holds), that draw the lines `lines()` gives at
 * the network's zoom and pan, redrawn when the network's view or size changes.
 */
export function createLineLayer(
  parent: HTMLElement,
  before: Element,
  network: Core,
  lines: () => Iterable<PlainLine>,
): LineLayer {
  const canvases = new Map(
    types.map((type) => {
      const canvas = document.createElement('canvas');
      canvas.className = `plain-lines ${type}`;
      Object.assign(canvas.style, {
        position: 'absolute',
        inset: '0',
        width: '100%',
        height: '100%',
        pointerEvents: 'none',
      });
      parent.insertBefore(canvas, before);
      return [type, { canvas, context: canvas.getContext('2d') }];
    }),
  );
  /** The types to draw again in the next frame. */
  const dirty = new Set<RelationType>();

  const paint = () => {
    frame = undefined;
    if (network.destroyed()) return;
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = [parent.clientWidth, parent.clientHeight];
    const [pixelsWide, pixelsHigh] = [Math.round(width * ratio), Math.round(height * ratio)];
    const zoom = network.zoom();
    const pan = network.pan();
    // What is in view, in graph units: lines wholly outside it are not drawn.
    const view: Box = {
      x1: -pan.x / zoom,
      y1: -pan.y / zoom,
      x2: (width - pan.x) / zoom,
      y2: (height - pan.y) / zoom,
    };
    const at = new Map<string, { x: number; y: number }>();
    network.nodes().forEach((node) => {
      at.set(node.id(), node.position());
    });
    // One path per type and width.
    const paths = new Map<string, { type: RelationType; width: number; path: Path2D }>();
    for (const line of lines()) {
      if (!dirty.has(line.type)) continue;
      const [a, b] = [at.get(line.source), at.get(line.target)];
      if (!a || !b) continue;
      if (
        Math.max(a.x, b.x) < view.x1 ||
        Math.min(a.x, b.x) > view.x2 ||
        Math.max(a.y, b.y) < view.y1 ||
        Math.min(a.y, b.y) > view.y2
      ) {
        continue;
      }
      const width = plainLineWidth(line);
      const key = `${line.type} ${width}`;
      let group = paths.get(key);
      if (!group) paths.set(key, (group = { type: line.type, width, path: new Path2D() }));
      group.path.moveTo(a.x, a.y);
      group.path.lineTo(b.x, b.y);
    }
    for (const type of dirty) {
      const { canvas, context } = canvases.get(type)!;
      if (!context) continue;
      if (canvas.width !== pixelsWide || canvas.height !== pixelsHigh) {
        canvas.width = pixelsWide;
        canvas.height = pixelsHigh;
      } else {
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, pixelsWide, pixelsHigh);
      }
      context.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
      context.globalAlpha = plainLineOpacity;
      context.strokeStyle = relationStyles[type].color;
      for (const group of paths.values()) {
        if (group.type !== type) continue;
        context.lineWidth = group.width;
        context.stroke(group.path);
      }
    }
    dirty.clear();
  };

  let frame: number | undefined;
  const draw = (which: Iterable<RelationType> = types) => {
    for (const type of which) dirty.add(type);
    if (dirty.size > 0) frame ??= requestAnimationFrame(paint);
  };
  const drawAll = () => draw();
  network.on('viewport resize', drawAll);
  draw();

  return {
    draw,
    destroy() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (!network.destroyed()) network.off('viewport resize', drawAll);
      for (const { canvas } of canvases.values()) canvas.remove();
    },
  };
}
