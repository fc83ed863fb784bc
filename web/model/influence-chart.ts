// The geometry of the influence–dependence chart (MICMAC plane): scales, threshold lines,
// quadrant names and labels placed so that they neither overlap nor leave the frame. Plain
// numbers, so a view only draws them.
import type { InfluenceRole, InfluenceScore } from './analysis/influence';

export interface ChartFrame {
  width: number;
  height: number;
  /** Space around the plot for axes and their names. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Width of one character of a label, to estimate how long a label runs. */
  charWidth: number;
  /** Height of a line of label text. */
  lineHeight: number;
}

export const defaultChartFrame: ChartFrame = {
  width: 400,
  height: 320,
  margin: { top: 12, right: 12, bottom: 36, left: 44 },
  charWidth: 6,
  lineHeight: 13,
};

/** A rectangle in chart coordinates (y grows downwards, as in SVG). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** One dot: the actors with exactly these scores (usually one) and where their label goes. */
export interface ChartPoint {
  actors: string[];
  exerted: number;
  received: number;
  x: number;
  y: number;
  label: string;
  /**
   * Whether the label is drawn. Past `maxLabels` dots only the first are labelled: thousands of
   * names on a chart this size cover each other, and placing them took half a second.
   */
  labelled: boolean;
  /** Where the label's text is anchored (its start, middle or end), at its baseline. */
  labelX: number;
  labelY: number;
  anchor: Anchor;
  /** A line from the dot to its label, when the label had to move away from the dot. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface QuadrantName {
  role: InfluenceRole;
  name: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface Tick {
  value: number;
  /** Where on its axis the tick is. */
  at: number;
  /** How its label is anchored, so that the end ones stay inside the frame. */
  anchor: Anchor;
}

export interface InfluenceChart {
  frame: ChartFrame;
  /** The plot area, inside the margins. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** The highest value on each axis. */
  maxReceived: number;
  maxExerted: number;
  /** Where the threshold lines run: x of the dependence one, y of the influence one. */
  thresholdX: number;
  thresholdY: number;
  xTicks: Tick[];
  yTicks: Tick[];
  quadrants: QuadrantName[];
  /** The radius of a dot. */
  radius: number;
  /** Actors with equal scores share a point; points are in order of the scores given. */
  points: ChartPoint[];
}

