// How an image export reaches the network as drawn: ag-app provides one holder, the graph view
// fills it while it is on screen, and the export menu reads it when a person asks for an image.
import { createContext } from '@lit/context';
import type { ImageScene } from '../model/export/scene';

export interface DrawnGraph {
  /** The visible network as drawn now; undefined while no graph view is on screen. */
  scene?: () => Promise<ImageScene>;
}

export const drawnGraphContext = createContext<DrawnGraph>(Symbol('actor-graph-drawn-graph'));
