// The text view of the network: rows of actors and relations under the current filters, and
// their sorting. A screen reader or a keyboard reads the same facts here as the graph draws.
import { periodLabel } from './queries';
import type { ActorKind, CompiledGraph, Confidence, RelationType } from './schema';
import type { VisibleGraph } from './view';

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  /** Visible relations that start or end at the actor. */
  relations: number;
  /** Pieces of evidence behind those relations. */
  evidence: number;
}

export interface RelationRow {
  id: string;
  sourceId: string;
  source: string;
  type: RelationType;
  directed: boolean;
  targetId: string;
  target: string;
  label: string;
  /** "2001–2021", "2021–…", "undated". */
  period: string;
  from?: number;
  to?: number;
  confidence: Confidence;
  evidence: number;
}

export type ActorColumn = 'name' | 'kind' | 'relations' | 'evidence';
export type RelationColumn =
  'source' | 'type' | 'target' | 'label' | 'period' | 'confidence' | 'evidence';
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder<C extends string> {
  column: C;
  direction: SortDirection;
}

/** The visible actors, each with how many visible relations and pieces of evidence it has. */
export function actorRows(graph: CompiledGraph, visible: VisibleGraph): ActorRow[] {
  const rows = new Map<string, ActorRow>();
  for (const actor of graph.actors) {
    if (!visible.actors.has(actor.id)) continue;
    rows.set(actor.id, {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      relations: 0,
      evidence: 0,
    });
  }
  for (const relation of graph.relations) {
    if (!visible.relations.has(relation.id)) continue;
    for (const end of new Set([relation.source, relation.target])) {
      const row = rows.get(end);
      if (!row) continue;
      row.relations++;
      row.evidence += relation.evidence.length;
    }
  }
  return [...rows.values()];
}

/** The visible relations, with their actors' names. */
export function relationRows(graph: CompiledGraph, visible: VisibleGraph): RelationRow[] {
  const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
  return graph.relations
    .filter((relation) => visible.relations.has(relation.id))
    .map((relation) => ({
      id: relation.id,
      sourceId: relation.source,
      source: names.get(relation.source) ?? relation.source,
      type: relation.type,
      directed: relation.directed,
      targetId: relation.target,
      target: names.get(relation.target) ?? relation.target,
      label: relation.label,
      period: periodLabel(relation.period),
      from: relation.period?.from,
      to: relation.period?.to,
      confidence: relation.confidence,
      evidence: relation.evidence.length,
    }));
}

type Key = string | number | undefined;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two keys; an absent key (an undated period) sorts after every present one. */
function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

const actorKeys: Record<ActorColumn, (row: ActorRow) => Key[]> = {
  name: (row) => [row.name],
  kind: (row) => [row.kind, row.name],
  relations: (row) => [row.relations, row.name],
  evidence: (row) => [row.evidence, row.name],
};

const relationKeys: Record<RelationColumn, (row: RelationRow) => Key[]> = {
  source: (row) => [row.source, row.target, row.label],
  type: (row) => [row.type, row.source, row.target, row.label],
  target: (row) => [row.target, row.source, row.label],
  label: (row) => [row.label, row.source],
  // Open starts sort first among dated relations; undated ones last.
  period: (row) =>
    row.from === undefined && row.to === undefined
      ? [undefined]
      : [row.from ?? -Infinity, row.to ?? Infinity, row.label],
  confidence: (row) => [row.confidence, row.source, row.label],
  evidence: (row) => [row.evidence, row.source, row.label],
};

/**
 * Rows sorted by a column, then by the columns that tell rows apart (name, label); the
 * descending order reverses the first column only, so ties still read alphabetically.
 * Undated periods stay last in both directions.
 */
function sortBy<R>(rows: readonly R[], keys: (row: R) => Key[], direction: SortDirection): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, keys: keys(row) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.max(a.keys.length, b.keys.length); i++) {
      const [x, y] = [a.keys[i], b.keys[i]];
      const order = compareKeys(x, y);
      if (order === 0) continue;
      const absent = x === undefined || y === undefined;
      return i === 0 && !absent ? order * sign : order;
    }
    return 0;
  });
  return keyed.map(({ row }) => row);
}

export function sortActorRows(
  rows: readonly ActorRow[],
  order: SortOrder<ActorColumn>,
): ActorRow[] {
  return sortBy(rows, actorKeys[order.column], order.direction);
}

export function sortRelationRows(
  rows: readonly RelationRow[],
  order: SortOrder<RelationColumn>,
): RelationRow[] {
  return sortBy(rows, relationKeys[order.column], order.direction);
}

/** The order after a click on a column's header: that column ascending, or reversed if it was. */
export function nextSortOrder<C extends string>(current: SortOrder<C>, column: C): SortOrder<C> {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
