// The explorer's shared state: the loaded graph and what is selected. One object, handed to
// components through @lit/context; only ag-app changes it, in answer to events.
import { createContext } from '@lit/context';
import type { CompiledGraph } from '../model/schema';
import { indexGraph, type GraphIndex } from '../model/queries';

export type Selection =
  { kind: 'relation'; id: string; evidence?: number } | { kind: 'actor'; id: string } | null;

export interface AppState {
  graph: CompiledGraph;
  index: GraphIndex;
  selection: Selection;
}

export function initialState(graph: CompiledGraph): AppState {
  return { graph, index: indexGraph(graph), selection: null };
}

export const appStateContext = createContext<AppState | undefined>(Symbol('actor-graph-state'));
