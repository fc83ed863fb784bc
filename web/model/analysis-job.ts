// What the analysis worker is asked and what it answers: the analyses that take hundreds of
// milliseconds on a network of thousands of actors (centralities, blocs, paths), run off the
// main thread. Only what they
// read crosses to the worker (ids, ends, types, direction), and the answer names relations by
// id, which the page maps back to its own.
import { structuralBalance, type StructuralBalance } from './analysis/balance';
import { actorCentrality, type CentralityAnalysis } from './analysis/centrality';
import type { ActorNetwork, NetworkRelation } from './analysis/network';
import { influencePaths, type InfluencePathsResult, type PathOptions } from './analysis/paths';

export type AnalysisKind = 'centrality' | 'balance' | 'paths';

/** The paths asked for: between which actors, and under which constraints. */
export interface PathsQuery {
  from: string;
  to: string;
  options: PathOptions;
}

export interface AnalysisRequest {
  id: number;
  kind: AnalysisKind;
  network: ActorNetwork;
  /** For kind 'paths'. */
  paths?: PathsQuery;
}

export type AnalysisAnswer =
  | { id: number; ok: true; kind: 'centrality'; result: CentralityAnalysis }
  | { id: number; ok: true; kind: 'balance'; result: StructuralBalance<NetworkRelation> }
  | { id: number; ok: true; kind: 'paths'; result: InfluencePathsResult<NetworkRelation> }
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

export function runAnalysisJob({ id, kind, network, paths }: AnalysisRequest): AnalysisAnswer {
  try {
    if (kind === 'paths') {
      if (!paths) throw new Error('analysis: paths asked without their ends');
      return {
        id,
        ok: true,
        kind,
        result: influencePaths(network, paths.from, paths.to, paths.options),
      };
    }
    return kind === 'centrality'
      ? { id, ok: true, kind, result: actorCentrality(network) }
      : { id, ok: true, kind, result: structuralBalance(network) };
  } catch (error) {
    return { id, ok: false, error: (error as Error).message };
  }
}

/** The relation of the network that an answer names by id. */
function relationsById<R extends NetworkRelation>(network: ActorNetwork<R>) {
  const byId = new Map(network.relations.map((relation) => [relation.id, relation]));
  return (id: string) => {
    const relation = byId.get(id);
    if (!relation) throw new Error(`analysis: the answer names relation "${id}", not sent`);
    return relation;
  };
}

/** Paths found over the request's relations, with the network's own relations in their place. */
export function pathsWithRelations<R extends NetworkRelation>(
  result: InfluencePathsResult<NetworkRelation>,
  network: ActorNetwork<R>,
): InfluencePathsResult<R> {
  const relation = relationsById(network);
  return {
    ...result,
    paths: result.paths.map((path) => ({
      ...path,
      steps: path.steps.map((step) => ({
        ...step,
        relations: step.relations.map(({ id }) => relation(id)),
      })),
    })),
  };
}

/**
 * A balance computed over the request's relations, with the network's own relations in their
 * place (the ties of the triads are the same objects as those of the lists, and stay so).
 */
export function withRelations<R extends NetworkRelation>(
  balance: StructuralBalance<NetworkRelation>,
  network: ActorNetwork<R>,
): StructuralBalance<R> {
  const relation = relationsById(network);
  const ties = new Set([
    ...balance.ties,
    ...balance.ambivalent,
    ...balance.frustrated,
    ...balance.triads.flatMap((triad) => triad.ties),
  ]);
  for (const tie of ties) {
    tie.relations = tie.relationIds.map(relation);
  }
  return balance as unknown as StructuralBalance<R>;
}
