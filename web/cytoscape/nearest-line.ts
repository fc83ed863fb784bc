// The line nearest a point: how a click finds an edge on a large graph, whose lines are drawn below
// the layer that takes the pointer (see top-layer.ts).

export interface Point {
  x: number;
  y: number;
}

/** The squared distance from a point to the segment between a and b. */
export function squaredDistanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  // Where the point projects on the line through a and b, held within the segment.
  const t =
    lengthSq === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq));
  const x = a.x + t * dx - p.x;
  const y = a.y + t * dy - p.y;
  return x * x + y * y;
}

/**
 * The index of the polyline (a line drawn through its points in order; a curve given by a few of
 * its points) nearest the point and no farther than `within`, or -1. Of lines equally near, the
 * last one given wins, as the last drawn is on top.
 */
export function nearestPolyline(
  p: Point,
  lines: readonly (readonly Point[])[],
  within: number,
): number {
  let best = -1;
  let bestSq = within * within;
  lines.forEach((points, index) => {
    for (let i = 1; i < points.length; i++) {
      const distanceSq = squaredDistanceToSegment(p, points[i - 1]!, points[i]!);
      if (distanceSq <= bestSq) {
        best = index;
        bestSq = distanceSq;
      }
    }
  });
  return best;
}
