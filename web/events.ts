// The events components send up to ag-app. Each bubbles and crosses shadow roots.
import type { CompiledGraph } from './model/schema';
import type { ViewFilters } from './model/view';

/** A dataset the person opened: its compiled graph and a name to show. */
export interface LoadedDataset {
  graph: CompiledGraph;
  label: string;
}
import type { MainView, Overlay, Panel, Selection } from './state/app-state';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Select a relation or an actor (null clears the selection). */
    'ag-select': CustomEvent<Selection>;
    /** Show the selection's details or the source text. */
    'ag-show-panel': CustomEvent<Panel>;
    /** Change the filters (type, kind, confidence, source, year, focus). */
    'ag-filter': CustomEvent<ViewFilters>;
    /** Show the graph or the tables in the main area. */
    'ag-show-main': CustomEvent<MainView>;
    /** Open a brought dataset (null goes back to the default one). */
    'ag-load-dataset': CustomEvent<LoadedDataset | null>;
    /** Light an analysis on the graph (null clears it). */
    'ag-overlay': CustomEvent<Overlay | null>;
  }
}

const options = { bubbles: true, composed: true } as const;

export function selectEvent(selection: Selection): CustomEvent<Selection> {
  return new CustomEvent('ag-select', { detail: selection, ...options });
}

export function showPanelEvent(panel: Panel): CustomEvent<Panel> {
  return new CustomEvent('ag-show-panel', { detail: panel, ...options });
}

export function filterEvent(filters: ViewFilters): CustomEvent<ViewFilters> {
  return new CustomEvent('ag-filter', { detail: filters, ...options });
}

export function showMainEvent(main: MainView): CustomEvent<MainView> {
  return new CustomEvent('ag-show-main', { detail: main, ...options });
}

export function overlayEvent(overlay: Overlay | null): CustomEvent<Overlay | null> {
  return new CustomEvent('ag-overlay', { detail: overlay, ...options });
}

export function loadDatasetEvent(dataset: LoadedDataset | null): CustomEvent<LoadedDataset | null> {
  return new CustomEvent('ag-load-dataset', { detail: dataset, ...options });
}
