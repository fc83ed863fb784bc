// The caption of an exported image: where its facts come from, which view of the graph it draws
// (when that is not the whole graph), and when it was exported.
import { kindLabels } from '../../theme';
import { citation } from '../queries';
import type { CompiledGraph } from '../schema';
import { defaultFilters, type ViewFilters, type VisibleGraph } from '../view';
import { actorKinds, confidences, relationTypes } from '../vocabulary';

const directions = { out: 'outgoing', in: 'incoming', both: 'both ways' } as const;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** The chosen items in the vocabulary's order, whatever order the address gave them in. */
const inOrder = <T extends string>(vocabulary: readonly T[], chosen: readonly T[]) =>
  vocabulary.filter((item) => chosen.includes(item));

/** "2024-03-05", in the exporter's own time zone. */
export function exportDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** What the filters change from the default view, as short phrases; empty for the whole graph. */
export function describeFilters(graph: CompiledGraph, filters: ViewFilters): string[] {
  const defaults = defaultFilters(graph);
  const parts: string[] = [];
  if (!sameSet(filters.types, defaults.types)) {
    parts.push(`relation types: ${inOrder(relationTypes, filters.types).join(', ') || 'none'}`);
  }
  if (!sameSet(filters.kinds, defaults.kinds)) {
    parts.push(
      `actor kinds: ${
        inOrder(actorKinds, filters.kinds)
          .map((kind) => kindLabels[kind])
          .join(', ') || 'none'
      }`,
    );
  }
  if (!sameSet(filters.confidence, defaults.confidence)) {
    parts.push(`confidence: ${inOrder(confidences, filters.confidence).join(', ') || 'none'}`);
  }
  if (!sameSet(filters.sources, defaults.sources)) {
    const titles = filters.sources.map(
      (id) => graph.sources.find((source) => source.id === id)?.title ?? id,
    );
    parts.push(`sources: ${titles.join('; ') || 'none'}`);
  }
  const when = filters.when;
  if (typeof when === 'number') parts.push(`in ${when}`);
  else if (when?.from !== undefined && when.to !== undefined) parts.push(`${when.from}–${when.to}`);
  else if (when?.from !== undefined) parts.push(`from ${when.from}`);
  else if (when?.to !== undefined) parts.push(`up to ${when.to}`);
  if (!filters.includeUndated) parts.push('undated relations left out');
  const focus = filters.focus;
  if (focus) {
    const name = graph.actors.find((actor) => actor.id === focus.actor)?.name ?? focus.actor;
    const steps = `${focus.steps} step${focus.steps === 1 ? '' : 's'}`;
    const types = sameSet(focus.types, defaults.types)
      ? ''
      : `, following ${inOrder(relationTypes, focus.types).join(', ')}`;
    parts.push(`around ${name} (${steps}, ${directions[focus.direction]}${types})`);
  }
  return parts;
}

/**
 * The caption's lines: the citation of every source the drawn relations quote (of every source
 * when none is drawn), the view with its counts, and the export date.
 */
export function imageCaption(
  graph: CompiledGraph,
  view: { filters: ViewFilters; visible: VisibleGraph },
  exported: Date,
): string[] {
  const cited = new Set(
    graph.relations
      .filter((relation) => view.visible.relations.has(relation.id))
      .flatMap((relation) => relation.evidence.map((evidence) => evidence.source)),
  );
  const sources = graph.sources.filter((source) => cited.size === 0 || cited.has(source.id));
  const lines = sources.map(
    (source, i) =>
      `${i === 0 ? (sources.length > 1 ? 'Sources: ' : 'Source: ') : ''}${citation(source)}`,
  );
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const counts = `${count(view.visible.actors.size, 'actor')}, ${count(view.visible.relations.size, 'relation')}`;
  const filters = describeFilters(graph, view.filters);
  lines.push(
    filters.length > 0 ? `View: ${filters.join('; ')} · ${counts}` : `Whole graph: ${counts}`,
  );
  lines.push(`Exported ${exportDate(exported)} from Actor Graph`);
  return lines;
}
