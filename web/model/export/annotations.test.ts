import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationCollection } from './annotations';
import { codePointOffset, textAfter, textBefore, write } from './annotations';
import { trickyGraph } from './test-graphs';

/** The TextPositionSelector counts Unicode code points, as the Web Annotation model requires. */
const sliceCodePoints = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

describe('web annotation export', () => {
  const graph = trickyGraph();
  const text = graph.sources[0]!.text;
  const collection = JSON.parse(write(graph)) as AnnotationCollection;
  const items = collection.first?.items ?? [];

  it('is an AnnotationCollection with one annotation per piece of evidence', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first?.type).toBe('AnnotationPage');
    const pieces = graph.relations.flatMap((relation) => relation.evidence);
    expect(collection.total).toBe(pieces.length);
    expect(items).toHaveLength(pieces.length);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.motivation).toBe('describing');
      expect(item.target.source).toBe('urn:actor-graph:source/src-1');
    }
  });

  it('names the relation in its bodies', () => {
    const first = items[0] as Annotation;
    expect(first.id).toBe('urn:actor-graph:evidence/alpha-beta-1/1');
    const describing = first.body.find(
      (body) => 'purpose' in body && body.purpose === 'describing',
    );
    expect(describing).toMatchObject({ type: 'TextualBody', format: 'text/plain' });
    const rivalry = items.find((item) => item.id.includes('alpha-beta-2'))!;
    expect(rivalry.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'describing',
        format: 'text/plain',
        value: `${graph.actors[0]!.name} → Beta בטא (rivalry, 2021–): A second, distinct claim about the same pair`,
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'rivalry' },
      { id: 'urn:actor-graph:relation/alpha-beta-2', purpose: 'linking' },
    ]);
    // An analyst's note on the evidence becomes a comment, text exact.
    expect(first.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      format: 'text/plain',
      value: graph.relations[0]!.evidence[0]!.note,
    });
  });

  it('anchors every quote: position (in code points) and quote agree with the source text', () => {
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
      const before = Array.from(text).slice(0, position.start).join('');
      const after = Array.from(text).slice(position.end).join('');
      expect(before.endsWith(quote.prefix ?? '')).toBe(true);
      expect(after.startsWith(quote.suffix ?? '')).toBe(true);
    }
  });

  it('counts an emoji before a quote as one character, not two UTF-16 units', () => {
    const piece = graph.relations[0]!.evidence[0]!;
    const [, position] = items[0]!.target.selector;
    // Two emoji precede the quote: 😀 (one code point) and 🇵🇰 (two regional indicators).
    expect(position.start).toBe(piece.start - 3);
    expect(text.slice(piece.start, piece.end)).toBe(piece.exact);
  });

  it('takes 32 characters of context when the evidence gives none, and keeps a given prefix', () => {
    const [quote] = items[0]!.target.selector;
    expect(quote.prefix).toBe(' before any quote.\n\nAlpha said ');
    expect(quote.suffix).toBe('.\n\nLater, Alpha and Beta coopera');
    const opening = items.find((item) => item.target.selector[0].exact.startsWith('Opening'))!;
    expect(opening.target.selector[0].prefix).toBeUndefined();
    const given = items.find((item) => item.id.includes('alpha-beta-2'))!;
    expect(given.target.selector[0].prefix).toBe('closely; ');
  });

  it('never cuts the context inside a surrogate pair', () => {
    const sample = 'ab😀cd';
    expect(textBefore(sample, 5, 2)).toBe('c'); // 2 units back would start inside 😀
    expect(textAfter(sample, 0, 3)).toBe('ab'); // 3 units on would end inside 😀
    expect(codePointOffset(sample, 4)).toBe(3);
    expect(codePointOffset(sample, 6)).toBe(5);
  });

  it('takes another base IRI and writes an empty collection without a page', () => {
    const other = JSON.parse(
      write({ ...graph, relations: [] }, { base: 'https://example.org/ag/' }),
    ) as AnnotationCollection;
    expect(other).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/ag/annotations',
      type: 'AnnotationCollection',
      label: 'Evidence of who influences whom in: A "tricky" source <test> & more',
      total: 0,
    });
  });
});
