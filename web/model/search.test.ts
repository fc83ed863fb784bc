import { describe, expect, it } from 'vitest';
import { actorSearch } from './search';
import type { Actor } from './schema';

const actors: Actor[] = [
  {
    id: 'pakistan',
    name: 'Pakistan',
    kind: 'state',
    aliases: ['Islamabad'],
    description: 'A state.',
  },
  {
    id: 'afghan-taliban',
    name: 'Afghan Taliban',
    kind: 'movement',
    aliases: ['Islamic Emirate of Afghanistan'],
    description: 'A movement.',
  },
  {
    id: 'ttp',
    name: 'Tehreek-e-Taliban Pakistan',
    kind: 'armed-group',
    aliases: ['TTP'],
    description: 'A group.',
  },
  { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing'], description: 'A state.' },
];
const search = actorSearch(actors);
const ids = (query: string) => search(query).map((match) => match.actor.id);

describe('actorSearch', () => {
  it('finds an actor by name and by alias', () => {
    expect(ids('China')[0]).toBe('china');
    expect(search('Beijing')[0]).toEqual({ actor: actors[3], matched: 'Beijing' });
    expect(ids('TTP')[0]).toBe('ttp');
  });

  it('forgives small misspellings', () => {
    expect(ids('Pakistn')[0]).toBe('pakistan');
    expect(ids('Islamabd')[0]).toBe('pakistan');
    expect(ids('Talban')[0]).toBe('afghan-taliban');
  });

  it('lists each actor once and finds nothing for junk', () => {
    expect(new Set(ids('Pakistan')).size).toBe(ids('Pakistan').length);
    expect(ids('zzqxw')).toEqual([]);
  });
});
