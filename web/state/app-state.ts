// The explorer's shared state: the loaded graph, what is selected, which panel shows, the
// filters and what they leave visible. One object, handed to components through @lit/context;
// only ag-app changes it, in answer to events.
import { createContext } from '@lit/context';
import type { CompiledGraph } from '../model/schema';
import { indexGraph, type GraphIndex } from '../model/queries';
import { defaultFilters, visibleGraph, type ViewFilters, type VisibleGraph } from '../model/view';

/** A relation (with the piece of evidence in focus) or an actor (centred when asked). */
export type Selection =
  | { kind: 'relation'; id: string; evidence?: number }
  | { kind: 'actor'; id: string; centre?: boolean }
  | null;

/** What the side panel shows: the selection's details, the whole source text, or the analyses. */
export type Panel = 'details' | 'source' | 'analysis';

/** What the main area shows: the drawn network or its text view (tables). */
export type MainView = 'graph' | 'table';

/**
 * What an analysis lights on the graph: a path, blocs, node sizes. Set by the analysis panel,
 * drawn by the graph; cleared with null.
 */
export interface Overlay {
  /** Actors and relations to light (an influence path, frustrated ties...); the rest fades. */
  highlight?: { actors: string[]; relations: string[] };
  /** Actor id -> bloc number (0 or 1), for structural balance. */
  blocs?: Record<string, number>;
  /** Actor id -> relative size from 0 to 1 (e.g. influence). */
  sizes?: Record<string, number>;
}

export interface AppState {
  graph: CompiledGraph;
  index: GraphIndex;
  selection: Selection;
  panel: Panel;
  main: MainView;
  overlay: Overlay | null;
  filters: ViewFilters;
  /** What the filters leave: every view shows only this. */
  visible: VisibleGraph;
}

export function initialState(graph: CompiledGraph): AppState {
  const filters = defaultFilters(graph);
  return {
    graph,
    index: indexGraph(graph),
    selection: null,
    panel: 'details',
    main: 'graph',
    overlay: null,
    filters,
    visible: visibleGraph(graph, filters),
  };
}

/** The state with other filters, and what they leave visible. */
export function withFilters(state: AppState, filters: ViewFilters): AppState {
  return { ...state, filters, visible: visibleGraph(state.graph, filters) };
}

export const appStateContext = createContext<AppState | undefined>(Symbol('actor-graph-state'));
