// Lookups over the compiled graph that every view shares.
import type {
  Actor,
  CompiledEvidence,
  CompiledGraph,
  CompiledRelation,
  CompiledSource,
} from './schema';

export interface GraphIndex {
  actors: ReadonlyMap<string, Actor>;
  relations: ReadonlyMap<string, CompiledRelation>;
  sources: ReadonlyMap<string, CompiledSource>;
}

export function indexGraph(graph: CompiledGraph): GraphIndex {
  return {
    actors: new Map(graph.actors.map((actor) => [actor.id, actor])),
    relations: new Map(graph.relations.map((relation) => [relation.id, relation])),
    sources: new Map(graph.sources.map((source) => [source.id, source])),
  };
}

/** The paragraph around a quote, cut into the text before, the quote itself and the text after. */
export interface QuoteInContext {
  before: string;
  exact: string;
  after: string;
  page?: number;
}

export function quoteInContext(source: CompiledSource, evidence: CompiledEvidence): QuoteInContext {
  const paragraph = source.paragraphs[evidence.paragraph] ?? {
    start: evidence.start,
    end: evidence.end,
  };
  return {
    before: source.text.slice(paragraph.start, evidence.start),
    exact: source.text.slice(evidence.start, evidence.end),
    after: source.text.slice(evidence.end, Math.max(evidence.end, paragraph.end)),
    page: evidence.page,
  };
}

/** "Authors, Title, Journal 10(1), December 2023, p. 201" with what the record gives. */
export function citation(source: CompiledSource, page?: number): string {
  const issue =
    source.volume !== undefined
      ? `${source.volume}${source.issue !== undefined ? `(${source.issue})` : ''}`
      : undefined;
  const date = [source.month, source.year].filter((part) => part !== undefined).join(' ');
  const parts = [
    source.authors?.join(', '),
    source.title,
    [source.journal, issue].filter(Boolean).join(' '),
    date,
    page !== undefined ? `p. ${page}` : undefined,
  ];
  return parts.filter((part) => part !== undefined && part !== '').join(', ');
}

export function periodLabel(period: CompiledRelation['period']): string {
  if (!period || (period.from === undefined && period.to === undefined)) return 'undated';
  if (period.from === period.to) return String(period.from);
  return `${period.from ?? '…'}–${period.to ?? '…'}`;
}

/**
 * The quote with up to `room` characters of its paragraph on each side, cut at a sentence
 * boundary where one is near, so a long paragraph does not bury the quote.
 */
export function quoteExcerpt(
  source: CompiledSource,
  evidence: CompiledEvidence,
  room = 240,
): QuoteInContext & { clippedBefore: boolean; clippedAfter: boolean } {
  const full = quoteInContext(source, evidence);
  let before = full.before;
  let after = full.after;
  const clippedBefore = before.length > room;
  const clippedAfter = after.length > room;
  if (clippedBefore) {
    const tail = before.slice(-room);
    const sentence = tail.search(/[.!?]\s+\S/);
    // Start at a sentence if one starts nearby, else at a word.
    before =
      sentence >= 0 ? tail.slice(sentence + 1).trimStart() : tail.slice(tail.indexOf(' ') + 1);
  }
  if (clippedAfter) {
    const head = after.slice(0, room);
    const sentenceEnd = head.lastIndexOf('. ');
    after = sentenceEnd > 0 ? head.slice(0, sentenceEnd + 1) : head.slice(0, head.lastIndexOf(' '));
  }
  return { ...full, before, after, clippedBefore, clippedAfter };
}

/** A passage of a source that backs a relation. */
export interface Passage {
  relationId: string;
  evidence: number;
  type: CompiledRelation['type'];
  start: number;
  end: number;
}

/** Every passage of a source that backs a relation, in reading order. */
export function passagesOf(graph: CompiledGraph, sourceId: string): Passage[] {
  const passages: Passage[] = [];
  for (const relation of graph.relations) {
    relation.evidence.forEach((evidence, i) => {
      if (evidence.source === sourceId) {
        passages.push({
          relationId: relation.id,
          evidence: i,
          type: relation.type,
          start: evidence.start,
          end: evidence.end,
        });
      }
    });
  }
  return passages.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A run of text and the passages that cover all of it (none for plain text). */
export interface Segment {
  start: number;
  end: number;
  passages: Passage[];
}

/** Cuts a span of text at every passage boundary, so overlapping passages can all be marked. */
export function segmentsOf(
  span: { start: number; end: number },
  passages: readonly Passage[],
): Segment[] {
  const inside = passages.filter((p) => p.end > span.start && p.start < span.end);
  const cuts = new Set([span.start, span.end]);
  for (const p of inside) {
    cuts.add(Math.max(span.start, p.start));
    cuts.add(Math.min(span.end, p.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, passages: inside.filter((p) => p.start <= start && p.end >= end) });
  }
  return segments;
}

/** An actor's relations, grouped the way an analyst reads a profile. */
export interface ActorRelations {
  leverageHeld: CompiledRelation[];
  leverageOver: CompiledRelation[];
  cooperation: CompiledRelation[];
  rivalry: CompiledRelation[];
}

export function relationsOfActor(
  relations: readonly CompiledRelation[],
  actorId: string,
): ActorRelations {
  const groups: ActorRelations = {
    leverageHeld: [],
    leverageOver: [],
    cooperation: [],
    rivalry: [],
  };
  for (const relation of relations) {
    if (relation.source !== actorId && relation.target !== actorId) continue;
    if (relation.type === 'leverage') {
      (relation.source === actorId ? groups.leverageHeld : groups.leverageOver).push(relation);
    } else {
      groups[relation.type].push(relation);
    }
  }
  return groups;
}
