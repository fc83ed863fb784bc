// SVG of the network as drawn (an ImageScene from the Cytoscape adapter), with a legend of the
// relation types and actor kinds it shows and a caption, written as escaped text: vector lines
// in the screen's geometry, dashes and arrowheads, and labels as real, selectable <text>.
import { kindLabels, relationStyles } from '../../theme';
import type { ActorKind, RelationType } from '../schema';
import { actorKinds, relationTypes } from '../vocabulary';
import type {
  ArrowShape,
  ImageScene,
  NodeShape,
  Point,
  SceneEdge,
  SceneLabel,
  SceneNode,
} from './scene';
import { escapeXml } from './xml';

/** Width of a text in pixels; the browser measures, Node estimates. */
export type TextMeasure = (
  text: string,
  font: { size: number; weight: 'normal' | 'bold' },
) => number;

export interface SvgOptions {
  /** Lines under the legend: sources, view, export date (see imageCaption). */
  caption?: readonly string[];
  /** White (the default) or none. */
  background?: 'white' | 'transparent';
  measure?: TextMeasure;
  /** The document's <title>. */
  title?: string;
}

export interface SvgImage {
  svg: string;
  /** The drawing's size in CSS pixels (whole numbers). */
  width: number;
  height: number;
}

const fontFamily = 'system-ui, sans-serif';
const margin = 24;
const minWidth = 560;
const legendFont = 13;
const captionFont = 12;
const textColor = '#1d2533';
const captionColor = '#4a5568';

/** A width guess from character classes: wide scripts and emoji count a full em. */
export const estimateText: TextMeasure = (text, { size, weight }) => {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (
      code >= 0x1f000 ||
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60)
    )
      ems += 1;
    else if (
      (code >= 0x300 && code <= 0x36f) ||
      (code >= 0x200b && code <= 0x200f) ||
      code === 0xfe0f
    )
      ems += 0;
    else if (/[il.,:;'|!()[\] ]/.test(char)) ems += 0.32;
    else if (/[A-Z]/.test(char)) ems += 0.68;
    else if (/[mwMW]/.test(char)) ems += 0.85;
    else ems += 0.58;
  }
  return ems * size * (weight === 'bold' ? 1.08 : 1);
};

/** A number as SVG takes it: at most two decimals, no "-0". */
const num = (value: number) => {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
};

const attr = (value: string) => `"${escapeXml(value)}"`;

/** Unit arrowheads, tip at (0, 0), pointing to +y before turning (Cytoscape's contract). */
const arrowPoints: Record<ArrowShape, number[]> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
};

export function arrowPolygon(shape: ArrowShape, tip: Point, angle: number, size: number): Point[] {
  const points = arrowPoints[shape];
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const out: Point[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const [x, y] = [points[i]!, points[i + 1]!];
    out.push({ x: (x * cos - y * sin) * size + tip.x, y: (x * sin + y * cos) * size + tip.y });
  }
  return out;
}

const polygonPath = (points: Point[]) =>
  `M${points.map((p) => `${num(p.x)} ${num(p.y)}`).join(' L')} Z`;

/** A regular polygon stretched to fill the square from -1 to 1, as Cytoscape's node shapes are. */
function unitPolygon(sides: number): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = Math.PI / 2 + (sides % 2 === 0 ? step / 2 : 0);
  const points = Array.from({ length: sides }, (_, i) => ({
    x: Math.cos(start + i * step),
    y: Math.sin(-(start + i * step)),
  }));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map((p) => ({ x: p.x * sx, y: p.y * sy }));
  const minY = Math.min(...scaled.map((p) => p.y));
  return minY < -1 ? scaled.map((p) => ({ x: p.x, y: p.y + (-1 - minY) })) : scaled;
}

