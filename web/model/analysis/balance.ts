// Structural balance of the signed network: cooperation +, rivalry -, triads and two blocs.
import { actorIds, compareIds, type ActorNetwork, type NetworkRelation } from './network';
import { seededRandom } from '../seeded-random';

/** How a pair tied by both cooperation and rivalry counts. */
export type AmbivalentTreatment = 'exclude' | 'positive' | 'negative';

export interface BalanceOptions {
  /**
   * What to do with an ambivalent pair, tied by both cooperation and rivalry (default
   * 'exclude': reported in `ambivalent`, but neither a tie of a triad nor a tie the blocs can
   * frustrate; picking a year often resolves it).
   */
  ambivalent?: AmbivalentTreatment;
  /**
   * The most actors divided by exact search in a group of connected actors, once actors with a
   * single tie are set aside (default 24); larger groups are divided by local search.
   */
  exactLimit?: number;
  /** Random starts of the local search, besides the BFS colouring (default 32). */
  restarts?: number;
  /**
   * Past this many actors in a group of connected actors (default 1000), the local search makes at
   * most 4 random starts: on large groups they found nothing better than the BFS colouring
   * and took most of the time.
   */
  fewerRestartsPast?: number;
  /** Seed of those starts, so that the same data gives the same blocs (default 1). */
  seed?: number;
}

/** A pair of actors and the sign of the tie between them; leverage is not a sign. */
export interface SignedTie<R> {
  /** The two actors, in order of id. */
  actors: [string, string];
  /** '±' only for an ambivalent pair that is excluded; otherwise the sign the analysis uses. */
  sign: '+' | '-' | '±';
  /** True when the pair has both cooperation and rivalry. */
  ambivalent: boolean;
  /** The cooperation and rivalry relations of the pair, in the network's order. */
  relationIds: string[];
  relations: R[];
}

export type TriadPattern = '+++' | '++-' | '+--' | '---';

/** Three actors all pairwise tied. Balanced: +++ and +-- ; unbalanced: ++- and ---. */
export interface Triad<R> {
  actors: [string, string, string];
  /** The ties a-b, a-c and b-c of the actors in order. */
  ties: [SignedTie<R>, SignedTie<R>, SignedTie<R>];
  pattern: TriadPattern;
  balanced: boolean;
}

/** A group of actors joined by signed ties, divided on its own. */
export interface BalanceComponent {
  actors: string[];
  frustration: number;
  /** True when the division is proven to have the fewest frustrated ties. */
  exact: boolean;
}

export interface StructuralBalance<R> {
  /** The signed ties the analysis uses (ambivalent ones only when not excluded). */
  ties: SignedTie<R>[];
  /** Every ambivalent pair, whatever its treatment. */
  ambivalent: SignedTie<R>[];
  triads: Triad<R>[];
  /** Balanced triads over all triads; undefined when there is no triad. */
  balancedShare: number | undefined;
  /** The two blocs, each in order of id; the first holds the larger side of every group. */
  blocs: [string[], string[]];
  /** Actors with no signed tie, in no bloc. */
  unaligned: string[];
  /** Ties the division breaks: a + tie across the blocs or a - tie inside one. */
  frustrated: SignedTie<R>[];
  /** The number of frustrated ties. */
  frustration: number;
  /**
   * Actors that could move alone to the other bloc without changing the number of frustrated
   * ties, in order of id: when any, the division is one of several equally good ones.
   */
  swing: string[];
  components: BalanceComponent[];
  method: { kind: 'exact' | 'approximate'; description: string };
}

/** A group of actors as numbered nodes: neighbours with the sign of the tie (+1 or -1). */
interface SignedGroup {
  neighbours: { node: number; sign: 1 | -1 }[][];
}

