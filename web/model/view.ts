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

/**
 * Whether a relation passes the type, confidence, source and time filters: the test made once
 * for a set of filters (with sets for its lists), to be run on thousands of relations.
 */
export function relationFilter(filters: ViewFilters): (relation: CompiledRelation) => boolean {
  const types = new Set<string>(filters.types);
  const confidence = new Set<string>(filters.confidence);
  const sources = new Set(filters.sources);
  const time = { includeUndated: filters.includeUndated };
  return (relation) =>
    types.has(relation.type) &&
    confidence.has(relation.confidence) &&
    relation.evidence.some((evidence) => sources.has(evidence.source)) &&
    isActiveAt(relation.period, filters.when, time);
}

/** Whether a relation passes the type, confidence, source and time filters. */
export function relationPasses(relation: CompiledRelation, filters: ViewFilters): boolean {
  return relationFilter(filters)(relation);
}

export function visibleGraph(graph: CompiledGraph, filters: ViewFilters): VisibleGraph {
  const kinds = new Set<string>(filters.kinds);
  const actors = new Set<string>();
  for (const actor of graph.actors) if (kinds.has(actor.kind)) actors.add(actor.id);
  const passes = relationFilter(filters);
  const relations = graph.relations.filter(
    (relation) => passes(relation) && actors.has(relation.source) && actors.has(relation.target),
  );
  const focus = filters.focus;
  if (focus && graph.actors.some((actor) => actor.id === focus.actor)) {
    const near = neighbourhood(relations, focus);
    return { actors: near.actors, relations: near.relations };
  }
  return { actors, relations: new Set(relations.map((relation) => relation.id)) };
}

/** How many relations (types, confidence, sources) or actors (kinds) each filter option holds. */
export interface FilterCounts {
  types: Record<RelationType, number>;
  kinds: Record<ActorKind, number>;
  confidence: Record<Confidence, number>;
  sources: Record<string, number>;
}

/** The counts of the graph's actors and relations, or of those of them that `visible` holds. */
export function filterCounts(graph: CompiledGraph, visible?: VisibleGraph): FilterCounts {
  const counts: FilterCounts = {
    types: Object.fromEntries(relationTypes.map((t) => [t, 0])) as Record<RelationType, number>,
    kinds: Object.fromEntries(actorKinds.map((k) => [k, 0])) as Record<ActorKind, number>,
    confidence: Object.fromEntries(confidences.map((c) => [c, 0])) as Record<Confidence, number>,
    sources: Object.fromEntries(graph.sources.map((s) => [s.id, 0])),
  };
  for (const actor of graph.actors) {
    if (!visible || visible.actors.has(actor.id)) counts.kinds[actor.kind]++;
  }
  for (const relation of graph.relations) {
    if (visible && !visible.relations.has(relation.id)) continue;
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