const niceSteps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "round" number at least `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times 10^k). */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = niceSteps.find((s) => s * power >= value * (1 - 1e-12)) ?? 10;
  return Number((step * power).toPrecision(12));
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function labelOf(actors: readonly string[], name: (id: string) => string): string {
  if (actors.length <= 2) return actors.map(name).join(', ');
  return `${name(actors[0]!)} and ${actors.length - 1} more`;
}

/** The ticks of an axis: 0, the middle and the maximum. */
const tickValues = (max: number) => [0, max / 2, max];

/**
 * Lays out the chart: x is dependence (influence received), y influence exerted, both from 0
 * to a round maximum; the threshold lines at the role thresholds; the four quadrant names in
 * the plot's corners, moved inwards off any dot. Labels are placed most influential first, each
 * at the first free spot among right of its dot, left, above, below, then a line further up or
 * down at a time with a leader line; free means inside the plot and clear of every dot, axis
 * text, quadrant name and label placed before. With no spot free it goes right of the dot.
 * Only the first `maxLabels` dots (in the order of the scores given) get a label; with more
 * dots than that, only where a free spot is found.
 */
export function influenceChart(
  scores: readonly Pick<InfluenceScore, 'actor' | 'exerted' | 'received'>[],
  thresholds: { exerted: number; received: number },
  name: (id: string) => string = (id) => id,
  frame: ChartFrame = defaultChartFrame,
  maxLabels = 40,
): InfluenceChart {
  const { width, height, margin, charWidth, lineHeight } = frame;
  const radius = 5;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const maxReceived = niceMax(Math.max(thresholds.received, ...scores.map((s) => s.received)));
  const maxExerted = niceMax(Math.max(thresholds.exerted, ...scores.map((s) => s.exerted)));
  const xAt = (received: number) => plot.left + (received / maxReceived) * (plot.right - plot.left);
  const yAt = (exerted: number) => plot.bottom - (exerted / maxExerted) * (plot.bottom - plot.top);

  const textBox = (text: string, x: number, baseline: number, anchor: Anchor): Box => {
    const w = text.length * charWidth;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { x: left, y: baseline - lineHeight + 3, width: w, height: lineHeight };
  };
  // Labels stay inside the plot (right of the y axis, above the x axis) or the right margin.
  const inPlot = (box: Box) =>
    box.x > plot.left &&
    box.y >= 0 &&
    box.x + box.width <= width &&
    box.y + box.height < plot.bottom;

  const xTicks: Tick[] = tickValues(maxReceived).map((value, i) => ({
    value,
    at: xAt(value),
    anchor: i === 2 ? 'end' : 'middle',
  }));
  const yTicks: Tick[] = tickValues(maxExerted).map((value) => ({
    value,
    at: yAt(value),
    anchor: 'end',
  }));

  const groups = new Map<string, { exerted: number; received: number; actors: string[] }>();
  for (const { actor, exerted, received } of scores) {
    const key = `${exerted}:${received}`;
    const group = groups.get(key) ?? { exerted, received, actors: [] };
    group.actors.push(actor);
    groups.set(key, group);
  }
  const dots = [...groups.values()].map((group) => ({
    ...group,
    x: xAt(group.received),
    y: yAt(group.exerted),
  }));
  const pad = 1;
  const obstacles: Box[] = dots.map(({ x, y }) => ({
    x: x - radius - pad,
    y: y - radius - pad,
    width: 2 * (radius + pad),
    height: 2 * (radius + pad),
  }));

  const inset = 4;
  const corners = [
    ['driver', 'drivers', plot.left + inset, plot.top + lineHeight, 'start', 1],
    ['relay', 'relays', plot.right - inset, plot.top + lineHeight, 'end', 1],
    ['dependent', 'dependents', plot.right - inset, plot.bottom - inset, 'end', -1],
    ['autonomous', 'autonomous', plot.left + inset, plot.bottom - inset, 'start', -1],
  ] as const;
  const quadrants: QuadrantName[] = corners.map(([role, label, x, y, anchor, inwards]) => {
    let baseline = y;
    for (let step = 0; step <= 4; step++) {
      baseline = y + inwards * step * lineHeight;
      const box = textBox(label, x, baseline, anchor);
      if (!obstacles.some((other) => overlaps(box, other))) break;
    }
    return { role, name: label, x, y: baseline, anchor };
  });
  obstacles.push(...quadrants.map((q) => textBox(q.name, q.x, q.y, q.anchor)));

  const gap = radius + 3;
  const points = dots.map(({ exerted, received, actors, x, y }, i): ChartPoint => {
    const label = labelOf(actors, name);
    // A dot drawn without its label.
    const bare: ChartPoint = {
      actors,
      exerted,
      received,
      x,
      y,
      label,
      labelled: false,
      labelX: x,
      labelY: y,
      anchor: 'middle',
    };
    if (i >= maxLabels) {
      return bare;
    }
    const middle = y + lineHeight / 2 - 3;
    const candidates: { x: number; y: number; anchor: Anchor }[] = [
      { x: x + gap, y: middle, anchor: 'start' },
      { x: x - gap, y: middle, anchor: 'end' },
      { x, y: y - gap, anchor: 'middle' },
      { x, y: y + gap + lineHeight - 3, anchor: 'middle' },
    ];
    for (let k = 1; k <= 16; k++) {
      for (const offset of [-k * lineHeight, k * lineHeight]) {
        candidates.push({ x: x + gap, y: middle + offset, anchor: 'start' });
        candidates.push({ x: x - gap, y: middle + offset, anchor: 'end' });
      }
    }
    const free = candidates.find((c) => {
      const box = textBox(label, c.x, c.y, c.anchor);
      return inPlot(box) && !obstacles.some((other) => overlaps(box, other));
    });
    // On a chart with more dots than labels, a label with no free spot is left out: it would
    // cover others.
    if (!free && dots.length > maxLabels) {
      return bare;
    }
    const spot = free ?? candidates[0]!;
    const box = textBox(label, spot.x, spot.y, spot.anchor);
    obstacles.push(box);
    const point: ChartPoint = {
      actors,
      exerted,
      received,
      x,
      y,
      label,
      labelled: true,
      labelX: spot.x,
      labelY: spot.y,
      anchor: spot.anchor,
    };
    const boxMiddle = box.y + box.height / 2;
    if (spot.anchor !== 'middle' && Math.abs(boxMiddle - y) > lineHeight) {
      const edge = spot.anchor === 'start' ? box.x - 1 : box.x + box.width + 1;
      point.leader = { x1: x, y1: y, x2: edge, y2: boxMiddle };
    }
    return point;
  });

  return {
    frame,
    plot,
    maxReceived,
    maxExerted,
    thresholdX: xAt(thresholds.received),
    thresholdY: yAt(thresholds.exerted),
    xTicks,
    yTicks,
    quadrants,
    radius,
    points,
  };
}
