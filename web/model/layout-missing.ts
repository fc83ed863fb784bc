// A compiled graph brought from elsewhere may lack positions (written by hand or by another
// tool): the actors without one are placed here, in the worker that checks the file, so the
// page never lays out on the main thread.
import { seededLayout, type Positions } from './layout';

/** Room kept around an actor placed into an existing figure: its shape and wrapped label. */
const clearance = 70;

const isPlaced = (position: { x: number; y: number } | undefined) =>
  position !== undefined && Number.isFinite(position.x) && Number.isFinite(position.y);

/**
 * Positions for every actor. Given positions are kept when they cover at least half of the
 * actors, and each missing actor goes to the nearest free spot around the middle of its placed
 * neighbours (right of the figure when it has none); with fewer given, the whole graph gets the
 * seeded layout of the compiler. The same input always gives the same positions.
 */
export function completeLayout(
  actors: readonly { id: string; name?: string }[],
  relations: readonly { source: string; target: string }[],
  layout: Readonly<Positions>,
): Positions {
  const missing = actors.filter((actor) => !isPlaced(layout[actor.id]));
  if (missing.length === 0) return { ...layout };
  if (missing.length * 2 > actors.length) return seededLayout(actors, relations);

  const positions: Positions = {};
  for (const actor of actors)
    if (isPlaced(layout[actor.id])) positions[actor.id] = layout[actor.id]!;
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of relations) {
    if (source === target) continue;
    for (const [end, other] of [
      [source, target],
      [target, source],
    ] as const) {
      const list = neighbours.get(end);
      if (list) list.push(other);
      else neighbours.set(end, [other]);
    }
  }

  // A grid of cells `clearance` wide: a spot is free when no actor in the 3 × 3 cells around it
  // is nearer than `clearance`.
  const cells = new Map<string, { x: number; y: number }[]>();
  const cellOf = (x: number, y: number) => [Math.floor(x / clearance), Math.floor(y / clearance)];
  const occupy = (point: { x: number; y: number }) => {
    const [cx, cy] = cellOf(point.x, point.y);
    const key = `${cx},${cy}`;
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
  };
  const isFree = (x: number, y: number) => {
    const [cx, cy] = cellOf(x, y);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const point of cells.get(`${cx! + dx},${cy! + dy}`) ?? []) {
          if (Math.hypot(point.x - x, point.y - y) < clearance) return false;
        }
      }
    }
    return true;
  };
  for (const point of Object.values(positions)) occupy(point);
  const placed = Object.values(positions);
  const right = Math.max(...placed.map((p) => p.x)) + clearance * 2;
  const middleY = (Math.min(...placed.map((p) => p.y)) + Math.max(...placed.map((p) => p.y))) / 2;

  // Those with the most placed neighbours first: they have the best idea of where they belong.
  const placedNeighbours = (id: string) =>
    (neighbours.get(id) ?? []).filter((other) => positions[other] !== undefined);
  const order = [...missing].sort(
    (a, b) => placedNeighbours(b.id).length - placedNeighbours(a.id).length,
  );
  for (const { id } of order) {
    const around = placedNeighbours(id).map((other) => positions[other]!);
    const anchor =
      around.length > 0
        ? {
            x: around.reduce((sum, p) => sum + p.x, 0) / around.length,
            y: around.reduce((sum, p) => sum + p.y, 0) / around.length,
          }
        : { x: right, y: middleY };
    // A spiral out from the anchor, a step of about half the clearance, until a spot is free.
    let spot = anchor;
    for (let step = 0; !isFree(spot.x, spot.y); step++) {
      const angle = step * 2.39996; // the golden angle spreads the tries evenly
      const radius = (clearance / 2) * Math.sqrt(step);
      spot = { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
    }
    const position = { x: Math.round(spot.x * 10) / 10, y: Math.round(spot.y * 10) / 10 };
    positions[id] = position;
    occupy(position);
  }
  return positions;
}
