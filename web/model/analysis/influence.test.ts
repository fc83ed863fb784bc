import { describe, expect, it } from 'vitest';
import type { RelationType } from '../schema';
import { analyseInfluence, influenceMethod } from './influence';
import { randomNetwork } from './random-network.fixture';

const relation = (
  id: string,
  source: string,
  target: string,
  type: RelationType,
  directed = true,
) => ({
  id,
  source,
  target,
  type,
  directed,
});

// A cycle a -> b -> c -> a with an exit c -> d, two parallel claims a -> b, support d -> a,
// a mutual cooperation and a rivalry that influence never reads, and an isolated actor.
const cycle = {
  actors: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'iso' }],
  relations: [
    relation('l1', 'a', 'b', 'leverage'),
    relation('l2', 'a', 'b', 'leverage'),
    relation('l3', 'b', 'c', 'leverage'),
    relation('l4', 'c', 'a', 'leverage'),
    relation('l5', 'c', 'd', 'leverage'),
    relation('s1', 'd', 'a', 'cooperation'),
    relation('m1', 'a', 'c', 'cooperation', false),
    relation('r1', 'b', 'd', 'rivalry'),
  ],
};

const scoresOf = (analysis: ReturnType<typeof analyseInfluence>) =>
  Object.fromEntries(analysis.scores.map((s) => [s.actor, [s.exerted, s.received]]));

