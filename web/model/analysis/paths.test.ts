import { describe, expect, it } from 'vitest';
import type { RelationType } from '../schema';
import type { ActorNetwork } from './network';
import { influencePathTypes, influencePaths, type InfluencePath } from './paths';
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
  evidence: [{ exact: `quote for ${id}`, start: 0, end: 1, page: 201 }],
});

const route = (path: InfluencePath<{ id: string }>) =>
  path.steps.map((step) => `${step.from}>${step.to}:${step.relations.map((r) => r.id).join('|')}`);

describe('influencePaths: the article’s argument', () => {
  // Pakistan cooperates with China, China has leverage over the Afghan Taliban, who shelter
  // and hold sway over TTP; TTP attacks Pakistan; the US holds leverage over Pakistan.
  const article = {
    actors: ['pakistan', 'china', 'afghan-taliban', 'ttp', 'united-states'].map((id) => ({ id })),
    relations: [
      relation('pak-chn-partnership', 'pakistan', 'china', 'cooperation', false),
      relation('chn-at-leverage', 'china', 'afghan-taliban', 'leverage'),
      relation('at-ttp-haven', 'afghan-taliban', 'ttp', 'cooperation'),
      relation('at-ttp-leverage', 'afghan-taliban', 'ttp', 'leverage'),
      relation('ttp-pak-attacks', 'ttp', 'pakistan', 'rivalry'),
      relation('pak-at-border-clash', 'pakistan', 'afghan-taliban', 'rivalry', false),
      relation('us-pak-leverage', 'united-states', 'pakistan', 'leverage'),
    ],
  };

  it('Pakistan reaches TTP through China and the Afghan Taliban', () => {
    const result = influencePaths(article, 'pakistan', 'ttp', {
      types: ['leverage', 'cooperation'],
    });
    expect(result.blocked).toBeUndefined();
    expect(result.paths.map((path) => path.actors)).toEqual([
      ['pakistan', 'china', 'afghan-taliban', 'ttp'],
    ]);
    expect(route(result.paths[0]!)).toEqual([
      'pakistan>china:pak-chn-partnership',
      'china>afghan-taliban:chn-at-leverage',
      'afghan-taliban>ttp:at-ttp-haven|at-ttp-leverage',
    ]);
    expect(result.paths[0]!.length).toBe(3);
    expect(result.paths[0]!.steps[1]!.relations[0]!.evidence[0]!.exact).toBe(
      'quote for chn-at-leverage',
    );
  });

  it('with leverage alone, says that cooperation (or rivalry) would open the path', () => {
    const result = influencePaths(article, 'pakistan', 'ttp', { types: ['leverage'] });
    expect(result.paths).toEqual([]);
    // Rivalry opens pakistan - afghan-taliban (border clash) -> ttp.
    expect(result.blocked).toEqual({
      kind: 'constraints',
      relaxations: [
        { addTypes: ['cooperation'], ignoreDirection: false, shortestLength: 3 },
        { addTypes: ['rivalry'], ignoreDirection: false, shortestLength: 2 },
      ],
      message:
        'a path exists if cooperation were allowed (shortest is 3 steps); ' +
        'a path exists if rivalry were allowed (shortest is 2 steps)',
    });
  });

  it('TTP does not reach Pakistan by influence; rivalry or ignoring direction would do', () => {
    const result = influencePaths(article, 'ttp', 'pakistan');
    expect(result.blocked).toEqual({
      kind: 'constraints',
      relaxations: [
        { addTypes: ['rivalry'], ignoreDirection: false, shortestLength: 1 },
        { addTypes: [], ignoreDirection: true, shortestLength: 3 },
      ],
      message:
        'a path exists if rivalry were allowed (shortest is 1 step); ' +
        'a path exists ignoring direction (shortest is 3 steps)',
    });
  });
});

