// The events components send up to ag-app. Each bubbles and crosses shadow roots.
import type { Panel, Selection } from './state/app-state';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Select a relation or an actor (null clears the selection). */
    'ag-select': CustomEvent<Selection>;
    /** Show the selection's details or the source text. */
    'ag-show-panel': CustomEvent<Panel>;
  }
}

export function selectEvent(selection: Selection): CustomEvent<Selection> {
  return new CustomEvent('ag-select', { detail: selection, bubbles: true, composed: true });
}

export function showPanelEvent(panel: Panel): CustomEvent<Panel> {
  return new CustomEvent('ag-show-panel', { detail: panel, bubbles: true, composed: true });
}
