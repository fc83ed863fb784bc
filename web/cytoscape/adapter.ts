// The only code that knows Cytoscape: turns the compiled graph into a drawn network and
// reports what the person clicks.
import cytoscape, {
  type Core,
  type Css,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';
import type { CompiledGraph } from '../model/schema';
import { kindShapes, relationStyles } from '../theme';

export interface GraphViewEvents {
  onSelectRelation(id: string): void;
  onSelectActor(id: string): void;
  onClear(): void;
}

export interface GraphView {
  select(selection: { kind: 'relation' | 'actor'; id: string } | null): void;
  fit(): void;
  zoomBy(factor: number): void;
  /** Page coordinates of an actor or of a relation's midpoint, for tests that click with the mouse. */
  clientPosition(id: string): { x: number; y: number } | undefined;
  destroy(): void;
}

function elements(graph: CompiledGraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.actors.map((actor) => ({
    group: 'nodes',
    data: { id: actor.id, label: actor.name, kind: actor.kind },
    position: { ...(graph.layout[actor.id] ?? { x: 0, y: 0 }) },
  }));
  const edges: ElementDefinition[] = graph.relations.map((relation) => ({
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      type: relation.type,
      label: relation.label,
    },
    classes: [relation.type, relation.directed ? 'directed' : 'mutual'],
  }));
  return [...nodes, ...edges];
}

function stylesheet(): StylesheetJson {
  const typeStyles = Object.entries(relationStyles).map(([type, style]) => ({
    selector: `edge.${type}`,
    style: {
      'line-color': style.color,
      'line-style': style.line,
      width: style.width,
      'target-arrow-color': style.color,
      'target-arrow-shape': style.arrow as Css.ArrowShape,
    },
  }));
  const shapeStyles = Object.entries(kindShapes).map(([kind, shape]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: shape as Css.NodeShape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': '#dfe6f0',
        'border-color': '#3a4a63',
        'border-width': 1.5,
        width: 34,
        height: 34,
        'font-size': 13,
        'font-family': 'system-ui, sans-serif',
        color: '#1d2533',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-max-width': '120px',
        'text-wrap': 'wrap',
      },
    },
    ...shapeStyles,
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        'arrow-scale': 1.2,
        opacity: 0.85,
      },
    },
    { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } },
    ...typeStyles,
    {
      selector: 'edge:selected',
      style: {
        width: 6,
        opacity: 1,
        label: 'data(label)',
        'font-size': 12,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'z-index': 10,
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#f0a500', 'background-color': '#fff3cf' },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
  ];
}

export function createGraphView(
  container: HTMLElement,
  graph: CompiledGraph,
  events: GraphViewEvents,
): GraphView {
  const cy: Core = cytoscape({
    container,
    elements: elements(graph),
    style: stylesheet(),
    layout: { name: 'preset', fit: true, padding: 40 },
    selectionType: 'single',
    minZoom: 0.1,
    maxZoom: 4,
  });
  cy.on('tap', 'edge', (event) => events.onSelectRelation(event.target.id()));
  cy.on('tap', 'node', (event) => events.onSelectActor(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) events.onClear();
  });
  cy.on('mouseover', 'node', (event) => {
    const neighbourhood = event.target.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass('faded');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded'));

  return {
    select(selection) {
      cy.batch(() => {
        cy.elements(':selected').unselect();
        if (selection) cy.getElementById(selection.id).select();
      });
    },
    fit: () => cy.fit(undefined, 40),
    zoomBy(factor) {
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    },
    clientPosition(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return undefined;
      const rendered = element.isEdge()
        ? element.renderedMidpoint()
        : (element as cytoscape.NodeSingular).renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    },
    destroy: () => cy.destroy(),
  };
}
