// What an image export draws: the network as the screen shows it, resolved by the Cytoscape
// adapter into plain shapes, lines and text in graph coordinates, so that the SVG writer needs no
// renderer and no DOM.

export interface Point {
  x: number;
  y: number;
}

/** Text as drawn: its lines, font, and the box behind it (centred on cx, cy, then rotated). */
export interface SceneLabel {
  /**
   * The lines as wrapped on screen. Joined, they give back the label exactly: a line keeps the
   * space it was broken at, and a line that ends at a line break of the label keeps the break.
   */
  lines: string[];
  /** Middle of the text box. */
  cx: number;
  cy: number;
  /** Size of the text box, without padding. */
  width: number;
  height: number;
  lineHeight: number;
  fontSize: number;
  fontWeight: 'normal' | 'bold';
  fontFamily: string;
  color: string;
  /** Rotation about the middle, in radians (edge labels turned along their line). */
  angle: number;
  /** 0 to 1, the element's opacity included. */
  opacity: number;
  background?: {
    color: string;
    /** 0 to 1, the element's opacity included. */
    opacity: number;
    padding: number;
    border?: { color: string; width: number };
  };
}

/** Shapes of actors (see kindShapes in web/theme.ts). */
export type NodeShape =
  'ellipse' | 'rectangle' | 'round-rectangle' | 'diamond' | 'hexagon' | 'round-octagon';

export interface SceneNode {
  id: string;
  kind: string;
  shape: NodeShape;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** 0 to 1: below 1 when faded. */
  opacity: number;
  selected: boolean;
  /** The structural-balance bloc (0 or 1) an analysis colours the actor by, if any. */
  bloc?: number;
  label?: SceneLabel;
}

/** Arrowheads as Cytoscape draws them. */
export type ArrowShape = 'triangle' | 'tee';

export interface SceneEdge {
  /** The relation's id, or the bundle's when several relations are drawn as one line. */
  id: string;
  /** The relations the line stands for. */
  relations: string[];
  type: string;
  directed: boolean;
  source: string;
  target: string;
  /** The line: from `start`, a straight segment to each point without a control point, else a quadratic curve. */
  start: Point;
  segments: { control?: Point; end: Point }[];
  color: string;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  /** Dash lengths as drawn (empty for solid). */
  dash: number[];
  /** 0 to 1, the element's opacity (0.85 by default, less when faded). */
  opacity: number;
  selected: boolean;
  /** At the target end; `angle` in radians as Cytoscape turns its arrow shapes (0: pointing down). */
  arrow?: { shape: ArrowShape; tip: Point; angle: number; size: number; color: string };
  /** The bundle's count (×3) or a selected relation's label. */
  label?: SceneLabel;
}

export interface ImageScene {
  /** What is drawn, in graph coordinates, labels and arrows included. */
  bounds: { x1: number; y1: number; x2: number; y2: number };
  /** In drawing order: edges under nodes. */
  edges: SceneEdge[];
  nodes: SceneNode[];
  /** How the renderer dashes each line style, for the legend. */
  lineDashes: Record<SceneEdge['line'], number[]>;
}