/** Ties of node `u` frustrated if it sat on `side` (other nodes as in `sides`, -1 unplaced). */
function frustrationAt(group: SignedGroup, sides: Int8Array, u: number, side: number): number {
  let count = 0;
  for (const { node, sign } of group.neighbours[u]!) {
    if (sides[node] === -1) continue;
    if (sign > 0 ? sides[node] !== side : sides[node] === side) count += 1;
  }
  return count;
}

function frustrationOf(group: SignedGroup, sides: Int8Array): number {
  let twice = 0;
  for (let u = 0; u < sides.length; u += 1) twice += frustrationAt(group, sides, u, sides[u]!);
  return twice / 2;
}

/**
 * Moves one node at a time to the other side while that lowers the frustration. Every tie of a
 * placed node is frustrated on exactly one side, so one count over its ties gives both sides.
 */
function localSearch(group: SignedGroup, sides: Int8Array): Int8Array {
  for (let improved = true; improved;) {
    improved = false;
    for (let u = 0; u < sides.length; u += 1) {
      const here = sides[u]!;
      let placed = 0;
      let frustratedHere = 0;
      for (const { node, sign } of group.neighbours[u]!) {
        const side = sides[node]!;
        if (side === -1) continue;
        placed += 1;
        if (sign > 0 ? side !== here : side === here) frustratedHere += 1;
      }
      if (placed - frustratedHere < frustratedHere) {
        sides[u] = 1 - here;
        improved = true;
      }
    }
  }
  return sides;
}

/** Breadth-first order from `root`, ties in node order. */
function breadthFirst(group: SignedGroup, root: number): number[] {
  const order = [root];
  const seen = new Set(order);
  for (let i = 0; i < order.length; i += 1) {
    for (const { node } of group.neighbours[order[i]!]!) {
      if (!seen.has(node)) {
        seen.add(node);
        order.push(node);
      }
    }
  }
  return order;
}

/** Colours in BFS order: a + neighbour joins its parent's side, a - neighbour the other. */
function breadthFirstColouring(group: SignedGroup, order: readonly number[]): Int8Array {
  const sides = new Int8Array(order.length).fill(-1);
  sides[order[0]!] = 0;
  for (const u of order) {
    for (const { node, sign } of group.neighbours[u]!) {
      if (sides[node] === -1) sides[node] = sign > 0 ? sides[u]! : 1 - sides[u]!;
    }
  }
  return sides;
}

/** Local search from the BFS colouring and from `restarts` seeded random divisions. */
function approximateDivision(
  group: SignedGroup,
  order: readonly number[],
  restarts: number,
  seed: number,
): { sides: Int8Array; cost: number } {
  let sides = localSearch(group, breadthFirstColouring(group, order));
  let cost = frustrationOf(group, sides);
  const random = seededRandom(seed);
  for (let restart = 0; restart < restarts && cost > 0; restart += 1) {
    const start = Int8Array.from(sides, () => (random() < 0.5 ? 0 : 1));
    const found = localSearch(group, start);
    const foundCost = frustrationOf(group, found);
    if (foundCost < cost) [sides, cost] = [found, foundCost];
  }
  return { sides, cost };
}

/**
 * Branch and bound over every division, the first node in `order` fixed to side 0 (the mirror
 * division is the same). The bound adds, for each unplaced node, the fewer ties it would
 * frustrate with the placed ones on either side. Returns `start` unless strictly better exists.
 */