/** A polygon whose corners are arcs of radius `radius` (Cytoscape's round shapes). */
function roundedPolygonPath(points: Point[], radius: number): string {
  const parts: string[] = [];
  points.forEach((point, i) => {
    const previous = points[(i + points.length - 1) % points.length]!;
    const next = points[(i + 1) % points.length]!;
    const toPrevious = { x: previous.x - point.x, y: previous.y - point.y };
    const toNext = { x: next.x - point.x, y: next.y - point.y };
    const lengthPrevious = Math.hypot(toPrevious.x, toPrevious.y);
    const lengthNext = Math.hypot(toNext.x, toNext.y);
    const cosine =
      (toPrevious.x * toNext.x + toPrevious.y * toNext.y) / (lengthPrevious * lengthNext);
    const half = Math.acos(Math.max(-1, Math.min(1, cosine))) / 2;
    const r = Math.min(radius, (Math.min(lengthPrevious, lengthNext) / 2) * Math.tan(half));
    const cut = r / Math.tan(half);
    const from = {
      x: point.x + (toPrevious.x / lengthPrevious) * cut,
      y: point.y + (toPrevious.y / lengthPrevious) * cut,
    };
    const to = {
      x: point.x + (toNext.x / lengthNext) * cut,
      y: point.y + (toNext.y / lengthNext) * cut,
    };
    const turn = toPrevious.x * toNext.y - toPrevious.y * toNext.x;
    parts.push(
      `${i === 0 ? 'M' : 'L'}${num(from.x)} ${num(from.y)} A${num(r)} ${num(r)} 0 0 ${turn < 0 ? 1 : 0} ${num(to.x)} ${num(to.y)}`,
    );
  });
  return `${parts.join(' ')} Z`;
}

const diamond: Point[] = [
  { x: 0, y: 1 },
  { x: 1, y: 0 },
  { x: 0, y: -1 },
  { x: -1, y: 0 },
];

/** The outline of an actor's shape, centred on (x, y), as one SVG element without paint. */
export function shapeElement(shape: NodeShape, x: number, y: number, w: number, h: number): string {
  const place = (points: Point[]) =>
    points.map((p) => ({ x: x + (p.x * w) / 2, y: y + (p.y * h) / 2 }));
  switch (shape) {
    case 'ellipse':
      return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}"`;
    case 'rectangle':
    case 'round-rectangle': {
      const r = shape === 'round-rectangle' ? Math.min(w / 4, h / 4, 8) : 0;
      const corners = r > 0 ? ` rx="${num(r)}" ry="${num(r)}"` : '';
      return `<rect x="${num(x - w / 2)}" y="${num(y - h / 2)}" width="${num(w)}" height="${num(h)}"${corners}`;
    }
    case 'diamond':
      return `<path d="${polygonPath(place(diamond))}"`;
    case 'hexagon':
      return `<path d="${polygonPath(place(unitPolygon(6)))}"`;
    case 'round-octagon':
      return `<path d="${roundedPolygonPath(place(unitPolygon(8)), Math.min(w / 10, h / 10, 8))}"`;
  }
}

