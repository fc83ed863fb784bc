// Who influences whom, directly and through others: attenuated influence chains and MICMAC roles.
import { actorIds, compareIds, type ActorNetwork, type NetworkRelation } from './network';

export interface InfluenceOptions {
  /** What each step of a chain is worth; a chain of k steps counts attenuation^k (default 0.5). */
  attenuation?: number;
  /** The longest chain counted, in steps (default 4). */
  maxLength?: number;
  /** Also read a one-sided cooperation A -> B as support that B depends on (default false). */
  cooperationAsSupport?: boolean;
}

/** The method, its parameters and one plain sentence on it, for the UI to show beside scores. */
export interface InfluenceMethod {
  name: string;
  attenuation: number;
  maxLength: number;
  cooperationAsSupport: boolean;
  description: string;
}

function describeMethod(attenuation: number, maxLength: number, support: boolean): InfluenceMethod {
  const ties = support
    ? 'leverage or one-sided support (A can make B act, or B depends on A’s support)'
    : 'leverage (A can make B act)';
  return {
    name: 'Attenuated influence chains (Katz-style)',
    attenuation,
    maxLength,
    cooperationAsSupport: support,
    description:
      `An actor’s influence is the sum, over every chain of ${ties} that it starts` +
      ` (no actor twice, at most ${maxLength} steps), of ${attenuation} to the power of the` +
      ` chain’s length, so a direct tie counts ${attenuation} and a two-step chain` +
      ` ${attenuation ** 2}; its dependence is the same sum over the chains that end at it.`,
  };
}

/** The default method: leverage only, attenuation 0.5, chains of at most 4 steps. */
export const influenceMethod: InfluenceMethod = describeMethod(0.5, 4, false);

/**
 * MICMAC roles: drivers have high influence and low dependence, relays high both, dependents
 * low influence and high dependence, autonomous actors low both.
 */
export type InfluenceRole = 'driver' | 'relay' | 'dependent' | 'autonomous';

export interface InfluenceScore {
  actor: string;
  /** Influence exerted: the weight of the chains the actor starts. */
  exerted: number;
  /** Influence received, or dependence: the weight of the chains that end at the actor. */
  received: number;
  role: InfluenceRole;
}

/** A relation's share of a score; the shares of one score add up to it. */
export interface InfluenceContribution<R> {
  relationId: string;
  relation: R;
  contribution: number;
}

/** Why an actor scores what it does: the relations behind each score, largest share first. */
export interface InfluenceExplanation<R> {
  actor: string;
  exerted: InfluenceContribution<R>[];
  received: InfluenceContribution<R>[];
}

export interface InfluenceAnalysis<R> {
  method: InfluenceMethod;
  /** Every actor, most influential first (ties: less dependent first, then by id). */
  scores: InfluenceScore[];
  /** Where high starts for the roles: scores above these means are high. */
  thresholds: { exerted: number; received: number; rule: string };
  /** The score of one actor. */
  scoreOf(actor: string): InfluenceScore;
  /** The relations contributing to an actor's scores, largest first, at most `limit` each. */
  explainInfluence(actor: string, limit?: number): InfluenceExplanation<R>;
}

/** True when the relation is an influence step from its source to its target. */
function isInfluenceStep(relation: NetworkRelation, support: boolean): boolean {
  if (relation.source === relation.target) return false;
  if (relation.type === 'leverage') return true;
  return support && relation.type === 'cooperation' && relation.directed;
}

function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Scores influence exerted and received for every actor from leverage relations (and, as an
 * option, one-sided cooperation read as support), counting direct ties and indirect chains
 * by `influenceMethod`, and sorts actors into MICMAC roles.
 *
 * Parallel relations make one step, not several: two claims that China has leverage over the
 * Taliban do not double it. Each chain's weight is shared equally among its steps, and a
 * step's share equally among its parallel relations, so an explanation adds up to its score.
 * Roles compare each score with the mean over actors that have at least one influence tie;
 * actors without one are autonomous and left out of the means.
 */
