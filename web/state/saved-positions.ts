// Where a person dragged actors, kept in the browser per dataset so it survives a reload.
import type { CompiledGraph } from '../model/schema';

type Positions = Record<string, { x: number; y: number }>;

/** A key that changes when the dataset's actors or sources change. */
function storageKey(graph: CompiledGraph): string {
  const ids = [...graph.sources.map((s) => s.id), ...graph.actors.map((a) => a.id)].join('|');
  let hash = 0;
  for (let i = 0; i < ids.length; i++) hash = (Math.imul(hash, 31) + ids.charCodeAt(i)) | 0;
  return `actor-graph:positions:${(hash >>> 0).toString(36)}`;
}

export function loadPositions(graph: CompiledGraph): Positions {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageKey(graph)) ?? '{}');
    if (typeof saved !== 'object' || saved === null) return {};
    const positions: Positions = {};
    for (const [id, value] of Object.entries(saved)) {
      const { x, y } = (value ?? {}) as { x?: unknown; y?: unknown };
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x + y))
        positions[id] = { x, y };
    }
    return positions;
  } catch {
    return {};
  }
}

export function savePositions(graph: CompiledGraph, positions: Positions): void {
  try {
    localStorage.setItem(storageKey(graph), JSON.stringify(positions));
  } catch {
    // Storage full or disabled: positions then last for this visit only.
  }
}

export function forgetPositions(graph: CompiledGraph): void {
  try {
    localStorage.removeItem(storageKey(graph));
  } catch {
    // Nothing saved.
  }
}
