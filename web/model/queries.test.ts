import { describe, expect, it } from 'vitest';
import {
  citation,
  passagesOf,
  periodLabel,
  quoteExcerpt,
  relationsOfActor,
  segmentsOf,
} from './queries';
import type { CompiledGraph, CompiledRelation, CompiledSource } from './schema';

const text = 'First sentence here. The quote is in this one. Last sentence.\n\nSecond paragraph.';
const source: CompiledSource = {
  id: 's',
  file: 'sources/s.txt',
  title: 'A study',
  journal: 'Journal of Things',
  volume: '10',
  issue: '1',
  month: 'December',
  year: 2023,
  text,
  paragraphs: [
    { start: 0, end: 61 },
    { start: 63, end: 80 },
  ],
  pages: [{ page: 201, start: 0, end: 80 }],
};

function relation(
  id: string,
  type: CompiledRelation['type'],
  sourceId: string,
  target: string,
  start: number,
  end: number,
  directed = true,
): CompiledRelation {
  return {
    id,
    source: sourceId,
    target,
    type,
    directed,
    label: id,
    confidence: 'stated',
    evidence: [{ source: 's', exact: text.slice(start, end), start, end, paragraph: 0, page: 201 }],
  };
}

const quoteStart = text.indexOf('The quote');
const quoteEnd = quoteStart + 'The quote'.length;

describe('quoteExcerpt', () => {
  it('keeps a short paragraph whole around the quote', () => {
    const evidence = relation('r', 'leverage', 'a', 'b', quoteStart, quoteEnd).evidence[0]!;
    expect(quoteExcerpt(source, evidence)).toEqual({
      before: 'First sentence here. ',
      exact: 'The quote',
      after: ' is in this one. Last sentence.',
      page: 201,
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('cuts a long paragraph at sentence boundaries near the quote', () => {
    const evidence = relation('r', 'leverage', 'a', 'b', quoteStart, quoteEnd).evidence[0]!;
    const excerpt = quoteExcerpt(source, evidence, 12);
    expect(excerpt.before).toBe('here. ');
    expect(excerpt.clippedBefore).toBe(true);
    expect(excerpt.after).toBe(' is in this');
    expect(excerpt.clippedAfter).toBe(true);
  });
});

describe('passages and segments', () => {
  const graph = {
    relations: [
      relation('late', 'rivalry', 'a', 'b', quoteStart, quoteEnd + 10),
      relation('early', 'cooperation', 'a', 'c', 0, 5),
      relation('overlap', 'leverage', 'b', 'c', quoteStart + 4, quoteEnd),
    ],
  } as unknown as CompiledGraph;

  it('lists the passages of a source in reading order', () => {
    expect(passagesOf(graph, 's').map((p) => p.relationId)).toEqual(['early', 'late', 'overlap']);
    expect(passagesOf(graph, 'other')).toEqual([]);
  });

  it('cuts a paragraph at every passage boundary, keeping overlaps', () => {
    const segments = segmentsOf({ start: 0, end: 61 }, passagesOf(graph, 's'));
    expect(
      segments.map((s) => [text.slice(s.start, s.end), s.passages.map((p) => p.relationId)]),
    ).toEqual([
      ['First', ['early']],
      [' sentence here. ', []],
      ['The ', ['late']],
      ['quote', ['late', 'overlap']],
      [' is in thi', ['late']],
      ['s one. Last sentence.', []],
    ]);
  });
});

describe('relationsOfActor', () => {
  it('groups leverage by direction and the rest by type', () => {
    const relations = [
      relation('holds', 'leverage', 'a', 'b', 0, 5),
      relation('held', 'leverage', 'c', 'a', 0, 5),
      relation('ally', 'cooperation', 'b', 'a', 0, 5, false),
      relation('foe', 'rivalry', 'a', 'c', 0, 5),
      relation('elsewhere', 'rivalry', 'b', 'c', 0, 5),
    ];
    const groups = relationsOfActor(relations, 'a');
    expect({
      leverageHeld: groups.leverageHeld.map((r) => r.id),
      leverageOver: groups.leverageOver.map((r) => r.id),
      cooperation: groups.cooperation.map((r) => r.id),
      rivalry: groups.rivalry.map((r) => r.id),
    }).toEqual({
      leverageHeld: ['holds'],
      leverageOver: ['held'],
      cooperation: ['ally'],
      rivalry: ['foe'],
    });
    expect(relationsOfActor(relations, 'nobody')).toEqual({
      leverageHeld: [],
      leverageOver: [],
      cooperation: [],
      rivalry: [],
    });
  });
});

describe('labels', () => {
  it('cites what the record gives, with the page', () => {
    expect(citation(source, 201)).toBe('A study, Journal of Things 10(1), December 2023, p. 201');
    expect(citation({ ...source, volume: undefined, month: undefined }, undefined)).toBe(
      'A study, Journal of Things, 2023',
    );
  });

  it('writes periods with open ends', () => {
    expect(periodLabel(undefined)).toBe('undated');
    expect(periodLabel({ from: 2021 })).toBe('2021–…');
    expect(periodLabel({ to: 2018 })).toBe('…–2018');
    expect(periodLabel({ from: 2006, to: 2006 })).toBe('2006');
    expect(periodLabel({ from: 2001, to: 2021 })).toBe('2001–2021');
  });
});