function exactDivision(
  group: SignedGroup,
  order: readonly number[],
  start: { sides: Int8Array; cost: number },
): { sides: Int8Array; cost: number } {
  const n = order.length;
  const sides = new Int8Array(n).fill(-1);
  const costIf = [new Int32Array(n), new Int32Array(n)] as const;
  let lowerRest = 0;
  let best = start;

  const place = (u: number, side: number, step: 1 | -1) => {
    for (const { node, sign } of group.neighbours[u]!) {
      if (sides[node] !== -1) continue;
      const frustrated = costIf[sign > 0 ? 1 - side : side]!;
      lowerRest -= Math.min(costIf[0][node]!, costIf[1][node]!);
      frustrated[node] = frustrated[node]! + step;
      lowerRest += Math.min(costIf[0][node]!, costIf[1][node]!);
    }
  };
  const search = (depth: number, cost: number): void => {
    if (cost + lowerRest >= best.cost) return;
    if (depth === n) {
      best = { sides: sides.slice(), cost };
      return;
    }
    const u = order[depth]!;
    const cheaper = costIf[0][u]! <= costIf[1][u]! ? 0 : 1;
    for (const side of depth === 0 ? [0] : [cheaper, 1 - cheaper]) {
      lowerRest -= Math.min(costIf[0][u]!, costIf[1][u]!);
      sides[u] = side;
      place(u, side, 1);
      search(depth + 1, cost + costIf[side as 0 | 1][u]!);
      place(u, side, -1);
      sides[u] = -1;
      lowerRest += Math.min(costIf[0][u]!, costIf[1][u]!);
    }
  };
  search(0, 0);
  return best;
}

/** A group's nodes in breadth-first order from the node with the most ties. */
function hubOrder(group: SignedGroup): number[] {
  const hub = group.neighbours.reduce(
    (best, neighbours, i) => (neighbours.length > group.neighbours[best]!.length ? i : best),
    0,
  );
  return breadthFirst(group, hub);
}

/**
 * Divides a connected group with the fewest frustrated ties. Actors with a single tie left
 * are set aside first, repeatedly (they can always sit where that tie wants, so they never
 * change the optimum), then put back; what remains is divided exactly when it has at most
 * `exactLimit` actors, by local search otherwise.
 */
function divideGroup(
  group: SignedGroup,
  exactLimit: number,
  restarts: number,
  fewerRestartsPast: number,
  seed: number,
): { sides: Int8Array; cost: number; exact: boolean } {
  const n = group.neighbours.length;
  const degree = group.neighbours.map((neighbours) => neighbours.length);
  const removed = new Uint8Array(n);
  const setAside: number[] = [];
  const queue = degree.flatMap((d, u) => (d <= 1 ? [u] : []));
  while (queue.length > 0) {
    const u = queue.pop()!;
    if (removed[u]) continue;
    removed[u] = 1;
    setAside.push(u);
    for (const { node } of group.neighbours[u]!) {
      if (removed[node]) continue;
      degree[node]! -= 1;
      if (degree[node]! <= 1) queue.push(node);
    }
  }

  const core = Array.from({ length: n }, (_, u) => u).filter((u) => !removed[u]);
  const sides = new Int8Array(n).fill(-1);
  let cost = 0;
  const exact = core.length <= exactLimit;
  if (core.length > 0) {
    const index = new Map(core.map((u, i) => [u, i]));
    const coreGroup: SignedGroup = {
      neighbours: core.map((u) =>
        group.neighbours[u]!.filter(({ node }) => index.has(node)).map(({ node, sign }) => ({
          node: index.get(node)!,
          sign,
        })),
      ),
    };
    const order = hubOrder(coreGroup);
    const starts =
      core.length > fewerRestartsPast ? Math.min(restarts, largeGroupRestarts) : restarts;
    const approximate = approximateDivision(coreGroup, order, starts, seed);
    const found = exact ? exactDivision(coreGroup, order, approximate) : approximate;
    core.forEach((u, i) => (sides[u] = found.sides[i]!));
    cost = found.cost;
  }
  for (const u of setAside.reverse()) {
    const placed = group.neighbours[u]!.find(({ node }) => sides[node] !== -1);
    sides[u] = !placed ? 0 : placed.sign > 0 ? sides[placed.node]! : 1 - sides[placed.node]!;
  }
  return { sides, cost, exact };
}