function labelElement(label: SceneLabel, className: string): string {
  const { cx, cy, width, height } = label;
  const rotate =
    label.angle !== 0
      ? ` transform="rotate(${num((label.angle * 180) / Math.PI)} ${num(cx)} ${num(cy)})"`
      : '';
  let box = '';
  if (label.background) {
    const { color, opacity, padding, border } = label.background;
    const stroke = border
      ? ` stroke=${attr(border.color)} stroke-width="${num(border.width)}" stroke-opacity="${num(label.opacity)}"`
      : '';
    box = `<rect x="${num(cx - width / 2 - padding)}" y="${num(cy - height / 2 - padding)}" width="${num(width + 2 * padding)}" height="${num(height + 2 * padding)}" fill=${attr(color)} fill-opacity="${num(opacity)}"${stroke}/>`;
  }
  const top = cy - height / 2;
  const lines = label.lines
    .map(
      (line, i) =>
        `<tspan x="${num(cx)}" y="${num(top + label.fontSize / 2 + i * label.lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const family = label.fontFamily !== fontFamily ? ` font-family=${attr(label.fontFamily)}` : '';
  const weight = label.fontWeight === 'bold' ? ' font-weight="bold"' : '';
  const text = `<text font-size="${num(label.fontSize)}"${weight}${family} fill=${attr(label.color)} fill-opacity="${num(label.opacity)}" text-anchor="middle" dominant-baseline="central">${lines}</text>`;
  return `<g class="${className}"${rotate}>${box}${text}</g>`;
}

function edgePath(edge: SceneEdge): string {
  let d = `M${num(edge.start.x)} ${num(edge.start.y)}`;
  for (const { control, end } of edge.segments) {
    d += control
      ? ` Q${num(control.x)} ${num(control.y)} ${num(end.x)} ${num(end.y)}`
      : ` L${num(end.x)} ${num(end.y)}`;
  }
  return d;
}

const dashAttribute = (dash: readonly number[]) =>
  dash.length > 0 ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : '';

function edgeElement(edge: SceneEdge): string {
  const line = `<path d="${edgePath(edge)}" fill="none" stroke=${attr(edge.color)} stroke-width="${num(edge.width)}"${dashAttribute(edge.dash)}/>`;
  const arrow = edge.arrow
    ? `<path d="${polygonPath(arrowPolygon(edge.arrow.shape, edge.arrow.tip, edge.arrow.angle, edge.arrow.size))}" fill=${attr(edge.arrow.color)}/>`
    : '';
  const opacity = edge.opacity < 1 ? ` opacity="${num(edge.opacity)}"` : '';
  const selected = edge.selected ? ' selected' : '';
  const body = `<g class=${attr(`relation ${edge.type}${selected}`)} data-relations=${attr(edge.relations.join(' '))}${opacity}>${line}${arrow}</g>`;
  return body + (edge.label ? labelElement(edge.label, 'relation-label') : '');
}

function nodeElement(node: SceneNode): string {
  const opacity = node.opacity < 1 ? ` opacity="${num(node.opacity)}"` : '';
  const shape = `${shapeElement(node.shape, node.x, node.y, node.width, node.height)} fill=${attr(node.fill)} stroke=${attr(node.stroke)} stroke-width="${num(node.strokeWidth)}"/>`;
  const selected = node.selected ? ' selected' : '';
  const body = `<g class=${attr(`actor ${node.kind}${selected}`)} data-actor=${attr(node.id)}${opacity}>${shape}</g>`;
  return body + (node.label ? labelElement(node.label, 'actor-label') : '');
}

/** Breaks a text into lines no wider than `width`, at spaces; a word longer than a line stays whole. */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (line && !fits(line + word.trimEnd())) {
      lines.push(line);
      line = word;
    } else {
      line += word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** One item of the legend: a swatch of `swatchWidth` and its text, drawn at (x, y middle). */
interface LegendItem {
  swatchWidth: number;
  text: string;
  swatch: (x: number, y: number) => string;
}

function legendItems(scene: ImageScene): { relations: LegendItem[]; actors: LegendItem[] } {
  const edgesOf = (type: RelationType) => scene.edges.filter((edge) => edge.type === type);
  const relations: LegendItem[] = [];
  for (const type of relationTypes) {
    const edges = edgesOf(type);
    if (edges.length === 0) continue;
    const style = relationStyles[type];
    const directed = edges.filter((edge) => edge.directed);
    const shape = directed.find((edge) => edge.arrow)?.arrow?.shape;
    const text =
      directed.length === 0
        ? type
        : directed.length === edges.length
          ? `${type} (A → B)`
          : `${type} (mutual, or A → B)`;
    relations.push({
      swatchWidth: 44,
      text,
      swatch: (x, y) => {
        const line = `<path d="M${num(x)} ${num(y)} H${num(x + (shape === 'triangle' ? 34 : 44))}" stroke=${attr(style.color)} stroke-width="${num(style.width)}"${dashAttribute(scene.lineDashes[style.line])} fill="none"/>`;
        const arrow = shape
          ? `<path d="${polygonPath(arrowPolygon(shape, { x: x + 44, y }, -Math.PI / 2, 34))}" fill=${attr(style.color)}/>`
          : '';
        return `<g class=${attr(`legend-relation ${type}`)}>${line}${arrow}</g>`;
      },
    });
  }
  const bundled = scene.edges.filter((edge) => edge.relations.length > 1);
  if (bundled.length > 0) {
    relations.push({
      swatchWidth: 26,
      text: 'relations of one pair and type drawn as one line',
      swatch: (x, y) =>
        `<g class="legend-bundle"><rect x="${num(x)}" y="${num(y - 8)}" width="26" height="16" fill="#ffffff" stroke="#9aa7bb"/><text x="${num(x + 13)}" y="${num(y)}" font-size="11" font-weight="bold" fill=${attr(textColor)} text-anchor="middle" dominant-baseline="central">×n</text></g>`,
    });
  }
  const actors: LegendItem[] = [];
  const swatch = (node: Pick<SceneNode, 'shape' | 'fill' | 'stroke'>, x: number, y: number) =>
    `${shapeElement(node.shape, x + 9, y, 18, 18)} fill=${attr(node.fill)} stroke=${attr(node.stroke)} stroke-width="1.5"/>`;
  for (const kind of actorKinds) {
    const nodes = scene.nodes.filter((node) => node.kind === kind);
    if (nodes.length === 0) continue;
    // Painted as drawn when neither selected nor coloured by a bloc.
    const plain = nodes.find((node) => !node.selected && node.bloc === undefined);
    const sample = plain ?? { shape: nodes[0]!.shape, fill: '#ffffff', stroke: '#3a4a63' };
    actors.push({
      swatchWidth: 18,
      text: kindLabels[kind as ActorKind],
      swatch: (x, y) => `<g class=${attr(`legend-actor ${kind}`)}>${swatch(sample, x, y)}</g>`,
    });
  }
  for (const bloc of [0, 1]) {
    const sample = scene.nodes.find((node) => node.bloc === bloc);
    if (!sample) continue;
    actors.push({
      swatchWidth: 18,
      text: `Bloc ${bloc + 1} (structural balance)`,
      swatch: (x, y) =>
        `<g class="legend-bloc">${swatch({ ...sample, shape: 'ellipse' }, x, y)}</g>`,
    });
  }
  return { relations, actors };
}

/**
 * The SVG document of a scene: the network at graph scale (one graph unit, one pixel), then the
 * legend of what it shows, then the caption, inside a margin; text wraps to the drawing's width.
 */
export function writeSvg(scene: ImageScene, options: SvgOptions = {}): SvgImage {
  const measure = options.measure ?? estimateText;
  const { x1, y1, x2, y2 } = scene.bounds;
  const graphWidth = Math.max(0, x2 - x1);
  const graphHeight = Math.max(0, y2 - y1);
  const width = Math.ceil(Math.max(graphWidth + 2 * margin, minWidth));
  const inner = width - 2 * margin;
  const dx = margin + (inner - graphWidth) / 2 - x1;
  const dy = margin - y1;
  const body: string[] = [];
  body.push(`<g class="network" transform="translate(${num(dx)} ${num(dy)})">`);
  for (const edge of scene.edges) body.push(edgeElement(edge));
  for (const node of scene.nodes) body.push(nodeElement(node));
  body.push('</g>');

  // The legend: rows of items, relation types first, wrapped to the drawing's width.
  let y = margin + graphHeight + margin;
  const legend: string[] = ['<g class="legend">'];
  const rowHeight = 24;
  const { relations, actors } = legendItems(scene);
  for (const items of [relations, actors]) {
    if (items.length === 0) continue;
    let x = margin;
    for (const item of items) {
      const textWidth = measure(item.text, { size: legendFont, weight: 'normal' });
      const itemWidth = item.swatchWidth + 6 + textWidth;
      if (x > margin && x + itemWidth > width - margin) {
        x = margin;
        y += rowHeight;
      }
      const middle = y + rowHeight / 2;
      legend.push(
        item.swatch(x, middle),
        `<text x="${num(x + item.swatchWidth + 6)}" y="${num(middle)}" font-size="${legendFont}" fill=${attr(textColor)} dominant-baseline="central">${escapeXml(item.text)}</text>`,
      );
      x += itemWidth + 20;
    }
    y += rowHeight;
  }
  legend.push('</g>');

  // The caption: each line wrapped.
  const caption: string[] = ['<g class="caption">'];
  y += 8;
  const lineHeight = captionFont * 1.4;
  for (const line of options.caption ?? []) {
    const wrapped = wrapText(
      line,
      (text) => measure(text, { size: captionFont, weight: 'normal' }) <= inner,
    );
    const spans = wrapped
      .map(
        (part, i) =>
          `<tspan x="${margin}" y="${num(y + (i + 0.5) * lineHeight)}">${escapeXml(part)}</tspan>`,
      )
      .join('');
    caption.push(
      `<text font-size="${captionFont}" fill=${attr(captionColor)} dominant-baseline="central">${spans}</text>`,
    );
    y += wrapped.length * lineHeight;
  }
  caption.push('</g>');
  const height = Math.ceil(y + margin);

  const background =
    options.background === 'transparent'
      ? ''
      : `<rect class="background" width="${width}" height="${height}" fill="#ffffff"/>`;
  const title = options.title ?? 'Actor Graph';
  const description = (options.caption ?? []).join('\n');
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family=${attr(fontFamily)} role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(title)}</title>`,
    description ? `<desc>${escapeXml(description)}</desc>` : '',
    background,
    ...body,
    ...legend,
    ...caption,
    '</svg>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n');
  return { svg, width, height };
}
