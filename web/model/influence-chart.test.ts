import { describe, expect, it } from 'vitest';
import { influenceChart, niceMax, type Box, type ChartFrame } from './influence-chart';

const frame: ChartFrame = {
  width: 200,
  height: 120,
  margin: { top: 10, right: 10, bottom: 10, left: 10 },
  charWidth: 5,
  lineHeight: 10,
};

const names: Record<string, string> = { a: 'Alpha', b: 'Beta', c: 'Gamma', d: 'Delta' };
const name = (id: string) => names[id] ?? id;

function labelBox(chart: ReturnType<typeof influenceChart>, i: number): Box {
  const point = chart.points[i]!;
  const width = point.label.length * frame.charWidth;
  const shift = { start: 0, middle: width / 2, end: width }[point.anchor];
  return {
    x: point.labelX - shift,
    y: point.labelY - frame.lineHeight + 3,
    width,
    height: frame.lineHeight,
  };
}

/** Whether two boxes share no area. */
const apart = (p: Box, q: Box) =>
  p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;

/** No two of these label boxes overlap. */
function expectApart(boxes: readonly Box[]) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(apart(boxes[i]!, boxes[j]!), `labels ${i} and ${j} overlap`).toBe(true);
    }
  }
}

describe('niceMax', () => {
  it('rounds up to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten', () => {
    expect([0.4, 1, 1.2, 1.5, 2.25, 3.5, 7, 10.75, 0.07].map(niceMax)).toEqual([
      0.4, 1, 1.5, 1.5, 2.5, 4, 8, 15, 0.08,
    ]);
  });

  it('gives 1 for an empty axis', () => {
    expect(niceMax(0)).toBe(1);
  });
});

