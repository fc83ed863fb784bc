// The only code that knows Cytoscape: turns the compiled graph into a drawn network and
// reports what the person clicks.
import cytoscape, {
  type Core,
  type Css,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';
import type { ImageScene } from '../model/export/scene';
import type { CompiledGraph, CompiledRelation } from '../model/schema';
import type { Overlay } from '../state/app-state';
import { nearestSegment, type Point } from './nearest-line';
import { kindShapes, relationStyles } from '../theme';

export interface GraphViewEvents {
  onSelectRelation(id: string): void;
  onSelectActor(id: string): void;
  onClear(): void;
  /** A person dragged actors, or had them laid out: their positions now. */
  onMoved(positions: Positions): void;
}

export interface GraphView {
  select(selection: { kind: 'relation' | 'actor'; id: string } | null): void;
  fit(): void;
  zoomBy(factor: number): void;
  /** Shows only these actors and relations. */
  show(visible: { actors: ReadonlySet<string>; relations: ReadonlySet<string> }): void;
  /** Brings an actor to the middle of the view. */
  centre(id: string): void;
  /** Draws every relation of every bundle separately (or bundles them again). */
  expandAll(expanded: boolean): void;
  /** Puts actors back where the compiled layout has them. */
  resetLayout(): void;
  /**
   * Moves the actors given (the others stay), with a short animation unless told not to, fits
   * them in view, and reports every actor's position through onMoved, as a drag does. Resolves
   * when they are in place.
   */
  placeActors(positions: Positions, options?: { animate?: boolean }): Promise<void>;
  /**
   * Page coordinates of an actor or of a relation's midpoint (the midpoint of its bundle while
   * bundled), for tests that click with the real mouse.
   */
  clientPosition(id: string): { x: number; y: number } | undefined;
  /** An actor's position in graph coordinates (independent of zoom and pan). */
  modelPosition(id: string): { x: number; y: number } | undefined;
  /** Ids of the selected elements as drawn. */
  selectedIds(): string[];
  /**
   * Draws an analysis over the graph (null clears it): a highlight lights its actors and
   * relations (opening their bundles) and fades the rest, blocs fill and border each actor by
   * its bloc, sizes scale actors from 24 to 64 px. Stays through filter changes and redraws.
   */
  setOverlay(overlay: Overlay | null): void;
  /** Ids of the elements drawn with full detail (names, arrows, dashes) on a large graph. */
  detailedIds(): string[];
  /** Ids of the elements an overlay's highlight lights, as drawn. */
  litIds(): string[];
  /** Ids of the hovered actor's neighbourhood as lit (itself, its relations and their actors). */
  nearIds(): string[];
  /** Screen positions (within the drawing area) of the actors drawn now, for keyboard moves. */
  actorPositions(): { id: string; x: number; y: number }[];
  /**
   * Marks the actor or relation a keyboard is on (null clears it), opening the relation's
   * bundle and bringing it into view.
   */
  setKeyboardFocus(id: string | null): void;
  /** The visible network as drawn now, in graph coordinates, for image exports (loaded on use). */
  imageScene(): Promise<ImageScene>;
  destroy(): void;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Above this many actors, placeActors moves them without animation. */
const maxAnimatedActors = 1000;

/** Relations drawn as one edge: same ends, same type, same direction. */
interface Bundle {
  id: string;
  relations: CompiledRelation[];
}

function bundleKey(relation: CompiledRelation): string {
  const [a, b] = relation.directed
    ? [relation.source, relation.target]
    : [relation.source, relation.target].sort();
  return `bundle:${a}:${b}:${relation.type}:${relation.directed ? 'directed' : 'mutual'}`;
}

export function bundlesOf(relations: readonly CompiledRelation[]): Bundle[] {
  const bundles = new Map<string, Bundle>();
  for (const relation of relations) {
    const id = bundleKey(relation);
    const bundle = bundles.get(id) ?? { id, relations: [] };
    bundle.relations.push(relation);
    bundles.set(id, bundle);
  }
  return [...bundles.values()];
}

function relationEdge(relation: CompiledRelation): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      type: relation.type,
      label: relation.label,
    },
    classes: [relation.type, relation.directed ? 'directed' : 'mutual'],
  };
}

