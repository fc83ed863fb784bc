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
