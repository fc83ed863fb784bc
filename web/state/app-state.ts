// The explorer's shared state: the loaded graph, what is selected and which panel shows. One
// object, handed to components through @lit/context; only ag-app changes it, in answer to events.
import { createContext } from '@lit/context';
import type { CompiledGraph } from '../model/schema';
import { indexGraph, type GraphIndex } from '../model/queries';

/** A relation (with the piece of evidence in focus) or an actor. */
export type Selection =
  { kind: 'relation'; id: string; evidence?: number } | { kind: 'actor'; id: string } | null;

/** What the side panel shows: the selection's details or the whole source text. */
export type Panel = 'details' | 'source';

export interface AppState {
  graph: CompiledGraph;
  index: GraphIndex;
  selection: Selection;
  panel: Panel;
}

export function initialState(graph: CompiledGraph): AppState {
  return { graph, index: indexGraph(graph), selection: null, panel: 'details' };
}

export const appStateContext = createContext<AppState | undefined>(Symbol('actor-graph-state'));
