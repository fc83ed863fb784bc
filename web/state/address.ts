// The address (query string) holds the view: selection, panel, filters, focus and year, so a
// copied link reopens it. Reading an address checks every part against the loaded graph.
import type { When } from '../model/analysis/time';
import type { CompiledGraph } from '../model/schema';
import { defaultFilters, type Focus, type ViewFilters } from '../model/view';
import { actorKinds, confidences, relationTypes } from '../model/vocabulary';
import type { MainView, Panel, Selection } from './app-state';

export interface AddressedView {
  selection: Selection;
  panel: Panel;
  main: MainView;
  filters: ViewFilters;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

function writeWhen(when: When): string | undefined {
  if (when === undefined) return undefined;
  if (typeof when === 'number') return String(when);
  return `${when.from ?? ''}-${when.to ?? ''}`;
}

export function writeAddress(graph: CompiledGraph, view: AddressedView): string {
  const params = new URLSearchParams();
  const defaults = defaultFilters(graph);
  const { filters, selection } = view;
  if (selection?.kind === 'relation') {
    params.set('relation', selection.id);
    if (selection.evidence) params.set('evidence', String(selection.evidence));
  } else if (selection?.kind === 'actor') {
    params.set('actor', selection.id);
  }
  if (view.panel !== 'details') params.set('panel', view.panel);
  if (view.main !== 'graph') params.set('view', view.main);
  if (!sameSet(filters.types, defaults.types)) params.set('types', filters.types.join(','));
  if (!sameSet(filters.kinds, defaults.kinds)) params.set('kinds', filters.kinds.join(','));
  if (!sameSet(filters.confidence, defaults.confidence)) {
    params.set('confidence', filters.confidence.join(','));
  }
  if (!sameSet(filters.sources, defaults.sources)) params.set('sources', filters.sources.join(','));
  const when = writeWhen(filters.when);
  if (when !== undefined) params.set('year', when);
  if (!filters.includeUndated) params.set('undated', 'hide');
  if (filters.focus) {
    const { actor, steps, direction, types } = filters.focus;
    params.set('focus', actor);
    params.set('steps', String(steps));
    params.set('direction', direction);
    if (!sameSet(types, relationTypes)) params.set('focus-types', types.join(','));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Raised for a part of an address that does not fit the graph. */
class AddressProblem extends Error {}

function list<T extends string>(
  value: string | null,
  allowed: readonly T[],
  name: string,
): T[] | undefined {
  if (value === null) return undefined;
  const items = value === '' ? [] : value.split(',');
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new AddressProblem(`unknown ${name} "${item}"`);
  }
  return items as T[];
}

function year(text: string): number {
  if (!/^\d{1,4}$/.test(text)) throw new AddressProblem(`bad year "${text}"`);
  return Number(text);
}

function readWhen(value: string | null): When {
  if (value === null) return undefined;
  const span = /^(\d*)-(\d*)$/.exec(value);
  if (!span) return year(value);
  const [from, to] = [span[1] ? year(span[1]) : undefined, span[2] ? year(span[2]) : undefined];
  if (from !== undefined && to !== undefined && from > to) {
    throw new AddressProblem(`the years ${value} run backwards`);
  }
  return { from, to };
}

/**
 * The view an address describes, or the default view with a short notice saying what in the
 * address could not be used (unknown actor, bad year, junk).
 */
export function readAddress(
  graph: CompiledGraph,
  search: string,
): { view: AddressedView; notice?: string } {
  const fallback: AddressedView = {
    selection: null,
    panel: 'details',
    main: 'graph',
    filters: defaultFilters(graph),
  };
  const params = new URLSearchParams(search);
  try {
    const actorIds = new Set(graph.actors.map((a) => a.id));
    const relations = new Map(graph.relations.map((r) => [r.id, r]));
    const known = new Set([
      'relation',
      'evidence',
      'view',
      'actor',
      'panel',
      'types',
      'kinds',
      'confidence',
      'sources',
      'year',
      'undated',
      'focus',
      'steps',
      'direction',
      'focus-types',
    ]);
    for (const key of params.keys()) {
      if (!known.has(key)) throw new AddressProblem(`unknown part "${key}"`);
      if (params.getAll(key).length > 1) throw new AddressProblem(`"${key}" given twice`);
    }
    let selection: Selection = null;
    const relationId = params.get('relation');
    const actorId = params.get('actor');
    if (relationId !== null) {
      const relation = relations.get(relationId);
      if (!relation) throw new AddressProblem(`unknown relation "${relationId}"`);
      const evidence = Number(params.get('evidence') ?? '0');
      if (!Number.isInteger(evidence) || evidence < 0 || evidence >= relation.evidence.length) {
        throw new AddressProblem(
          `relation ${relationId} has no evidence ${params.get('evidence')}`,
        );
      }
      selection = { kind: 'relation', id: relationId, ...(evidence ? { evidence } : {}) };
    } else if (actorId !== null) {
      if (!actorIds.has(actorId)) throw new AddressProblem(`unknown actor "${actorId}"`);
      selection = { kind: 'actor', id: actorId };
    }
    if (relationId === null && params.has('evidence')) {
      throw new AddressProblem('"evidence" without a relation');
    }
    const panel = params.get('panel') ?? 'details';
    if (panel !== 'details' && panel !== 'source' && panel !== 'analysis') {
      throw new AddressProblem(`unknown panel "${panel}"`);
    }
    const main = params.get('view') ?? 'graph';
    if (main !== 'graph' && main !== 'table') throw new AddressProblem(`unknown view "${main}"`);
    const defaults = fallback.filters;
    const filters: ViewFilters = {
      types: list(params.get('types'), relationTypes, 'relation type') ?? defaults.types,
      kinds: list(params.get('kinds'), actorKinds, 'actor kind') ?? defaults.kinds,
      confidence: list(params.get('confidence'), confidences, 'confidence') ?? defaults.confidence,
      sources: list(params.get('sources'), defaults.sources, 'source') ?? defaults.sources,
      when: readWhen(params.get('year')),
      includeUndated: params.get('undated') !== 'hide',
    };
    const undated = params.get('undated');
    if (undated !== null && undated !== 'hide')
      throw new AddressProblem(`bad undated "${undated}"`);
    const focusActor = params.get('focus');
    for (const part of ['steps', 'direction', 'focus-types']) {
      if (focusActor === null && params.has(part)) {
        throw new AddressProblem(`"${part}" without an actor to focus on`);
      }
    }
    if (focusActor !== null) {
      if (!actorIds.has(focusActor))
        throw new AddressProblem(`unknown actor "${focusActor}" to focus on`);
      const steps = Number(params.get('steps') ?? '1');
      if (steps !== 1 && steps !== 2 && steps !== 3)
        throw new AddressProblem(`bad steps "${params.get('steps')}"`);
      const direction = params.get('direction') ?? 'both';
      if (direction !== 'out' && direction !== 'in' && direction !== 'both') {
        throw new AddressProblem(`bad direction "${direction}"`);
      }
      const focus: Focus = {
        actor: focusActor,
        steps,
        direction,
        types: list(params.get('focus-types'), relationTypes, 'relation type') ?? [
          ...relationTypes,
        ],
      };
      filters.focus = focus;
    }
    return { view: { selection, panel, main, filters } };
  } catch (error) {
    if (!(error instanceof AddressProblem)) throw error;
    return {
      view: fallback,
      notice: `The link could not be used (${error.message}), so the default view is shown.`,
    };
  }
}