describe('influenceChart', () => {
  it('puts dependence on x and influence on y, from 0 to a round maximum', () => {
    const chart = influenceChart(
      [
        { actor: 'a', exerted: 1.5, received: 0 },
        { actor: 'b', exerted: 0, received: 2.25 },
      ],
      { exerted: 0.75, received: 1 },
      name,
      frame,
    );
    expect(chart.plot).toEqual({ left: 10, top: 10, right: 190, bottom: 110 });
    expect(chart.maxExerted).toBe(1.5);
    expect(chart.maxReceived).toBe(2.5);
    expect(chart.points.map(({ x, y }) => [x, y])).toEqual([
      [10, 10],
      [10 + (2.25 / 2.5) * 180, 110],
    ]);
    expect(chart.thresholdX).toBe(10 + (1 / 2.5) * 180);
    expect(chart.thresholdY).toBe(110 - (0.75 / 1.5) * 100);
    expect(chart.xTicks.map((t) => [t.value, t.anchor])).toEqual([
      [0, 'middle'],
      [1.25, 'middle'],
      [2.5, 'end'],
    ]);
    expect(chart.yTicks.map((t) => t.at)).toEqual([110, 60, 10]);
  });

  it('names the quadrants: drivers top left, relays top right, dependents and autonomous below', () => {
    const chart = influenceChart([], { exerted: 0, received: 0 }, name, frame);
    expect(chart.quadrants.map((q) => [q.name, q.x < 100, q.y < 60])).toEqual([
      ['drivers', true, true],
      ['relays', false, true],
      ['dependents', false, false],
      ['autonomous', true, false],
    ]);
    expect(chart.points).toEqual([]);
  });

  it('moves a quadrant name inwards off a dot in its corner', () => {
    const empty = influenceChart([], { exerted: 1, received: 1 }, name, frame);
    const crowded = influenceChart(
      [{ actor: 'a', exerted: 0.15, received: 0.05 }],
      { exerted: 1, received: 1 },
      name,
      frame,
    );
    const autonomous = (chart: typeof empty) =>
      chart.quadrants.find((q) => q.role === 'autonomous')!;
    expect(autonomous(crowded).y).toBeLessThan(autonomous(empty).y);
    expect(crowded.quadrants[0]).toEqual(empty.quadrants[0]);
  });

  it('keeps labels above the x axis: a dot on it gets its label above', () => {
    const chart = influenceChart(
      [{ actor: 'a', exerted: 0, received: 0.5 }],
      { exerted: 1, received: 1 },
      name,
      frame,
    );
    expect(chart.points[0]!.labelY).toBeLessThan(chart.plot.bottom);
  });

  it('draws actors with equal scores as one point with a shared label', () => {
    const chart = influenceChart(
      [
        { actor: 'a', exerted: 1, received: 0 },
        { actor: 'b', exerted: 1, received: 0 },
        { actor: 'c', exerted: 0, received: 1 },
        { actor: 'd', exerted: 0, received: 1 },
        { actor: 'x', exerted: 0, received: 1 },
      ],
      { exerted: 0.5, received: 0.5 },
      name,
      frame,
    );
    expect(chart.points.map((p) => [p.actors, p.label])).toEqual([
      [['a', 'b'], 'Alpha, Beta'],
      [['c', 'd', 'x'], 'Gamma and 2 more'],
    ]);
  });

  it('puts a label right of its dot, and left at the right edge', () => {
    const chart = influenceChart(
      [
        { actor: 'a', exerted: 0.3, received: 0.2 },
        { actor: 'b', exerted: 0.3, received: 1 },
      ],
      { exerted: 0.6, received: 0.5 },
      name,
      frame,
    );
    expect(chart.points.map((p) => [p.anchor, p.labelX - p.x, p.leader])).toEqual([
      ['start', 8, undefined],
      ['end', -8, undefined],
    ]);
  });

  it('keeps labels clear of the dots, and draws a leader to a label that moved away', () => {
    // Five dots in a tight column: beside, above and below run out after four.
    const scores = [0, 1, 2, 3, 4].map((i) => ({
      actor: `Actor ${i}`,
      exerted: 0.5 + i * 0.01,
      received: 0.5,
    }));
    const chart = influenceChart(scores, { exerted: 0.5, received: 0.5 }, name, frame);
    const dots = chart.points.map(({ x, y }) => ({ x: x - 5, y: y - 5, width: 10, height: 10 }));
    chart.points.forEach((point, i) => {
      const box = labelBox(chart, i);
      for (const dot of dots) {
        expect(apart(box, dot), `label of ${point.label} covers a dot`).toBe(true);
      }
      if (Math.abs(box.y + box.height / 2 - point.y) > frame.lineHeight) {
        expect(point.leader, `${point.label} has a leader`).toMatchObject({
          x1: point.x,
          y1: point.y,
        });
      }
    });
    expect(chart.points.some((point) => point.leader)).toBe(true);
  });

  it('labels only the first dots past the most labels asked for, and every dot below that', () => {
    const scores = ['a', 'b', 'c', 'd'].map((actor, i) => ({
      actor,
      exerted: 1 - i * 0.2,
      received: 0.1 + i * 0.2,
    }));
    const thresholds = { exerted: 0.5, received: 0.5 };
    const cut = influenceChart(scores, thresholds, name, frame, 2);
    expect(cut.points.map((p) => [p.label, p.labelled])).toEqual([
      ['Alpha', true],
      ['Beta', true],
      ['Gamma', false],
      ['Delta', false],
    ]);
    // The labels drawn are placed as they would be with every label drawn.
    const whole = influenceChart(scores, thresholds, name, frame);
    expect(whole.points.every((p) => p.labelled)).toBe(true);
    expect(cut.points.slice(0, 2)).toEqual(whole.points.slice(0, 2));
  });

  it('leaves out a label that finds no free spot when there are more dots than labels', () => {
    // Thirty dots crowded into one corner of a small chart: not every name can fit.
    const scores = Array.from({ length: 30 }, (_, i) => ({
      actor: `Actor number ${i}`,
      exerted: 0.5 + (i % 6) * 0.01,
      received: 0.5 + Math.floor(i / 6) * 0.01,
    }));
    const chart = influenceChart(scores, { exerted: 0.5, received: 0.5 }, name, frame, 12);
    const drawn = chart.points.flatMap((point, i) => (point.labelled ? [labelBox(chart, i)] : []));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(12);
    expectApart(drawn);
  });

  it('turns a label left at the right edge and keeps labels from overlapping', () => {
    const scores = ['a', 'b', 'c', 'd'].map((actor, i) => ({
      actor,
      exerted: 1 + i * 0.01,
      received: i === 3 ? 1 : 0.5,
    }));
    const chart = influenceChart(scores, { exerted: 0.5, received: 0.5 }, name, frame);
    expect(chart.points[3]!.anchor).toBe('end');
    expect(chart.points[3]!.labelX).toBeLessThan(chart.points[3]!.x);
    const boxes = chart.points.map((_, i) => labelBox(chart, i));
    expectApart(boxes);
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.y).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.y + boxes[i]!.height).toBeLessThan(chart.plot.bottom);
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(frame.width);
    }
  });
});
