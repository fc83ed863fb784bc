// A seeded random network for tests that compare an approximation with the exact result: a few
// hubs (each end is drawn in proportion to the relations an actor already has), every type.
import type { RelationType } from '../schema';
import { seededRandom } from '../seeded-random';
import type { ActorNetwork, NetworkRelation } from './network';

export function randomNetwork(actors: number, relations: number, seed = 1): ActorNetwork {
  const random = seededRandom(seed);
  const ids = Array.from({ length: actors }, (_, i) => `a${String(i).padStart(4, '0')}`);
  // Every actor once, then every end drawn so far again: preferential attachment.
  const ends = [...ids];
  const draw = () => ends[Math.floor(random() * ends.length)]!;
  const types: RelationType[] = ['cooperation', 'rivalry', 'leverage'];
  const list: NetworkRelation[] = [];
  for (let i = 0; i < relations; i += 1) {
    const source = draw();
    let target = draw();
    while (target === source) target = draw();
    const type = types[Math.floor(random() * types.length)]!;
    const directed = type === 'leverage' || random() < 0.3;
    list.push({ id: `r${i}`, source, target, type, directed });
    ends.push(source, target);
  }
  return { actors: ids.map((id) => ({ id })), relations: list };
}
