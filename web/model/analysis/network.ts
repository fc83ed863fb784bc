// The shape every analysis reads: the actors and the relations in view (already filtered by year).
import type { Actor, Relation } from '../schema';

/** The fields of a relation that the analyses read; a CompiledRelation fits, evidence and all. */
export type NetworkRelation = Pick<Relation, 'id' | 'source' | 'target' | 'type' | 'directed'>;

/**
 * The actors and relations an analysis runs over. A CompiledGraph fits as is; to follow the
 * time slider pass `{ ...graph, relations: relationsAt(graph.relations, year) }`. Actors stay
 * even when no relation is left to them, so they show as disconnected rather than vanish.
 */
export interface ActorNetwork<R extends NetworkRelation = NetworkRelation> {
  readonly actors: readonly Pick<Actor, 'id'>[];
  readonly relations: readonly R[];
}

/**
 * Checks that every relation names actors of the network and returns the actor ids in order.
 * Throws `<analysis>: relation <id> names unknown actor "<id>"` otherwise.
 */
export function actorIds(network: ActorNetwork, analysis: string): string[] {
  const ids = network.actors.map((actor) => actor.id);
  const known = new Set(ids);
  for (const relation of network.relations) {
    for (const end of [relation.source, relation.target]) {
      if (!known.has(end)) {
        throw new Error(`${analysis}: relation ${relation.id} names unknown actor "${end}"`);
      }
    }
  }
  return ids;
}

/** Orders ids by their characters, the same in every runtime and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
