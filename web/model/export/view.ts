// "The current view": the part of a compiled graph that an export is limited to.
import type { CompiledGraph } from '../schema';
import { ExportError } from './error';

export interface View {
  /** Actors to keep; absent: every actor (or, with relationIds, the ends of those relations). */
  actorIds?: Iterable<string>;
  /** Relations to keep; absent: every relation between kept actors. */
  relationIds?: Iterable<string>;
}

function quoted(ids: readonly string[], most = 5): string {
  const shown = ids.slice(0, most).map((id) => `"${id}"`);
  return ids.length > most ? `${shown.join(', ')}...` : shown.join(', ');
}

/**
 * The graph limited to a view: the chosen actors, the chosen relations whose two ends are both
 * kept, their layout and the sources their evidence cites. Throws an ExportError when the view
 * holds no actor.
 */
export function subgraph(graph: CompiledGraph, view: View): CompiledGraph {
  const relationIds = view.relationIds ? new Set(view.relationIds) : undefined;
  const chosenRelations = relationIds
    ? graph.relations.filter((relation) => relationIds.has(relation.id))
    : graph.relations;
  let actorIds: Set<string>;
  if (view.actorIds) actorIds = new Set(view.actorIds);
  else if (relationIds) actorIds = new Set(chosenRelations.flatMap((r) => [r.source, r.target]));
  else actorIds = new Set(graph.actors.map((actor) => actor.id));

  const actors = graph.actors.filter((actor) => actorIds.has(actor.id));
  if (actors.length === 0) {
    const known = quoted(graph.actors.map((actor) => actor.id));
    const asked = view.actorIds
      ? `no actor of the view (${quoted([...actorIds]) || 'none given'}) is in the graph`
      : `no relation of the view (${quoted([...(relationIds ?? [])]) || 'none given'}) is in the graph`;
    throw new ExportError(
      `view: the view is empty: ${asked}; choose ${view.actorIds ? 'actors' : 'relations'} of the graph${known && view.actorIds ? `, e.g. ${known}` : ''}`,
    );
  }
  const relations = chosenRelations.filter(
    (relation) => actorIds.has(relation.source) && actorIds.has(relation.target),
  );
  const cited = new Set(relations.flatMap((r) => r.evidence.map((piece) => piece.source)));
  const layout: CompiledGraph['layout'] = {};
  for (const { id } of actors) {
    const position = graph.layout[id];
    if (position) layout[id] = position;
  }
  return {
    version: graph.version,
    sources: graph.sources.filter((source) => cited.has(source.id)),
    actors,
    relations,
    layout,
  };
}
