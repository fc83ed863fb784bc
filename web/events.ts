// The events components send up to ag-app. Each bubbles and crosses shadow roots.
import type { Selection } from './state/app-state';

export interface ReadSourceDetail {
  relationId: string;
  evidence: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Select a relation or an actor (null clears the selection). */
    'ag-select': CustomEvent<Selection>;
  }
}

export function selectEvent(selection: Selection): CustomEvent<Selection> {
  return new CustomEvent('ag-select', { detail: selection, bubbles: true, composed: true });
}