function addOne(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function pairKey(a: string, b: string): string {
  return JSON.stringify(a < b ? [a, b] : [b, a]);
}

/** The random starts of the local search on a group larger than `fewerRestartsPast`. */
const largeGroupRestarts = 4;

function describeMethod(
  exactLimit: number,
  restarts: number,
  approximate: boolean,
  fewerRestartsPast: number | undefined,
): string {
  const setAside =
    'actors with a single tie are set aside (they sit where that tie wants and never change' +
    ' the optimum)';
  const exact =
    'exact branch and bound over every division of the rest of each group of connected actors' +
    " (one actor's side fixed, as a division and its mirror are the same)";
  if (!approximate) {
    return `${setAside}; ${exact}, every such rest having at most ${exactLimit} actors`;
  }
  return (
    `${setAside}; approximate where the rest of a group has more than ${exactLimit} actors:` +
    ' local search (moving one actor at a time while that lowers the frustration) from a BFS' +
    ` 2-colouring and from ${restarts} seeded random divisions` +
    (fewerRestartsPast !== undefined && restarts > largeGroupRestarts
      ? ` (${largeGroupRestarts} for a group of more than ${fewerRestartsPast} actors)`
      : '') +
    `, keeping the best; ${exact}` +
    ' where it is smaller'
  );
}

/**
 * Structural balance of the signed network: cooperation is +, rivalry -, direction and
 * leverage are ignored, parallel relations of a pair make one tie. Lists every triad with its
 * signs and balance, the share of balanced triads, and divides the tied actors into two blocs
 * with the fewest frustrated ties (a + tie across the blocs or a - tie inside one). Each group
 * of connected actors is divided on its own, actors with a single tie set aside: exactly up to
 * `exactLimit` actors, by seeded local search beyond, as `method` says.
 */
export function structuralBalance<R extends NetworkRelation>(
  network: ActorNetwork<R>,
  {
    ambivalent = 'exclude',
    exactLimit = 24,
    restarts = 32,
    fewerRestartsPast = 1000,
    seed = 1,
  }: BalanceOptions = {},
): StructuralBalance<R> {
  const actors = actorIds(network, 'structuralBalance');

  const pairs = new Map<string, { actors: [string, string]; relations: R[] }>();
  for (const relation of network.relations) {
    if (relation.type === 'leverage' || relation.source === relation.target) continue;
    const key = pairKey(relation.source, relation.target);
    const pair = pairs.get(key) ?? {
      actors: JSON.parse(key) as [string, string],
      relations: [],
    };
    pair.relations.push(relation);
    pairs.set(key, pair);
  }
  const allTies: SignedTie<R>[] = [...pairs.values()].map(({ actors: ends, relations }) => {
    const positive = relations.some((relation) => relation.type === 'cooperation');
    const negative = relations.some((relation) => relation.type === 'rivalry');
    const both = positive && negative;
    const treated = ambivalent === 'exclude' ? '±' : ambivalent === 'negative' ? '-' : '+';
    const sign = both ? treated : positive ? '+' : '-';
    return {
      actors: ends,
      sign,
      ambivalent: both,
      relationIds: relations.map((relation) => relation.id),
      relations,
    };
  });
  const byPair = (a: SignedTie<R>, b: SignedTie<R>) =>
    compareIds(a.actors[0], b.actors[0]) || compareIds(a.actors[1], b.actors[1]);
  allTies.sort(byPair);
  const ties = allTies.filter((tie) => tie.sign !== '±');

  // Maps rather than a graphology graph: building one, and listing a hub's neighbours for each
  // of its ties, took most of the time on a network of thousands of actors.
  const signed = new Map<string, Map<string, SignedTie<R>>>(
    actors.map((actor) => [actor, new Map()]),
  );
  for (const tie of ties) {
    signed.get(tie.actors[0])!.set(tie.actors[1], tie);
    signed.get(tie.actors[1])!.set(tie.actors[0], tie);
  }
  const tieOf = (a: string, b: string) => signed.get(a)!.get(b)!;

  const triads: Triad<R>[] = [];
  for (const tie of ties) {
    const [a, b] = tie.actors;
    // The third actor is tied to both: look through the smaller neighbourhood.
    const [fewer, more] = [signed.get(a)!, signed.get(b)!].sort((x, y) => x.size - y.size);
    for (const c of fewer!.keys()) {
      if (c <= b || !more!.has(c)) continue;
      const three: Triad<R>['ties'] = [tie, tieOf(a, c), tieOf(b, c)];
      const pattern = three
        .map((t) => t.sign)
        .sort()
        .join('') as TriadPattern;
      triads.push({
        actors: [a, b, c],
        ties: three,
        pattern,
        balanced: pattern === '+++' || pattern === '+--',
      });
    }
  }
  triads.sort((x, y) => compareIds(x.actors.join('\u0000'), y.actors.join('\u0000')));
  const balancedShare =
    triads.length === 0
      ? undefined
      : triads.filter((triad) => triad.balanced).length / triads.length;

  const sideOf = new Map<string, number>();
  const components: BalanceComponent[] = [];
  const seen = new Set<string>();
  for (const actor of actors) {
    if (seen.has(actor) || signed.get(actor)!.size === 0) continue;
    const members: string[] = [actor];
    seen.add(actor);
    for (let i = 0; i < members.length; i += 1) {
      for (const next of signed.get(members[i]!)!.keys()) {
        if (!seen.has(next)) {
          seen.add(next);
          members.push(next);
        }
      }
    }
    members.sort();
    const index = new Map(members.map((member, i) => [member, i]));
    const group: SignedGroup = {
      neighbours: members.map((member) =>
        [...signed.get(member)!]
          .sort(([x], [y]) => compareIds(x, y))
          .map(([other, tie]) => ({ node: index.get(other)!, sign: tie.sign === '+' ? 1 : -1 })),
      ),
    };
    const { sides, cost, exact } = divideGroup(
      group,
      exactLimit,
      restarts,
      fewerRestartsPast,
      seed,
    );
    // The first bloc takes the larger side, or the side of the first actor when even.
    const onZero = sides.filter((side) => side === 0).length;
    const flip = onZero * 2 < members.length || (onZero * 2 === members.length && sides[0] === 1);
    members.forEach((member, i) => sideOf.set(member, flip ? 1 - sides[i]! : sides[i]!));
    components.push({ actors: members, frustration: cost, exact });
  }

  const blocs: [string[], string[]] = [[], []];
  for (const actor of [...sideOf.keys()].sort()) blocs[sideOf.get(actor)! as 0 | 1].push(actor);
  const frustrated = ties.filter((tie) => {
    const together = sideOf.get(tie.actors[0]) === sideOf.get(tie.actors[1]);
    return tie.sign === '+' ? !together : together;
  });
  // Counted per actor in one pass: filtering every tie for every actor took seconds.
  const tiesAt = new Map<string, number>();
  const frustratedAt = new Map<string, number>();
  for (const tie of ties) for (const end of tie.actors) addOne(tiesAt, end);
  for (const tie of frustrated) for (const end of tie.actors) addOne(frustratedAt, end);
  const swing = [...sideOf.keys()]
    .sort()
    .filter((actor) => tiesAt.get(actor) === 2 * (frustratedAt.get(actor) ?? 0));
  const approximate = components.some((component) => !component.exact);
  return {
    ties,
    ambivalent: allTies.filter((tie) => tie.ambivalent),
    triads,
    balancedShare,
    blocs,
    unaligned: actors.filter((actor) => !sideOf.has(actor)).sort(),
    frustrated,
    frustration: frustrated.length,
    swing,
    components,
    method: {
      kind: approximate ? 'approximate' : 'exact',
      description: describeMethod(
        exactLimit,
        restarts,
        approximate,
        components.some((component) => component.actors.length > fewerRestartsPast)
          ? fewerRestartsPast
          : undefined,
      ),
    },
  };
}
