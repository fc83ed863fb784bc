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

/** Influence steps out of each numbered actor, in compressed rows, with their relations. */
interface StepRows<R> {
  starts: Uint32Array;
  targets: Uint32Array;
  /** The parallel relations of each step, in the network's order. */
  relations: R[][];
}

function stepRows<R>(rows: readonly Map<number, R[]>[]): StepRows<R> {
  const starts = new Uint32Array(rows.length + 1);
  rows.forEach((row, i) => (starts[i + 1] = starts[i]! + row.size));
  const targets = new Uint32Array(starts[rows.length]!);
  const relations: R[][] = [];
  for (const row of rows) {
    for (const [target, parallel] of row) {
      targets[relations.length] = target;
      relations.push(parallel);
    }
  }
  return { starts, targets, relations };
}

/** The same steps taken backwards: from each target to its sources. */
function reversed<R>(rows: readonly Map<number, R[]>[]): Map<number, R[]>[] {
  const back = rows.map(() => new Map<number, R[]>());
  rows.forEach((row, source) => {
    for (const [target, parallel] of row) back[target]!.set(source, parallel);
  });
  return back;
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

  // Steps between numbered actors in compressed rows, forward (from a source) and backward
  // (into a target): `targets[starts[i] .. starts[i + 1]]`, with the parallel relations of each.
  const number = new Map(actors.map((actor, i) => [actor, i]));
  const bySource = actors.map(() => new Map<number, R[]>());
  const tied = new Set<string>();
  for (const relation of network.relations) {
    if (!isInfluenceStep(relation, cooperationAsSupport)) continue;
    tied.add(relation.source).add(relation.target);
    const fromSource = bySource[number.get(relation.source)!]!;
    const target = number.get(relation.target)!;
    fromSource.set(target, [...(fromSource.get(target) ?? []), relation]);
  }
  const forward = stepRows(bySource);
  const backward = stepRows(reversed(bySource));

  // Every chain adds its weight to its start and its end: one addition a chain.
  const exertedAt = new Float64Array(actors.length);
  const receivedAt = new Float64Array(actors.length);
  const weights = Array.from({ length: maxLength + 1 }, (_, k) => attenuation ** k);
  const onChain = new Uint8Array(actors.length);
  const extend = (start: number, at: number, length: number): void => {
    const { starts, targets } = forward;
    for (let j = starts[at]!; j < starts[at + 1]!; j += 1) {
      const next = targets[j]!;
      if (onChain[next]) continue;
      exertedAt[start] = exertedAt[start]! + weights[length + 1]!;
      receivedAt[next] = receivedAt[next]! + weights[length + 1]!;
      if (length + 1 < maxLength) {
        onChain[next] = 1;
        extend(start, next, length + 1);
        onChain[next] = 0;
      }
    }
  };
  actors.forEach((_, i) => {
    onChain[i] = 1;
    extend(i, i, 0);
    onChain[i] = 0;
  });
  const exerted = new Map(actors.map((actor, i) => [actor, exertedAt[i]!]));
  const received = new Map(actors.map((actor, i) => [actor, receivedAt[i]!]));

  /**
   * The share of every step in the chains from (forward) or into (backward) one actor: a chain
   * of k steps gives attenuation^k / k to each of its steps. Each step's share sums, over the
   * chains through it, the share of every chain that goes on from it, returned by the call.
   */
  const stepShares = (rows: StepRows<R>, actor: number): Map<number, number> => {
    const shares = new Map<number, number>();
    const walk = (at: number, length: number): number => {
      let sum = 0;
      for (let j = rows.starts[at]!; j < rows.starts[at + 1]!; j += 1) {
        const next = rows.targets[j]!;
        if (onChain[next]) continue;
        let share = weights[length + 1]! / (length + 1);
        if (length + 1 < maxLength) {
          onChain[next] = 1;
          share += walk(next, length + 1);
          onChain[next] = 0;
        }
        shares.set(j, (shares.get(j) ?? 0) + share);
        sum += share;
      }
      return sum;
    };
    onChain[actor] = 1;
    walk(actor, 0);
    onChain[actor] = 0;
    return shares;
  };
  const relationShares = (rows: StepRows<R>, actor: string): Map<string, number> => {
    const byRelation = new Map<string, number>();
    for (const [step, share] of stepShares(rows, number.get(actor)!)) {
      const parallel = rows.relations[step]!;
      for (const relation of parallel) addTo(byRelation, relation.id, share / parallel.length);
    }
    return byRelation;
  };
  const relationById = new Map(network.relations.map((relation) => [relation.id, relation]));

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
        exerted: ranked(relationShares(forward, actor), limit),
        received: ranked(relationShares(backward, actor), limit),
      };
    },
  };
}
