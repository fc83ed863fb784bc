// Reads the drawn network off the live Cytoscape instance as an ImageScene (what is visible, where,
// how it is painted), following Cytoscape's own geometry for endpoints, curves, arrowheads and
// label boxes, so that an exported image is the picture on the screen.
import type {
  Collection,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import type {
  ArrowShape,
  ImageScene,
  NodeShape,
  Point,
  SceneEdge,
  SceneLabel,
  SceneNode,
} from '../model/export/scene';
import { relationStyles } from '../theme';
import { plainLineOpacity, plainLineWidth, type PlainLine } from './line-layer';

const nodeShapes: readonly NodeShape[] = [
  'ellipse',
  'rectangle',
  'round-rectangle',
  'diamond',
  'hexagon',
  'round-octagon',
];

let measuring: CanvasRenderingContext2D | null | undefined;

/** Text width as Cytoscape measures it: a 2D canvas with the element's font, rounded up. */
function measure(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 8;
  measuring.font = font;
  return Math.ceil(measuring.measureText(text).width);
}

/**
 * A label's lines as Cytoscape wraps them ('text-wrap: wrap'): at its line breaks, then between
 * words where a line grows wider than the maximum. Each line keeps the space it was broken at
 * and a line ending at a break keeps the break, so the lines joined give back the label.
 */
function wrap(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  const paragraphs = text.split('\n');
  paragraphs.forEach((paragraph, p) => {
    const broken: string[] = [];
    if (width(paragraph) <= maxWidth) broken.push(paragraph);
    else {
      let line = '';
      for (const match of paragraph.matchAll(/([^\s\u200b]*)([\s\u200b]+|$)/g)) {
        const [whole, word = '', separator = ''] = match;
        if (whole === '') continue;
        if (line === '' || width(line + word + separator) <= maxWidth) line += word + separator;
        else {
          broken.push(line);
          line = word + separator;
        }
      }
      broken.push(line);
    }
    if (p < paragraphs.length - 1) broken[broken.length - 1] += '\n';
    lines.push(...broken);
  });
  return lines;
}

const styleOf = (element: SingularElementArgument, name: string) => String(element.style(name));
const numberOf = (element: SingularElementArgument, name: string) =>
  Number(element.numericStyle(name));

function label(element: SingularElementArgument): SceneLabel | undefined {
  const text = styleOf(element, 'label');
  if (!text) return undefined;
  const opacity = element.effectiveOpacity();
  const fontSize = numberOf(element, 'font-size');
  const fontFamily = styleOf(element, 'font-family');
  const fontWeight = styleOf(element, 'font-weight') === 'bold' ? 'bold' : 'normal';
  const font = `${styleOf(element, 'font-style')} ${styleOf(element, 'font-weight')} ${fontSize}px ${fontFamily}`;
  const width = (line: string) => measure(line.replace(/\n$/, ''), font);
  const lines =
    styleOf(element, 'text-wrap') === 'wrap'
      ? wrap(text, numberOf(element, 'text-max-width'), width)
      : [text];
  const lineHeight = fontSize * numberOf(element, 'line-height');
  const height = fontSize + (lines.length - 1) * lineHeight;
  const boxWidth = Math.max(...lines.map(width));
  const marginX = numberOf(element, 'text-margin-x');
  const marginY = numberOf(element, 'text-margin-y');
  let cx: number;
  let cy: number;
  let angle = 0;
  if (element.isNode()) {
    const node = element as NodeSingular;
    const { x, y } = node.position();
    const half = node.height() / 2 + numberOf(node, 'padding');
    const valign = styleOf(node, 'text-valign');
    cx = x + marginX;
    if (valign === 'bottom') cy = y + half + marginY + height / 2;
    else if (valign === 'top') cy = y - half + marginY - height / 2;
    else cy = y + marginY;
  } else {
    const edge = element as EdgeSingular;
    const middle = edge.midpoint();
    cx = middle.x + marginX;
    cy = middle.y + marginY;
    const rotation = styleOf(edge, 'text-rotation');
    if (rotation === 'autorotate') {
      const [from, to] = [edge.sourceEndpoint(), edge.targetEndpoint()];
      const [dx, dy] = [to.x - from.x, to.y - from.y];
      angle = Math.atan(dy / dx);
      if (dx === 0 && angle < 0) angle = -angle;
    } else if (rotation !== 'none') angle = numberOf(edge, 'text-rotation');
  }
  const backgroundOpacity = numberOf(element, 'text-background-opacity');
  const borderWidth = numberOf(element, 'text-border-width');
  const border =
    borderWidth > 0 && numberOf(element, 'text-border-opacity') > 0
      ? { color: styleOf(element, 'text-border-color'), width: borderWidth }
      : undefined;
  return {
    lines,
    cx,
    cy,
    width: boxWidth,
    height,
    lineHeight,
    fontSize,
    fontWeight,
    fontFamily,
    color: styleOf(element, 'color'),
    angle,
    opacity: opacity * numberOf(element, 'text-opacity'),
    ...(backgroundOpacity > 0 || border
      ? {
          background: {
            color: styleOf(element, 'text-background-color'),
            opacity: backgroundOpacity * opacity,
            padding: numberOf(element, 'text-background-padding'),
            ...(border ? { border } : {}),
          },
        }
      : {}),
  };
}

function sceneNode(node: NodeSingular): SceneNode {
  const shape = styleOf(node, 'shape') as NodeShape;
  const text = label(node);
  return {
    id: node.id(),
    kind: String(node.data('kind')),
    shape: nodeShapes.includes(shape) ? shape : 'rectangle',
    ...node.position(),
    width: node.width(),
    height: node.height(),
    fill: styleOf(node, 'background-color'),
    stroke: styleOf(node, 'border-color'),
    strokeWidth: numberOf(node, 'border-width'),
    opacity: node.effectiveOpacity(),
    selected: node.selected(),
    ...(node.hasClass('bloc-0') ? { bloc: 0 } : node.hasClass('bloc-1') ? { bloc: 1 } : {}),
    ...(text ? { label: text } : {}),
  };
}

const lineDashes = (cy: Core): ImageScene['lineDashes'] => {
  const sample = cy.edges().first();
  const pattern = sample.nonempty() ? styleOf(sample, 'line-dash-pattern') : '6 3';
  // Cytoscape dots every line with [1, 1] and dashes with 'line-dash-pattern'.
  return { solid: [], dashed: pattern.split(/[\s,]+/).map(Number), dotted: [1, 1] };
};

const quadraticAt = (a: Point, control: Point, b: Point, t: number): Point => ({
  x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * control.x + t * t * b.x,
  y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * control.y + t * t * b.y,
});

function sceneEdge(
  edge: EdgeSingular,
  relationsOf: (id: string) => string[],
  dashes: ImageScene['lineDashes'],
): SceneEdge {
  const start = edge.sourceEndpoint();
  const tip = edge.targetEndpoint();
  const controls = edge.controlPoints() ?? [];
  const width = numberOf(edge, 'width');
  const arrowScale = numberOf(edge, 'arrow-scale');
  const arrowShape = styleOf(edge, 'target-arrow-shape');
  // The line stops short of the tip by the arrow's gap (Cytoscape: twice the width, scaled, for a
  // triangle; a tee sits on the line's end), along the way to the last control point.
  const shortenBy = arrowShape === 'triangle' ? width * arrowScale * 2 : 0;
  const toward = controls.at(-1) ?? start;
  const length = Math.hypot(toward.x - tip.x, toward.y - tip.y) || 1;
  const end = {
    x: tip.x + ((toward.x - tip.x) / length) * shortenBy,
    y: tip.y + ((toward.y - tip.y) / length) * shortenBy,
  };
  // Several control points make a chain of quadratic curves meeting halfway between them.
  const segments: SceneEdge['segments'] = controls.length === 0 ? [{ end }] : [];
  controls.forEach((control, i) => {
    const next = controls[i + 1];
    segments.push({
      control,
      end: next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : end,
    });
  });
  const last = segments.at(-1)!;
  const before = segments.length > 1 ? segments.at(-2)!.end : start;
  const near = last.control ? quadraticAt(before, last.control, end, 0.9) : edge.midpoint();
  const line = styleOf(edge, 'line-style') as SceneEdge['line'];
  const text = label(edge);
  return {
    id: edge.id(),
    relations: relationsOf(edge.id()),
    type: String(edge.data('type')),
    directed: edge.hasClass('directed'),
    source: edge.source().id(),
    target: edge.target().id(),
    start: { ...start },
    segments,
    color: styleOf(edge, 'line-color'),
    width,
    line,
    dash: dashes[line] ?? [],
    opacity: edge.effectiveOpacity(),
    selected: edge.selected(),
    ...(arrowShape === 'triangle' || arrowShape === 'tee'
      ? {
          arrow: {
            shape: arrowShape as ArrowShape,
            tip: { ...tip },
            angle: Math.atan2(tip.y - near.y, tip.x - near.x) - Math.PI / 2,
            size: Math.max(Math.pow(width * 13.37, 0.9), 29) * arrowScale,
            color: styleOf(edge, 'target-arrow-color'),
          },
        }
      : {}),
    ...(text ? { label: text } : {}),
  };
}

/** A line the line layer draws, plain and straight from centre to centre. */
function plainEdge(cy: Core, line: PlainLine, relationsOf: (id: string) => string[]): SceneEdge {
  const [start, end] = [line.source, line.target].map((id) => ({
    ...(cy.getElementById(id) as NodeSingular).position(),
  }));
  return {
    id: line.id,
    relations: relationsOf(line.id),
    type: line.type,
    directed: line.directed,
    source: line.source,
    target: line.target,
    start: start!,
    segments: [{ end: end! }],
    color: relationStyles[line.type].color,
    width: plainLineWidth(line),
    line: 'solid',
    dash: [],
    opacity: plainLineOpacity,
    selected: false,
  };
}

const byZIndex = <T extends SingularElementArgument>(elements: T[]) =>
  elements
    .map((element, order) => ({ element, order, z: numberOf(element, 'z-index') }))
    .sort((a, b) => a.z - b.z || a.order - b.order)
    .map(({ element }) => element);

/** What a large graph draws on its top layer, over the network (see top-layer.ts). */
export interface RaisedLayer {
  /** The copies drawn over the network, in their full style (the selection, a lit path...). */
  elements: Collection;
  /** Whether the network below is dimmed, and to what opacity. */
  networkOpacity: number;
}

const dimmed = <T extends SceneNode | SceneEdge>(element: T, factor: number): T =>
  factor === 1
    ? element
    : {
        ...element,
        opacity: element.opacity * factor,
        ...(element.label
          ? {
              label: {
                ...element.label,
                opacity: element.label.opacity * factor,
                ...(element.label.background
                  ? {
                      background: {
                        ...element.label.background,
                        opacity: element.label.background.opacity * factor,
                      },
                    }
                  : {}),
              },
            }
          : {}),
      };

/**
 * The visible part of the network as drawn now. `relationsOf` gives the relations an edge stands
 * for (several for a bundle). On a large graph, what the top layer raises is drawn as it is
 * there, over the network dimmed as it is on the screen; the lines its line layer draws plain
 * (`plain`) are under the network's own edges.
 */
export function imageScene(
  cy: Core,
  relationsOf: (edgeId: string) => string[],
  raised?: RaisedLayer,
  plain: readonly PlainLine[] = [],
): ImageScene {
  const top = raised?.elements.filter(':visible') ?? cy.collection();
  const raisedIds = new Set(top.map((element) => element.id()));
  const below = cy.elements(':visible').filter((element) => !raisedIds.has(element.id()));
  const dashes = lineDashes(cy);
  // The two layers' boxes, each from its own instance.
  const boxes = [below, top]
    .filter((elements) => elements.nonempty())
    .map((elements) => elements.boundingBox({ includeLabels: true, includeOverlays: false }));
  const empty = boxes.length === 0;
  const box = {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
  const factor = raised?.networkOpacity ?? 1;
  const edgesOf = (elements: Collection) =>
    byZIndex(elements.edges().toArray() as EdgeSingular[]).map((edge) =>
      sceneEdge(edge, relationsOf, dashes),
    );
  const nodesOf = (elements: Collection) =>
    byZIndex(elements.nodes().toArray() as NodeSingular[]).map(sceneNode);
  return {
    bounds: empty
      ? { x1: 0, y1: 0, x2: 0, y2: 0 }
      : { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
    edges: [
      ...plain
        .filter((line) => !raisedIds.has(line.id))
        .map((line) => dimmed(plainEdge(cy, line, relationsOf), factor)),
      ...edgesOf(below).map((edge) => dimmed(edge, factor)),
      ...edgesOf(top),
    ],
    nodes: [...nodesOf(below).map((node) => dimmed(node, factor)), ...nodesOf(top)],
    lineDashes: dashes,
  };
}