export function analyseInfluence<R extends NetworkRelation>(
  network: ActorNetwork<R>,
  { attenuation = 0.5, maxLength = 4, cooperationAsSupport = false }: InfluenceOptions = {},
): InfluenceAnalysis<R> {
  if (!(attenuation > 0 && attenuation <= 1)) {
    throw new Error(`influence: attenuation must be above 0 and at most 1, not ${attenuation}`);
  }
  if (!(Number.isInteger(maxLength) && maxLength >= 1)) {
    throw new Error(
      `influence: maxLength must be a whole number of steps from 1, not ${maxLength}`,
    );
  }
  const actors = actorIds(network, 'influence');

  const steps = new Map<string, Map<string, R[]>>();
  const tied = new Set<string>();
  for (const relation of network.relations) {
    if (!isInfluenceStep(relation, cooperationAsSupport)) continue;
    tied.add(relation.source).add(relation.target);
    const fromSource = steps.get(relation.source) ?? new Map<string, R[]>();
    steps.set(relation.source, fromSource);
    fromSource.set(relation.target, [...(fromSource.get(relation.target) ?? []), relation]);
  }

  const exerted = new Map<string, number>();
  const received = new Map<string, number>();
  const exertedBy = new Map<string, Map<string, number>>();
  const receivedBy = new Map<string, Map<string, number>>();
  const relationById = new Map(network.relations.map((relation) => [relation.id, relation]));
  for (const actor of actors) {
    exertedBy.set(actor, new Map());
    receivedBy.set(actor, new Map());
  }

  const chain: R[][] = [];
  const onChain = new Set<string>();
  const extend = (start: string, at: string): void => {
    for (const [next, parallel] of steps.get(at) ?? []) {
      if (onChain.has(next)) continue;
      chain.push(parallel);
      const weight = attenuation ** chain.length;
      addTo(exerted, start, weight);
      addTo(received, next, weight);
      const perStep = weight / chain.length;
      for (const step of chain) {
        for (const relation of step) {
          addTo(exertedBy.get(start)!, relation.id, perStep / step.length);
          addTo(receivedBy.get(next)!, relation.id, perStep / step.length);
        }
      }
      if (chain.length < maxLength) {
        onChain.add(next);
        extend(start, next);
        onChain.delete(next);
      }
      chain.pop();
    }
  };
  for (const actor of actors) {
    onChain.add(actor);
    extend(actor, actor);
    onChain.delete(actor);
  }

  const mean = (scores: Map<string, number>) =>
    tied.size === 0
      ? 0
      : [...tied].reduce((sum, actor) => sum + (scores.get(actor) ?? 0), 0) / tied.size;
  const thresholds = {
    exerted: mean(exerted),
    received: mean(received),
    rule: 'high means above the mean over actors with at least one influence tie',
  };
  const roleOf = (out: number, into: number): InfluenceRole => {
    const strong = out > thresholds.exerted;
    const dependent = into > thresholds.received;
    if (strong) return dependent ? 'relay' : 'driver';
    return dependent ? 'dependent' : 'autonomous';
  };
  const scoreById = new Map<string, InfluenceScore>();
  for (const actor of actors) {
    const out = exerted.get(actor) ?? 0;
    const into = received.get(actor) ?? 0;
    scoreById.set(actor, { actor, exerted: out, received: into, role: roleOf(out, into) });
  }
  const scores = [...scoreById.values()].sort(
    (a, b) => b.exerted - a.exerted || a.received - b.received || compareIds(a.actor, b.actor),
  );

  const scoreOf = (actor: string): InfluenceScore => {
    const score = scoreById.get(actor);
    if (!score) throw new Error(`influence: no actor "${actor}" in the network`);
    return score;
  };
  const ranked = (shares: Map<string, number>, limit: number): InfluenceContribution<R>[] =>
    [...shares]
      .map(([relationId, contribution]) => ({
        relationId,
        relation: relationById.get(relationId)!,
        contribution,
      }))
      .sort((a, b) => b.contribution - a.contribution || compareIds(a.relationId, b.relationId))
      .slice(0, limit);

  return {
    method: describeMethod(attenuation, maxLength, cooperationAsSupport),
    scores,
    thresholds,
    scoreOf,
    explainInfluence(actor, limit = Infinity) {
      scoreOf(actor);
      return {
        actor,
        exerted: ranked(exertedBy.get(actor)!, limit),
        received: ranked(receivedBy.get(actor)!, limit),
      };
    },
  };
}