describe('analyseInfluence', () => {
  it('names its method in one sentence', () => {
    expect(influenceMethod.name).toBe('Attenuated influence chains (Katz-style)');
    expect(influenceMethod.description).toBe(
      'An actor’s influence is the sum, over every chain of leverage (A can make B act) that it' +
        ' starts (no actor twice, at most 4 steps), of 0.5 to the power of the chain’s length,' +
        ' so a direct tie counts 0.5 and a two-step chain 0.25; its dependence is the same sum' +
        ' over the chains that end at it.',
    );
    expect(analyseInfluence(cycle).method).toEqual(influenceMethod);
  });

  it('sums simple chains of leverage around a cycle, parallel claims counted once', () => {
    const analysis = analyseInfluence(cycle);
    // a: a-b, a-b-c, a-b-c-d; b: b-c, b-c-a, b-c-d; c: c-a, c-d, c-a-b.
    expect(scoresOf(analysis)).toEqual({
      a: [0.875, 0.75],
      b: [1, 0.75],
      c: [1.25, 0.75],
      d: [0, 0.875],
      iso: [0, 0],
    });
    expect(analysis.scores.map((s) => s.actor)).toEqual(['c', 'b', 'a', 'iso', 'd']);
    expect(analysis.thresholds.exerted).toBe(0.78125);
    expect(analysis.thresholds.received).toBe(0.78125);
    expect(analysis.scores.map((s) => s.role)).toEqual([
      'driver',
      'driver',
      'driver',
      'autonomous',
      'dependent',
    ]);
  });

  it('reads one-sided cooperation as support when asked', () => {
    const analysis = analyseInfluence(cycle, { cooperationAsSupport: true });
    expect(scoresOf(analysis)).toEqual({
      a: [0.875, 0.5 + 0.5 + 0.25 + 0.25 + 0.125],
      b: [1.125, 0.5 + 0.25 + 0.25 + 0.125],
      c: [1.625, 0.5 + 0.25 + 0.125],
      d: [0.875, 0.5 + 0.25 + 0.125],
      iso: [0, 0],
    });
    expect(analysis.method.cooperationAsSupport).toBe(true);
  });

  it('caps chains at maxLength and weighs steps by the attenuation', () => {
    const short = analyseInfluence(cycle, { cooperationAsSupport: true, maxLength: 2 });
    // c: c-a, c-a-b, c-d, c-d-a
    expect(short.scoreOf('c').exerted).toBe(1.5);
    const strong = analyseInfluence(cycle, { attenuation: 1, maxLength: 1 });
    expect(scoresOf(strong)).toEqual({ a: [1, 1], b: [1, 1], c: [2, 1], d: [0, 1], iso: [0, 0] });
  });

  it('explains a score by the relations behind it, shares adding up to the score', () => {
    const why = analyseInfluence(cycle).explainInfluence('a');
    // a-b (0.5) goes to l1 and l2; a-b-c (0.25) and a-b-c-d (0.125) are shared per step.
    expect(why.exerted.map((c) => c.relationId)).toEqual(['l1', 'l2', 'l3', 'l5']);
    const shares = why.exerted.map((c) => c.contribution);
    expect(shares[0]).toBeCloseTo(0.25 + 0.0625 + 0.125 / 6, 12);
    expect(shares[1]).toBeCloseTo(0.25 + 0.0625 + 0.125 / 6, 12);
    expect(shares[2]).toBeCloseTo(0.125 + 0.125 / 3, 12);
    expect(shares[3]).toBeCloseTo(0.125 / 3, 12);
    expect(shares.reduce((sum, x) => sum + x, 0)).toBeCloseTo(0.875, 12);
    expect(why.exerted[0]!.relation).toBe(cycle.relations[0]);
    // Received by a: c-a (0.5) and b-c-a (0.25).
    expect(why.received.map((c) => [c.relationId, c.contribution])).toEqual([
      ['l4', 0.625],
      ['l3', 0.125],
    ]);
  });

  it('explains dependence and limits the list', () => {
    const why = analyseInfluence(cycle).explainInfluence('d', 2);
    expect(why.exerted).toEqual([]);
    expect(why.received.map((c) => c.relationId)).toEqual(['l5', 'l3']);
    expect(why.received[0]!.contribution).toBeCloseTo(0.5 + 0.125 + 0.125 / 3, 12);
    expect(why.received[1]!.contribution).toBeCloseTo(0.125 + 0.125 / 3, 12);
    expect(analyseInfluence(cycle).explainInfluence('iso')).toEqual({
      actor: 'iso',
      exerted: [],
      received: [],
    });
  });

  it('sorts actors into the four MICMAC roles around the means', () => {
    const analysis = analyseInfluence({
      actors: ['x', 'y', 'z', 'p', 'q', 'w'].map((id) => ({ id })),
      relations: [
        relation('xy', 'x', 'y', 'leverage'),
        relation('yz', 'y', 'z', 'leverage'),
        relation('pq', 'p', 'q', 'leverage'),
        relation('wx', 'w', 'x', 'rivalry'),
      ],
    });
    // exerted x 0.75, y 0.5, p 0.5; received y 0.5, z 0.75, q 0.5; means 1.75 / 5 = 0.35.
    expect(analysis.thresholds).toEqual({
      exerted: 0.35,
      received: 0.35,
      rule: 'high means above the mean over actors with at least one influence tie',
    });
    expect(Object.fromEntries(analysis.scores.map((s) => [s.actor, s.role]))).toEqual({
      x: 'driver',
      y: 'relay',
      z: 'dependent',
      p: 'driver',
      q: 'dependent',
      w: 'autonomous',
    });
  });

  it('gives everyone zero and no role when there is no leverage', () => {
    const analysis = analyseInfluence({
      actors: [{ id: 'a' }, { id: 'b' }],
      relations: [relation('m', 'a', 'b', 'cooperation', false)],
    });
    expect(analysis.scores).toEqual([
      { actor: 'a', exerted: 0, received: 0, role: 'autonomous' },
      { actor: 'b', exerted: 0, received: 0, role: 'autonomous' },
    ]);
  });

  it('says what is wrong with its input', () => {
    expect(() => analyseInfluence(cycle).explainInfluence('ghost')).toThrow(
      'influence: no actor "ghost" in the network',
    );
    expect(() => analyseInfluence(cycle, { attenuation: 0 })).toThrow(
      'influence: attenuation must be above 0 and at most 1, not 0',
    );
    expect(() => analyseInfluence(cycle, { maxLength: 0 })).toThrow(
      'influence: maxLength must be a whole number of steps from 1, not 0',
    );
  });
});

describe('analyseInfluence on a large network', () => {
  it('explains every score by shares that add up to it, the same each time', () => {
    const network = randomNetwork(300, 1200);
    const analysis = analyseInfluence(network, { cooperationAsSupport: true });
    const total = (items: { contribution: number }[]) =>
      items.reduce((sum, item) => sum + item.contribution, 0);
    for (const score of analysis.scores) {
      const why = analysis.explainInfluence(score.actor);
      expect(total(why.exerted)).toBeCloseTo(score.exerted, 9);
      expect(total(why.received)).toBeCloseTo(score.received, 9);
      expect(analysis.explainInfluence(score.actor)).toEqual(why);
    }
    expect(analysis.scores.some((score) => score.exerted > 1)).toBe(true);
  });
});
