// How relation types and actor kinds look, shared by the graph, the legend and exported images.
import type { ActorKind, RelationType } from './model/schema';

/** How each relation type is drawn: never by colour alone. */
export const relationStyles: Record<
  RelationType,
  { color: string; line: 'solid' | 'dashed' | 'dotted'; width: number; arrow: string }
> = {
  cooperation: { color: '#1b7f3b', line: 'solid', width: 2.5, arrow: 'triangle' },
  rivalry: { color: '#c0392b', line: 'dashed', width: 2.5, arrow: 'tee' },
  leverage: { color: '#6a3fb5', line: 'dotted', width: 3.5, arrow: 'triangle' },
};

/** Actor kinds differ by shape. */
export const kindShapes: Record<ActorKind, string> = {
  state: 'ellipse',
  'armed-group': 'diamond',
  alliance: 'round-rectangle',
  organisation: 'rectangle',
  movement: 'hexagon',
  region: 'round-octagon',
};

export const kindLabels: Record<ActorKind, string> = {
  state: 'State',
  'armed-group': 'Armed group',
  alliance: 'Alliance',
  organisation: 'Organisation',
  movement: 'Movement',
  region: 'Group of states',
};