describe('influencePaths', () => {
  const network = {
    actors: ['a', 'b', 'c', 'd', 'e', 'iso'].map((id) => ({ id })),
    relations: [
      relation('ab-lev', 'a', 'b', 'leverage'),
      relation('ab-coop', 'a', 'b', 'cooperation', false),
      relation('bc-lev', 'b', 'c', 'leverage'),
      relation('ac-support', 'a', 'c', 'cooperation'),
      relation('cd-coop', 'd', 'c', 'cooperation', false),
      relation('de-riv', 'd', 'e', 'rivalry', false),
      relation('ca-lev', 'c', 'a', 'leverage'),
    ],
  };

  it('lists every simple path shortest first, parallel relations sharing a step', () => {
    const result = influencePaths(network, 'a', 'd');
    expect(result.paths.map(route)).toEqual([
      ['a>c:ac-support', 'c>d:cd-coop'],
      ['a>b:ab-lev|ab-coop', 'b>c:bc-lev', 'c>d:cd-coop'],
    ]);
    expect(result.paths.map((path) => path.length)).toEqual([2, 3]);
  });

  it('follows a directed relation only from its source, a mutual one either way', () => {
    // b -> a: ab-coop is mutual, ab-lev is not; also b -> c -> a round the cycle.
    expect(influencePaths(network, 'b', 'a').paths.map(route)).toEqual([
      ['b>a:ab-coop'],
      ['b>c:bc-lev', 'c>a:ca-lev'],
    ]);
  });

  it('keeps to the types asked for', () => {
    expect(influencePaths(network, 'a', 'c', { types: ['leverage'] }).paths.map(route)).toEqual([
      ['a>b:ab-lev', 'b>c:bc-lev'],
    ]);
  });

  it('keeps to maxLength, and says so when it blocks every path', () => {
    expect(influencePaths(network, 'a', 'd', { maxLength: 2 }).paths.map(route)).toEqual([
      ['a>c:ac-support', 'c>d:cd-coop'],
    ]);
    expect(influencePaths(network, 'a', 'd', { maxLength: 1 })).toEqual({
      paths: [],
      blocked: {
        kind: 'too-long',
        shortestLength: 2,
        message: 'longer than maxLength 1 (shortest is 2 steps)',
      },
    });
  });

  it('says when only rivalry joins the actors, and when the path would also be too long', () => {
    expect(influencePaths(network, 'a', 'e').blocked?.message).toBe(
      'a path exists if rivalry were allowed (shortest is 3 steps)',
    );
    expect(influencePaths(network, 'a', 'e', { maxLength: 2 }).blocked?.message).toBe(
      'a path exists if rivalry were allowed (shortest is 3 steps, longer than maxLength 2)',
    );
  });

  it('says when a path needs both another type and no direction', () => {
    // e is tied to d by rivalry only; d - c is mutual and c -> a leverage: rivalry is enough.
    expect(influencePaths(network, 'e', 'a').blocked).toEqual({
      kind: 'constraints',
      relaxations: [{ addTypes: ['rivalry'], ignoreDirection: false, shortestLength: 3 }],
      message: 'a path exists if rivalry were allowed (shortest is 3 steps)',
    });
    const oneWay = {
      actors: ['x', 'y', 'z'].map((id) => ({ id })),
      relations: [
        relation('xy-riv', 'x', 'y', 'rivalry'),
        relation('zy-lev', 'z', 'y', 'leverage'),
      ],
    };
    expect(influencePaths(oneWay, 'x', 'z').blocked).toEqual({
      kind: 'constraints',
      relaxations: [{ addTypes: ['rivalry'], ignoreDirection: true, shortestLength: 2 }],
      message: 'a path exists if rivalry were allowed and ignoring direction (shortest is 2 steps)',
    });
  });

  it('says when the actors are apart whatever the constraints', () => {
    expect(influencePaths(network, 'a', 'iso')).toEqual({
      paths: [],
      blocked: { kind: 'disconnected', message: 'no path even ignoring direction and types' },
    });
  });

  it('has no path from an actor to itself', () => {
    expect(influencePaths(network, 'a', 'a')).toEqual({
      paths: [],
      blocked: { kind: 'same-actor', message: '"a" is both ends of the path' },
    });
  });

  it('names an unknown actor and a bad maxLength', () => {
    expect(() => influencePaths(network, 'a', 'ghost')).toThrow(
      'influencePaths: no actor "ghost" in the network',
    );
    expect(() => influencePaths(network, 'a', 'b', { maxLength: 0 })).toThrow(
      'influencePaths: maxLength must be a whole number of steps from 1, not 0',
    );
  });
});

describe('influencePaths on a random network', () => {
  /** Every simple path by brute force: each actor sequence, with each step's relation ids. */
  function everyPath(network: ActorNetwork, from: string, to: string, maxLength: number) {
    const types: readonly string[] = influencePathTypes;
    const found: string[] = [];
    const walk = (path: string[]) => {
      const at = path[path.length - 1]!;
      if (at === to) {
        const steps = path.slice(1).map((next, i) =>
          network.relations
            .filter((r) => types.includes(r.type) && r.source !== r.target)
            .filter(
              (r) =>
                (r.source === path[i] && r.target === next) ||
                (!r.directed && r.target === path[i] && r.source === next),
            )
            .map((r) => r.id)
            .join(','),
        );
        found.push(`${path.join('>')} ${steps.join(' ')}`);
        return;
      }
      if (path.length > maxLength) return;
      for (const { id } of network.actors) {
        if (path.includes(id)) continue;
        const joined = network.relations.some(
          (r) =>
            types.includes(r.type) &&
            ((r.source === at && r.target === id) ||
              (!r.directed && r.target === at && r.source === id)),
        );
        if (joined) walk([...path, id]);
      }
    };
    walk([from]);
    return found.sort();
  }

  it('finds exactly the simple paths a brute-force search finds', () => {
    const network = randomNetwork(40, 120, 7);
    const ids = network.actors.map((actor) => actor.id);
    let compared = 0;
    for (let i = 0; i < 12; i += 1) {
      const [from, to] = [ids[(i * 7) % ids.length]!, ids[(i * 13 + 3) % ids.length]!];
      if (from === to) continue;
      for (const maxLength of [2, 3, 4]) {
        const { paths } = influencePaths(network, from, to, { maxLength });
        const listed = paths
          .map(
            (path) =>
              `${path.actors.join('>')} ${path.steps.map((step) => step.relations.map((r) => r.id).join(',')).join(' ')}`,
          )
          .sort();
        expect(listed, `${from} to ${to} in ${maxLength}`).toEqual(
          everyPath(network, from, to, maxLength),
        );
        compared += listed.length;
      }
    }
    // The comparison means something only if there were paths to compare.
    expect(compared).toBeGreaterThan(50);
  });
});
