// Moving a keyboard focus over a drawn network: the nearest actor in a screen direction, and
// stepping through an actor's relations. Plain geometry over positions the drawing hands in.

/** A drawn element's position on the screen (y grows downwards). */
export interface PlacedElement {
  id: string;
  x: number;
  y: number;
}

export type ScreenDirection = 'left' | 'right' | 'up' | 'down';

const axes: Record<ScreenDirection, { along: 'x' | 'y'; sign: 1 | -1 }> = {
  right: { along: 'x', sign: 1 },
  left: { along: 'x', sign: -1 },
  down: { along: 'y', sign: 1 },
  up: { along: 'y', sign: -1 },
};

/**
 * The element nearest to `from` in a direction: only elements ahead of it count (strictly
 * further along that axis), and straying sideways costs twice as much as going ahead, so
 * "right" prefers an actor level with the current one over a nearer one far above it.
 * Ties go to the smaller id, so the result never depends on the order of `elements`.
 */
export function nearestInDirection(
  from: { x: number; y: number },
  elements: readonly PlacedElement[],
  direction: ScreenDirection,
): string | undefined {
  const { along, sign } = axes[direction];
  const across = along === 'x' ? 'y' : 'x';
  let best: { id: string; score: number } | undefined;
  for (const element of elements) {
    const ahead = (element[along] - from[along]) * sign;
    if (ahead <= 0) continue;
    const score = ahead + 2 * Math.abs(element[across] - from[across]);
    if (!best || score < best.score || (score === best.score && element.id < best.id)) {
      best = { id: element.id, score };
    }
  }
  return best?.id;
}

/** The element closest to a point (e.g. the middle of the view), ties to the smaller id. */
export function nearestTo(
  point: { x: number; y: number },
  elements: readonly PlacedElement[],
): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const element of elements) {
    const distance = Math.hypot(element.x - point.x, element.y - point.y);
    if (!best || distance < best.distance || (distance === best.distance && element.id < best.id)) {
      best = { id: element.id, distance };
    }
  }
  return best?.id;
}

/**
 * The next (step 1) or previous (step -1) item after `current`, wrapping round; the first
 * (or last) item when `current` is not in the list.
 */
export function cycle<T>(items: readonly T[], current: T | undefined, step: 1 | -1): T | undefined {
  if (items.length === 0) return undefined;
  const at = current === undefined ? -1 : items.indexOf(current);
  if (at < 0) return step === 1 ? items[0] : items[items.length - 1];
  return items[(at + step + items.length) % items.length];
}

/**
 * The relations a keyboard steps through from an actor: those of `relations` that touch it,
 * ordered by the actor at the other end, then by label.
 */
export function relationsToStep<
  R extends { id: string; source: string; target: string; label: string },
>(relations: readonly R[], actor: string, nameOf: (actor: string) => string): R[] {
  const other = (relation: R) => (relation.source === actor ? relation.target : relation.source);
  return relations
    .filter((relation) => relation.source === actor || relation.target === actor)
    .map((relation) => ({ relation, key: [nameOf(other(relation)), relation.label, relation.id] }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const order = a.key[i]!.localeCompare(b.key[i]!);
        if (order !== 0) return order;
      }
      return 0;
    })
    .map(({ relation }) => relation);
}