function bundleEdge(bundle: Bundle): ElementDefinition {
  const first = bundle.relations[0]!;
  return {
    group: 'edges',
    data: {
      id: bundle.id,
      source: first.source,
      target: first.target,
      type: first.type,
      count: bundle.relations.length,
      label: `×${bundle.relations.length}`,
    },
    classes: [first.type, first.directed ? 'directed' : 'mutual', 'bundle'],
  };
}

function nodes(
  graph: CompiledGraph,
  positions: Positions,
  visible: ReadonlySet<string> | undefined,
): ElementDefinition[] {
  return graph.actors.map((actor) => ({
    group: 'nodes',
    data: { id: actor.id, label: actor.name, kind: actor.kind },
    position: { ...(positions[actor.id] ?? graph.layout[actor.id] ?? { x: 0, y: 0 }) },
    classes: visible && !visible.has(actor.id) ? ['hidden'] : [],
  }));
}

/** Labels drawn smaller than this on screen (in px) are left out: level of detail. */
const minLabelPx = 6;

/**
 * Past this many relations, panning and zooming move a picture of the graph and hide the edges
 * until the gesture ends, so that they stay smooth.
 */
export const largeGraphRelations = 2_000;

/** The two actors of an edge, in either direction. */
const pairOf = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Adds class 'alone' to each edge definition that is the only one on its pair of actors. */
function markAloneDefinitions(definitions: ElementDefinition[]): ElementDefinition[] {
  const pairKey = ({ data }: ElementDefinition) =>
    pairOf(data['source'] as string, data['target'] as string);
  const counts = new Map<string, number>();
  for (const definition of definitions) {
    const key = pairKey(definition);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return definitions.map((definition) =>
    counts.get(pairKey(definition)) === 1
      ? { ...definition, classes: [...(definition.classes as string[]), 'alone'] }
      : definition,
  );
}

/** How near (in screen px) a click must be to a line of a large graph's overview to choose it. */
const lineReachPx = 8;
/** On large graphs, how long the pointer rests on an actor before its neighbourhood lights. */
const hoverRestMs = 150;
/** On large graphs, edges get their arrows and dashes from this zoom on (see 'detail'). */
const detailZoom = 0.35;
/** More edges in view than this and they stay plain, however near the zoom. */
const maxDetailedEdges = 3_000;
/** More actors in view than this and they stay unnamed, however near the zoom. */
const maxDetailedNodes = 1_500;

/**
 * Marks each of these edges that is the only one drawn between its two actors (see the 'alone'
 * style). The edges given must include every edge drawn between each pair they touch.
 */
function markAloneAmong(edges: cytoscape.EdgeCollection): void {
  const pairKey = (edge: cytoscape.EdgeSingular) =>
    pairOf(edge.data('source') as string, edge.data('target') as string);
  const counts = new Map<string, number>();
  edges.forEach((edge) => {
    const key = pairKey(edge);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  edges.forEach((edge) => {
    const alone = counts.get(pairKey(edge)) === 1;
    if (edge.hasClass('alone') !== alone) edge.toggleClass('alone', alone);
  });
}

function stylesheet(large: boolean): StylesheetJson {
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
        width: 30,
        height: 30,
        'font-size': 14,
        // Level of detail: a label too small to read at this zoom is not drawn at all.
        'min-zoomed-font-size': minLabelPx,
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
    // Alone on its pair of actors: drawn straight, as a bezier would be, without the search for
    // parallel edges that each bezier costs.
    { selector: 'edge.alone', style: { 'curve-style': 'straight' } },
    ...typeStyles,
    { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } },
    // Level of detail on large graphs: plain straight lines in the overview; curves, arrows and
    // dashes on the edges in view once zoomed in (class 'detail'), and on those selected or lit.
    ...(large
      ? [
          {
            // Haystack: a straight line between centres, Cytoscape's cheapest edge to place
            // and draw. Not hit-tested by Cytoscape either, which would measure every edge on
            // each pointer move: a click finds the line under it (see lineAt).
            selector: 'edge',
            style: {
              'curve-style': 'haystack',
              'haystack-radius': 0,
              'target-arrow-shape': 'none',
              'line-style': 'solid',
              events: 'no',
            } as Css.Edge,
          },
          {
            selector: ['.detail', ':selected', '.lit', '.near', '.kb-focus']
              .map((state) => `edge${state}`)
              .join(', '),
            style: { events: 'yes' } as Css.Edge,
          },
          ...Object.entries(relationStyles).map(([type, style]) => ({
            selector: ['.detail', ':selected', '.lit', '.near', '.kb-focus']
              .map((state) => `edge${state}.${type}`)
              .join(', '),
            style: {
              'curve-style': 'bezier',
              'line-style': style.line,
              'target-arrow-shape': style.arrow as Css.ArrowShape,
            } as Css.Edge,
          })),
          { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } as Css.Edge },
          {
            selector: ['.detail', ':selected', '.lit', '.near', '.kb-focus']
              .map((state) => `edge${state}.alone`)
              .join(', '),
            style: { 'curve-style': 'straight' } as Css.Edge,
          },
        ]
      : []),
    {
      selector: 'edge.bundle',
      style: {
        width: 'mapData(count, 2, 20, 4, 10)',
        label: 'data(label)',
        'font-size': 12,
        'min-zoomed-font-size': minLabelPx,
        'font-weight': 'bold',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-border-width': 1,
        'text-border-opacity': 1,
        'text-border-color': '#9aa7bb',
      },
    },
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
    // Blocs differ by border style as well as fill, so they do not rest on colour alone.
    {
      selector: 'node.bloc-0',
      style: {
        'background-color': '#cfe0f5',
        'border-color': '#1f4e8c',
        'border-style': 'solid',
        'border-width': 3,
      },
    },
    {
      selector: 'node.bloc-1',
      style: {
        'background-color': '#f8dcc0',
        'border-color': '#9a4d0f',
        'border-style': 'double',
        'border-width': 6,
      },
    },
    { selector: 'node.lit', style: { 'border-width': 4, 'border-color': '#1d2533' } },
    { selector: 'edge.lit', style: { width: 6, opacity: 1, 'z-index': 9 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    // The keyboard focus: a thick dark ring, unlike the amber of the selection, over any fading.
    {
      selector: 'node.kb-focus',
      style: {
        'outline-width': 4,
        'outline-color': '#1d2533',
        'outline-offset': 4,
        'outline-opacity': 1,
        opacity: 1,
        'z-index': 12,
      },
    },
    {
      selector: 'edge.kb-focus',
      style: {
        'underlay-color': '#1d2533',
        'underlay-opacity': 0.35,
        'underlay-padding': 7,
        opacity: 1,
        'z-index': 12,
      } as Css.Edge,
    },
    // Level of detail on large graphs: names and bundle counts only on what is in view once
    // zoomed in (and on what is selected or lit), so the overview measures no text at all.
    ...(large
      ? [
          { selector: 'node', style: { label: '' } },
          {
            selector: 'node.detail, node:selected, node.lit, node.near, node.kb-focus',
            style: { label: 'data(label)' },
          },
          // The hovered neighbourhood stands out by weight, as nothing else fades.
          { selector: 'node.near', style: { 'border-width': 4, 'border-color': '#1d2533' } },
          { selector: 'edge.near', style: { width: 4, opacity: 1, 'z-index': 9 } },
          { selector: 'edge.bundle', style: { label: '' } },
          { selector: 'edge.bundle.detail, edge:selected', style: { label: 'data(label)' } },
        ]
      : []),
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

export function createGraphView(
  container: HTMLElement,
  graph: CompiledGraph,
  events: GraphViewEvents,
  savedPositions: Positions = {},
  /** What to draw at first (everything when absent), so the first frame needs no redraw. */
  initiallyVisible?: { actors: ReadonlySet<string>; relations: ReadonlySet<string> },
): GraphView {
  let bundles: Bundle[] = [];
  /** Bundles by the id of each relation they hold, and by their own id. */
  const bundleOf = new Map<string, Bundle>();
  const bundleById = new Map<string, Bundle>();
  const expanded = new Set<string>();
  let expandAll = false;
  const edgesOf = (bundle: Bundle) =>
    bundle.relations.length === 1 || expandAll || expanded.has(bundle.id)
      ? bundle.relations.map(relationEdge)
      : [bundleEdge(bundle)];
  const rebundle = (relations: readonly CompiledRelation[]) => {
    bundles = bundlesOf(relations);
    bundleOf.clear();
    bundleById.clear();
    for (const bundle of bundles) {
      bundleById.set(bundle.id, bundle);
      for (const relation of bundle.relations) bundleOf.set(relation.id, bundle);
    }
  };
  rebundle(
    initiallyVisible
      ? graph.relations.filter((relation) => initiallyVisible.relations.has(relation.id))
      : graph.relations,
  );

  const large = graph.relations.length > largeGraphRelations;
  const cy: Core = cytoscape({
    container,
    elements: [
      ...nodes(graph, savedPositions, initiallyVisible?.actors),
      ...markAloneDefinitions(bundles.flatMap(edgesOf)),
    ],
    style: stylesheet(large),
    layout: { name: 'preset', fit: true, padding: 40 },
    selectionType: 'single',
    // Low enough to fit thousands of actors on screen.
    minZoom: 0.005,
    maxZoom: 4,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
  });

  let overlay: Overlay | null = null;
  /** Actors the overlay has resized. */
  let sized: Record<string, number> = {};
  /** Whether any element may carry an overlay's marks or sizes (or a hover's fading). */
  let painted = false;
  /** Draws the overlay on the elements as they are now (edges are re-created on redraws). */
  const paintOverlay = () => {
    // Restyling every element costs a full redraw: skip it when there is nothing to take off.
    if (!overlay && !painted) return;
    cy.batch(() => {
      cy.elements().removeClass('faded lit bloc-0 bloc-1');
      if (Object.keys(sized).length > 0) cy.nodes().removeStyle('width height');
      painted = overlay !== null;
      sized = {};
      if (!overlay) return;
      if (overlay.highlight) {
        const { actors, relations } = overlay.highlight;
        const lit = cy.collection();
        for (const id of [...actors, ...relations]) lit.merge(cy.getElementById(id));
        lit.addClass('lit');
        cy.elements().not(lit).addClass('faded');
      }
      for (const [id, bloc] of Object.entries(overlay.blocs ?? {})) {
        cy.getElementById(id).addClass(`bloc-${bloc}`);
      }
      for (const [id, size] of Object.entries(overlay.sizes ?? {})) {
        const px = 24 + 40 * Math.min(Math.max(size, 0), 1);
        cy.getElementById(id).style({ width: px, height: px });
        sized[id] = px;
      }
    });
  };
  /** Opens the bundles of the relations the overlay lights; true when one was closed. */
  const openLitBundles = () => {
    let opened = false;
    for (const id of overlay?.highlight?.relations ?? []) {
      const bundle = bundleOf.get(id);
      if (bundle && bundle.relations.length > 1 && !expanded.has(bundle.id)) {
        expanded.add(bundle.id);
        opened = true;
      }
    }
    return opened;
  };

  /**
   * Brings the drawn edges in line with the bundles: removes only those no longer wanted (or
   * whose count changed) and adds only the missing ones, so a small change restyles little.
   */
  /**
   * Level of detail on large graphs: once the viewport rests, the edges in view get their full
   * style when zoomed in far enough, and lose it when zoomed out. Only the few that change are
   * restyled.
   */
  let detailed = cy.collection();
  const refreshDetail = () => {
    if (!large || cy.destroyed()) return;
    let wanted = cy.collection();
    if (cy.zoom() >= detailZoom) {
      const { x1, x2, y1, y2 } = cy.extent();
      // In view: the box around its two ends overlaps the view (a line may cross it end to end).
      wanted = cy.edges().filter((edge) => {
        if (edge.hasClass('hidden')) return false;
        const [a, b] = [edge.source().position(), edge.target().position()];
        return (
          Math.max(a.x, b.x) >= x1 &&
          Math.min(a.x, b.x) <= x2 &&
          Math.max(a.y, b.y) >= y1 &&
          Math.min(a.y, b.y) <= y2
        );
      });
      if (wanted.length > maxDetailedEdges) wanted = cy.collection();
      const nodes = cy.nodes().filter((node) => {
        if (node.hasClass('hidden')) return false;
        const { x, y } = node.position();
        return x >= x1 && x <= x2 && y >= y1 && y <= y2;
      });
      if (nodes.length <= maxDetailedNodes) wanted = wanted.union(nodes);
    }
    cy.batch(() => {
      detailed.difference(wanted).removeClass('detail');
      wanted.difference(detailed).addClass('detail');
    });
    detailed = wanted;
  };
  let detailTimer: ReturnType<typeof setTimeout> | undefined;
  if (large) {
    cy.on('viewport', () => {
      clearTimeout(detailTimer);
      detailTimer = setTimeout(refreshDetail, 150);
    });
  }

  const drawEdges = () => {
    const wanted = new Map<string, ElementDefinition>();
    for (const definition of bundles.flatMap(edgesOf)) wanted.set(definition.data.id!, definition);
    cy.batch(() => {
      const stale = cy.edges().filter((edge) => {
        const definition = wanted.get(edge.id());
        if (definition?.data['count'] !== edge.data('count')) return true;
        wanted.delete(edge.id());
        return false;
      });
      stale.remove();
      if (wanted.size > 0) cy.add([...wanted.values()]);
      markAloneAmong(cy.edges());
    });
    paintOverlay();
    refreshDetail();
  };
  const redraw = (bundle: Bundle) => {
    cy.batch(() => {
      cy.remove(cy.getElementById(bundle.id));
      for (const relation of bundle.relations) cy.getElementById(relation.id).remove();
      const added = cy.add(edgesOf(bundle));
      // Only the edges between these two actors can have changed from alone to not.
      const between = added.connectedNodes();
      markAloneAmong(between.length === 1 ? between.connectedEdges() : between.edgesWith(between));
    });
    paintOverlay();
  };
  const expand = (bundleId: string) => {
    const bundle = bundleById.get(bundleId);
    // A bundle of one is drawn as its relation already: nothing to open.
    if (!bundle || bundle.relations.length === 1 || expanded.has(bundle.id)) return;
    expanded.add(bundleId);
    redraw(bundle);
  };

  const tapEdge = (edge: cytoscape.EdgeSingular) => {
    if (edge.hasClass('bundle')) expand(edge.id());
    else events.onSelectRelation(edge.id());
  };
  /**
   * On a large graph, the overview's edges are not hit-tested by Cytoscape (it would measure
   * every one on each pointer move): a click on the background looks for the line under it.
   */
  const lineAt = (at: Point): cytoscape.EdgeSingular | undefined => {
    // Lines drawn without events (see the large stylesheet): the others Cytoscape has tested.
    const lines = cy
      .edges()
      .filter(
        (edge) => edge.visible() && edge.style('events') === 'no',
      ) as cytoscape.EdgeCollection;
    const index = nearestSegment(
      at,
      lines.map((edge) => [edge.source().position(), edge.target().position()] as const),
      lineReachPx / cy.zoom(),
    );
    return index < 0 ? undefined : lines[index];
  };
  cy.on('tap', 'edge', (event) => tapEdge(event.target));
  cy.on('tap', 'node', (event) => events.onSelectActor(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target !== cy) return;
    const line = large ? lineAt(event.position) : undefined;
    if (line) tapEdge(line);
    else events.onClear();
  });
  // Hovering an actor lights its neighbourhood (class 'near'). On a small graph the rest fades;
  // on a large one fading would restyle every element (two seconds at 25,000 relations), so the
  // neighbourhood is drawn in detail instead, once the pointer rests on the actor.
  let near = cy.collection();
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const lightNeighbourhood = (node: cytoscape.NodeSingular) => {
    if (cy.destroyed()) return;
    near = node.closedNeighborhood();
    cy.batch(() => {
      near.addClass('near');
      if (!large) {
        cy.elements().not(near).addClass('faded');
        painted = true;
      }
    });
  };
  cy.on('mouseover', 'node', (event) => {
    clearTimeout(hoverTimer);
    if (large) hoverTimer = setTimeout(() => lightNeighbourhood(event.target), hoverRestMs);
    else lightNeighbourhood(event.target);
  });
  cy.on('mouseout', 'node', () => {
    clearTimeout(hoverTimer);
    if (near.nonempty()) near.removeClass('near');
    near = cy.collection();
    if (!large) paintOverlay();
  });
  cy.on('dragfree', 'node', () => {
    const positions: Positions = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    events.onMoved(positions);
  });

  let keyboardFocus: string | null = null;
  // Edges are re-created when bundles open or filters change: the focused one keeps its mark.
  cy.on('add', (event) => {
    if (event.target.id() === keyboardFocus) event.target.addClass('kb-focus');
  });

  /** The placing of laid-out actors under way, stopped by a newer one or a reset. */
  let placing: cytoscape.Layouts | undefined;

  /** What the visible sets were when last shown, to skip a show() that changes nothing. */
  let shown = initiallyVisible;
  const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
    a === b || (a.size === b.size && [...a].every((id) => b.has(id)));

  return {
    select(selection) {
      if (selection?.kind === 'relation') {
        const bundle = bundleOf.get(selection.id);
        if (bundle) expand(bundle.id);
      }
      const selected = cy.elements(':selected');
      const wanted = selection ? cy.getElementById(selection.id) : cy.collection();
      if (selected.same(wanted)) return;
      cy.batch(() => {
        selected.unselect();
        wanted.select();
      });
    },
    fit: () => cy.fit(undefined, 40),
    zoomBy(factor) {
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    },
    expandAll(all) {
      expandAll = all;
      if (!all) expanded.clear();
      openLitBundles();
      drawEdges();
    },
    show(visible) {
      if (
        shown &&
        sameSet(shown.actors, visible.actors) &&
        sameSet(shown.relations, visible.relations)
      ) {
        return;
      }
      shown = visible;
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const hidden = !visible.actors.has(node.id());
          if (node.hasClass('hidden') !== hidden) node.toggleClass('hidden', hidden);
        });
      });
      rebundle(graph.relations.filter((relation) => visible.relations.has(relation.id)));
      openLitBundles();
      drawEdges();
    },
    centre(id) {
      // A frame later: choosing an actor opens its profile, which may resize the drawing area,
      // and the middle is the middle of the area as it will be.
      requestAnimationFrame(() => {
        const node = cy.getElementById(id);
        if (cy.destroyed() || node.empty()) return;
        cy.resize();
        // The actor's shape in the middle (centring its box would count the label under it).
        const { x, y } = (node as cytoscape.NodeSingular).position();
        const zoom = cy.zoom();
        cy.animate(
          { pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } },
          {
            duration: 250,
          },
        );
      });
    },
    resetLayout() {
      placing?.stop();
      cy.nodes().forEach((node) => {
        node.position({ ...(graph.layout[node.id()] ?? { x: 0, y: 0 }) });
      });
      cy.fit(undefined, 40);
    },
    placeActors(positions, { animate = true } = {}) {
      placing?.stop();
      const moved = cy.nodes().filter((node) => positions[node.id()] !== undefined);
      if (moved.empty()) return Promise.resolve();
      const layout = moved.layout({
        name: 'preset',
        positions: { ...positions },
        // Thousands of animated actors would stutter: a big graph moves at once.
        animate: animate && moved.length <= maxAnimatedActors,
        animationDuration: 400,
        animationEasing: 'ease-in-out-cubic',
        fit: true,
        padding: 40,
      });
      placing = layout;
      const placed = layout.promiseOn('layoutstop').then(() => {
        if (placing === layout) placing = undefined;
        if (cy.destroyed()) return;
        const all: Positions = {};
        cy.nodes().forEach((node) => {
          all[node.id()] = { ...node.position() };
        });
        events.onMoved(all);
      });
      layout.run();
      return placed;
    },
    clientPosition(id) {
      let element = cy.getElementById(id);
      if (element.empty()) {
        const bundle = bundleOf.get(id);
        if (bundle) element = cy.getElementById(bundle.id);
      }
      if (element.empty()) return undefined;
      const rendered = element.isEdge()
        ? element.renderedMidpoint()
        : (element as cytoscape.NodeSingular).renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    },
    modelPosition(id) {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { ...node.position() } : undefined;
    },
    selectedIds: () => cy.elements(':selected').map((element) => element.id()),
    setOverlay(next) {
      overlay = next;
      if (openLitBundles()) drawEdges();
      else paintOverlay();
    },
    litIds: () => cy.elements('.lit').map((element) => element.id()),
    nearIds: () => near.map((element) => element.id()),
    detailedIds: () => detailed.map((element) => element.id()),
    actorPositions: () =>
      cy.nodes(':visible').map((node) => ({ id: node.id(), ...node.renderedPosition() })),
    setKeyboardFocus(id) {
      keyboardFocus = id;
      cy.elements('.kb-focus').removeClass('kb-focus');
      if (id === null) return;
      const bundle = bundleOf.get(id);
      if (bundle && cy.getElementById(id).empty()) expand(bundle.id);
      const element = cy.getElementById(id);
      if (element.empty()) return;
      element.addClass('kb-focus');
      const box = element.renderedBoundingBox();
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) {
        cy.animate({ center: { eles: element }, duration: 200 });
      }
    },
    imageScene: async () =>
      (await import('./image-scene')).imageScene(
        cy,
        (id) => bundleById.get(id)?.relations.map((r) => r.id) ?? [id],
      ),
    destroy: () => {
      clearTimeout(detailTimer);
      clearTimeout(hoverTimer);
      cy.destroy();
    },
  };
}
