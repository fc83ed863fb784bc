// A tiny compiled graph, written inline, for the tests of the view, the address and the tables:
// five actors (one with no relation) and five relations with closed, open-ended, single-year
// and undated periods, quoting two sources.
import type { Actor, CompiledGraph, CompiledRelation, CompiledSource } from './schema';

function source(id: string): CompiledSource {
  return {
    id,
    file: `sources/${id}.txt`,
    title: `Source ${id}`,
    text: '',
    paragraphs: [],
    pages: [],
  };
}

function actor(id: string, name: string, kind: Actor['kind']): Actor {
  return { id, name, kind, description: `${name}.` };
}

function relation(
  id: string,
  ends: [string, string],
  type: CompiledRelation['type'],
  options: Partial<CompiledRelation> & { sources?: string[] } = {},
): CompiledRelation {
  const { sources = ['s1'], ...rest } = options;
  return {
    id,
    source: ends[0],
    target: ends[1],
    type,
    directed: true,
    label: id,
    confidence: 'stated',
    evidence: sources.map((s) => ({ source: s, exact: 'x', start: 0, end: 1, paragraph: 0 })),
    ...rest,
  };
}

export const tinyGraph: CompiledGraph = {
  version: 1,
  sources: [source('s1'), source('s2')],
  actors: [
    actor('a', 'Alpha', 'state'),
    actor('b', 'Beta', 'state'),
    actor('c', 'Gamma', 'armed-group'),
    actor('d', 'Delta', 'alliance'),
    actor('lonely', 'Lonely', 'state'),
  ],
  relations: [
    // 2001 to 2021, both ends included.
    relation('ab-coop', ['a', 'b'], 'cooperation', { period: { from: 2001, to: 2021 } }),
    // Mutual, implied, from 2021 with no end.
    relation('ba-riv', ['b', 'a'], 'rivalry', {
      directed: false,
      confidence: 'implied',
      period: { from: 2021 },
    }),
    // Until 1990 with no start, quoted in the second source.
    relation('ac-lev', ['a', 'c'], 'leverage', { period: { to: 1990 }, sources: ['s2'] }),
    // Undated, quoted twice in both sources.
    relation('cd-coop', ['c', 'd'], 'cooperation', { sources: ['s1', 's2'] }),
    // One year only.
    relation('db-riv', ['d', 'b'], 'rivalry', {
      period: { from: 1971, to: 1971 },
      sources: ['s2'],
    }),
  ],
  layout: {},
};
