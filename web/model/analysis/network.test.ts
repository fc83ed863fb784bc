import { describe, expect, it } from 'vitest';
import { actorIds, compareIds } from './network';

describe('actorIds', () => {
  it('returns the actor ids in order', () => {
    const network = {
      actors: [{ id: 'b' }, { id: 'a' }],
      relations: [{ id: 'r1', source: 'a', target: 'b', type: 'rivalry', directed: false }],
    } as const;
    expect(actorIds(network, 'test')).toEqual(['b', 'a']);
  });

  it('names the relation and the unknown actor', () => {
    const network = {
      actors: [{ id: 'a' }],
      relations: [{ id: 'r1', source: 'a', target: 'ghost', type: 'leverage', directed: true }],
    } as const;
    expect(() => actorIds(network, 'influence')).toThrow(
      'influence: relation r1 names unknown actor "ghost"',
    );
  });
});

describe('compareIds', () => {
  it('orders by characters: a hyphen before any letter', () => {
    expect(['afghanistan', 'afghan-taliban', 'al-qaida'].sort(compareIds)).toEqual([
      'afghan-taliban',
      'afghanistan',
      'al-qaida',
    ]);
    expect(compareIds('x', 'x')).toBe(0);
  });
});
