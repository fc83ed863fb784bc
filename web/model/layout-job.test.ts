import { describe, expect, it } from 'vitest';
import { seededLayout } from './layout';
import { runLayoutJob } from './layout-job';

const actors = [{ id: 'a', name: 'Actor a' }, { id: 'b' }, { id: 'c' }];
const relations = [
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
];

describe('runLayoutJob', () => {
  it('answers with the seeded layout of the compiler, under the request number', () => {
    expect(runLayoutJob({ id: 7, actors, relations })).toEqual({
      id: 7,
      ok: true,
      positions: seededLayout(actors, relations),
    });
  });

  it('lays out only the actors asked, ignoring relations to others', () => {
    const answer = runLayoutJob({
      id: 1,
      actors: actors.slice(0, 2),
      relations: [...relations, { source: 'a', target: 'z' }],
    });
    expect(answer.ok && Object.keys(answer.positions).sort()).toEqual(['a', 'b']);
  });

  it('answers a failure as a message', () => {
    const answer = runLayoutJob({ id: 2, actors: [{ id: 'a' }, { id: 'a' }], relations: [] });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/^layout: /);
  });
});
