// What the explorer shows: the relations and actors that pass the filters, the year and the
// focus on an actor's neighbourhood. Every view (graph, profile, tables, analyses) reads this.
import { isActiveAt, type When } from './analysis/time';
import type {
  ActorKind,
  CompiledGraph,
  CompiledRelation,
  Confidence,
  RelationType,
} from './schema';
import { actorKinds, confidences, relationTypes } from './vocabulary';

export type FocusDirection = 'out' | 'in' | 'both';

/** An actor's neighbourhood: up to `steps` relations away, following direction and types. */
export interface Focus {
  actor: string;
  steps: 1 | 2 | 3;
  direction: FocusDirection;
  types: RelationType[];
}

export interface ViewFilters {
  types: RelationType[];
  kinds: ActorKind[];
  confidence: Confidence[];
  /** Source ids: a relation shows when one of its pieces of evidence quotes one of them. */
  sources: string[];
  /** A year or a span of years; undefined for all time. */
  when: When;
  includeUndated: boolean;
  focus?: Focus;
}

export function defaultFilters(graph: Pick<CompiledGraph, 'sources'>): ViewFilters {
  return {
    types: [...relationTypes],
    kinds: [...actorKinds],
    confidence: [...confidences],
    sources: graph.sources.map((source) => source.id),
    when: undefined,
    includeUndated: true,
  };
}

export interface VisibleGraph {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** Relations an analyst can follow from `actor` in one step, in the focus direction. */
function steps(relation: CompiledRelation, actor: string, direction: FocusDirection): string[] {
  const { source, target, directed } = relation;
  if (source !== actor && target !== actor) return [];
  const other = source === actor ? target : source;
  if (!directed || direction === 'both') return [other];
  if (direction === 'out') return source === actor ? [other] : [];
  return target === actor ? [other] : [];
}

/**
 * The actors within `focus.steps` of the focus actor and the relations followed to reach
 * them (breadth first, over the relations already passing the filters).
 */
export function neighbourhood(
  relations: readonly CompiledRelation[],
  focus: Focus,
): { actors: Set<string>; relations: Set<string> } {
  // The allowed relations at each actor, so that each step reads only its own (not all).
  const at = new Map<string, CompiledRelation[]>();
  for (const relation of relations) {
    if (!focus.types.includes(relation.type)) continue;
    for (const end of new Set([relation.source, relation.target])) {
      const list = at.get(end);
      if (list) list.push(relation);
      else at.set(end, [relation]);
    }
  }
  const actors = new Set([focus.actor]);
  const followed = new Set<string>();
  let frontier = [focus.actor];
  for (let step = 0; step < focus.steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const actor of frontier) {
      for (const relation of at.get(actor) ?? []) {
        for (const other of steps(relation, actor, focus.direction)) {
          followed.add(relation.id);
          if (!actors.has(other)) {
            actors.add(other);
            next.push(other);
          }
        }
      }
    }
    frontier = next;
  }
  return { actors, relations: followed };
}

/** Whether a relation passes the type, confidence, source and time filters. */
export function relationPasses(relation: CompiledRelation, filters: ViewFilters): boolean {
  return (
    filters.types.includes(relation.type) &&
    filters.confidence.includes(relation.confidence) &&
    relation.evidence.some((evidence) => filters.sources.includes(evidence.source)) &&
    isActiveAt(relation.period, filters.when, { includeUndated: filters.includeUndated })
  );
}

export function visibleGraph(graph: CompiledGraph, filters: ViewFilters): VisibleGraph {
  const kindOf = new Map(graph.actors.map((actor) => [actor.id, actor.kind]));
  const actorShown = (id: string) => filters.kinds.includes(kindOf.get(id) as ActorKind);
  const relations = graph.relations.filter(
    (relation) =>
      relationPasses(relation, filters) &&
      actorShown(relation.source) &&
      actorShown(relation.target),
  );
  if (filters.focus && kindOf.has(filters.focus.actor)) {
    const near = neighbourhood(relations, filters.focus);
    return { actors: near.actors, relations: near.relations };
  }
  return {
    actors: new Set(graph.actors.filter((actor) => actorShown(actor.id)).map((actor) => actor.id)),
    relations: new Set(relations.map((relation) => relation.id)),
  };
}

/** How many relations (types, confidence, sources) or actors (kinds) each filter option holds. */
export interface FilterCounts {
  types: Record<RelationType, number>;
  kinds: Record<ActorKind, number>;
  confidence: Record<Confidence, number>;
  sources: Record<string, number>;
}

export function filterCounts(graph: CompiledGraph): FilterCounts {
  const counts: FilterCounts = {
    types: Object.fromEntries(relationTypes.map((t) => [t, 0])) as Record<RelationType, number>,
    kinds: Object.fromEntries(actorKinds.map((k) => [k, 0])) as Record<ActorKind, number>,
    confidence: Object.fromEntries(confidences.map((c) => [c, 0])) as Record<Confidence, number>,
    sources: Object.fromEntries(graph.sources.map((s) => [s.id, 0])),
  };
  for (const actor of graph.actors) counts.kinds[actor.kind]++;
  for (const relation of graph.relations) {
    counts.types[relation.type]++;
    counts.confidence[relation.confidence]++;
    // Each source once, however many of its passages the relation cites.
    relation.evidence.forEach(({ source }, i) => {
      if (relation.evidence.findIndex((e) => e.source === source) === i) {
        counts.sources[source] = (counts.sources[source] ?? 0) + 1;
      }
    });
  }
  return counts;
}
