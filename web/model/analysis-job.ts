// What the analysis worker is asked and what it answers: the analyses that take hundreds of
// milliseconds on a network of thousands of actors, run off the main thread. Only what they
// read crosses to the worker (ids, ends, types, direction), and the answer names relations by
// id, which the page maps back to its own.
// The analyses' own modules, not the index: the worker needs neither paths nor graphology.
import { structuralBalance, type StructuralBalance } from './analysis/balance';
import { actorCentrality, type CentralityAnalysis } from './analysis/centrality';
import type { ActorNetwork, NetworkRelation } from './analysis/network';

export type AnalysisKind = 'centrality' | 'balance';

/**
 * Past this many actors or relations, the centralities and the blocs are computed in a worker:
 * at 5,000 actors each took 200 to 350 ms, a pause of the whole page.
 */
export const inWorkerPast = { actors: 1000, relations: 5000 };

/** Whether a network is large enough for its centralities and blocs to go to the worker. */
export const inWorker = (network: ActorNetwork) =>
  network.actors.length > inWorkerPast.actors || network.relations.length > inWorkerPast.relations;

export interface AnalysisRequest {
  id: number;
  kind: AnalysisKind;
  network: ActorNetwork;
}

export type AnalysisAnswer =
  | { id: number; ok: true; kind: 'centrality'; result: CentralityAnalysis }
  | { id: number; ok: true; kind: 'balance'; result: StructuralBalance<NetworkRelation> }
  | { id: number; ok: false; error: string };

/** The part of a network an analysis reads, for the request. */
export function analysisNetwork(network: ActorNetwork): ActorNetwork {
  return {
    actors: network.actors.map(({ id }) => ({ id })),
    relations: network.relations.map(({ id, source, target, type, directed }) => ({
      id,
      source,
      target,
      type,
      directed,
    })),
  };
}

export function runAnalysisJob({ id, kind, network }: AnalysisRequest): AnalysisAnswer {
  try {
    return kind === 'centrality'
      ? { id, ok: true, kind, result: actorCentrality(network) }
      : { id, ok: true, kind, result: structuralBalance(network) };
  } catch (error) {
    return { id, ok: false, error: (error as Error).message };
  }
}

/**
 * A balance computed over the request's relations, with the network's own relations in their
 * place (the ties of the triads are the same objects as those of the lists, and stay so).
 */
export function withRelations<R extends NetworkRelation>(
  balance: StructuralBalance<NetworkRelation>,
  network: ActorNetwork<R>,
): StructuralBalance<R> {
  const byId = new Map(network.relations.map((relation) => [relation.id, relation]));
  const ties = new Set([
    ...balance.ties,
    ...balance.ambivalent,
    ...balance.frustrated,
    ...balance.triads.flatMap((triad) => triad.ties),
  ]);
  for (const tie of ties) {
    tie.relations = tie.relationIds.map((id) => {
      const relation = byId.get(id);
      if (!relation) throw new Error(`analysis: the answer names relation "${id}", not sent`);
      return relation;
    });
  }
  return balance as unknown as StructuralBalance<R>;
}
