// W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one annotation per piece of
// evidence, anchoring its quote in the source and naming the relation it supports.
import type { CompiledEvidence, CompiledGraph, CompiledRelation } from '../schema';

export interface AnnotationOptions {
  /** IRI that annotation, relation and source ids extend; default "urn:actor-graph:". */
  base?: string;
  /** Indent with two spaces (default) or write one compact line. */
  pretty?: boolean;
}

/** Characters of context taken around a quote when the evidence gives no prefix or suffix. */
export const contextLength = 32;

type TextualBody = { type: 'TextualBody'; purpose: string; value: string; format?: string };
type LinkBody = { id: string; purpose: 'linking' };

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: (TextualBody | LinkBody)[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Code points before a UTF-16 offset: the Web Annotation model counts characters, not units. */
export function codePointOffset(text: string, offset: number): number {
  let count = offset;
  for (let i = 0; i < offset - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      count--;
      i++;
    }
  }
  return count;
}

/** Up to `length` units of text before `start`, never starting inside a surrogate pair. */
export function textBefore(text: string, start: number, length = contextLength): string {
  let from = Math.max(0, start - length);
  if (from > 0 && isLow(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

/** Up to `length` units of text after `end`, never ending inside a surrogate pair. */
export function textAfter(text: string, end: number, length = contextLength): string {
  let to = Math.min(text.length, end + length);
  if (to < text.length && isHigh(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

function describe(relation: CompiledRelation, names: Map<string, string>): string {
  const source = names.get(relation.source) ?? relation.source;
  const target = names.get(relation.target) ?? relation.target;
  const { from, to } = relation.period ?? {};
  const period =
    from === undefined && to === undefined
      ? ''
      : `, ${from ?? '…'}–${to ?? (from === undefined ? '…' : '')}`;
  return `${source} ${relation.directed ? '→' : '↔'} ${target} (${relation.type}${period}): ${relation.label}`;
}

export function toAnnotations(
  graph: CompiledGraph,
  { base = 'urn:actor-graph:' }: AnnotationOptions = {},
): AnnotationCollection {
  const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
  const texts = new Map(graph.sources.map((source) => [source.id, source.text]));
  const annotate = (relation: CompiledRelation, piece: CompiledEvidence, n: number): Annotation => {
    const text = texts.get(piece.source) ?? '';
    const prefix = piece.prefix ?? textBefore(text, piece.start);
    const suffix = piece.suffix ?? textAfter(text, piece.end);
    const body: Annotation['body'] = [
      {
        type: 'TextualBody',
        purpose: 'describing',
        format: 'text/plain',
        value: describe(relation, names),
      },
      { type: 'TextualBody', purpose: 'tagging', value: relation.type },
      { id: `${base}relation/${relation.id}`, purpose: 'linking' },
    ];
    if (piece.note)
      body.push({
        type: 'TextualBody',
        purpose: 'commenting',
        format: 'text/plain',
        value: piece.note,
      });
    return {
      id: `${base}evidence/${relation.id}/${n}`,
      type: 'Annotation',
      motivation: 'describing',
      body,
      target: {
        source: `${base}source/${piece.source}`,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: piece.exact,
            ...(prefix ? { prefix } : {}),
            ...(suffix ? { suffix } : {}),
          },
          {
            type: 'TextPositionSelector',
            start: codePointOffset(text, piece.start),
            end: codePointOffset(text, piece.end),
          },
        ],
      },
    };
  };
  const items = graph.relations.flatMap((relation) =>
    relation.evidence.map((piece, i) => annotate(relation, piece, i + 1)),
  );
  const titles = graph.sources.map((source) => source.title).join('; ');
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${base}annotations`,
    type: 'AnnotationCollection',
    label: titles ? `Evidence of who influences whom in: ${titles}` : 'Evidence of Actor Graph',
    total: items.length,
    // An empty collection has no first page.
    ...(items.length > 0
      ? {
          first: {
            id: `${base}annotations/1`,
            type: 'AnnotationPage',
            startIndex: 0,
            items,
          } as const,
        }
      : {}),
  };
}

export function write(
  graph: CompiledGraph,
  { pretty = true, ...options }: AnnotationOptions = {},
): string {
  return JSON.stringify(toAnnotations(graph, options), null, pretty ? 2 : undefined) + '\n';
}
