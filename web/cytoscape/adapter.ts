// The only code that knows Cytoscape: turns the compiled graph into a drawn network and
// reports what the person clicks.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { ImageScene } from '../model/export/scene';
import type { CompiledGraph, CompiledRelation } from '../model/schema';
import type { Overlay } from '../state/app-state';
import { nearestPolyline, type Point } from './nearest-line';
import { fullStylesheet, networkStylesheet, topStylesheet } from './style';
import { createLineLayer, type PlainLine } from './line-layer';
import { createTopLayer, layerDiv, type EdgeLookup, type TopLayer } from './top-layer';

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
  /** Whether an overlay is still being drawn: a large graph colours blocs a slice per frame. */
  painting(): boolean;
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

/** On a large graph, how many actors change bloc colour in one frame. */
const blocSlice = 1_000;

/** Above this many actors, placeActors moves them without animation. */
const maxAnimatedActors = 1000;

/** Relations drawn as one edge: same ends, same type, same direction. */
interface Bundle {
  id: string;
  relations: CompiledRelation[];
}

/** Each relation's bundle key, made once (a filter change bundles thousands again). */
const bundleKeys = new WeakMap<CompiledRelation, string>();

function bundleKey(relation: CompiledRelation): string {
  const known = bundleKeys.get(relation);
  if (known !== undefined) return known;
  const [a, b] = relation.directed
    ? [relation.source, relation.target]
    : [relation.source, relation.target].sort();
  const key = `bundle:${a}:${b}:${relation.type}:${relation.directed ? 'directed' : 'mutual'}`;
  bundleKeys.set(relation, key);
  return key;
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

/**
 * Past this many relations the graph is large: its overview is drawn plain (level of detail), and
 * a top layer takes the pointer and draws what a click or a hover changes (see top-layer.ts).
 */
export const largeGraphRelations = 1_000;

/** The two actors of an edge, in either direction. */
const pairOf = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** A line of the network as drawn: its edge's id and the points it passes through. */
interface DrawnLine {
  id: string;
  points: Point[];
}

/** Ids of the edge definitions that are the only one on their pair of actors. */
function aloneAmong(definitions: readonly ElementDefinition[]): Set<string> {
  const pairKey = ({ data }: ElementDefinition) =>
    pairOf(data['source'] as string, data['target'] as string);
  const counts = new Map<string, number>();
  for (const definition of definitions) {
    const key = pairKey(definition);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set(
    definitions.filter((definition) => counts.get(pairKey(definition)) === 1).map(idOf),
  );
}

const idOf = (definition: ElementDefinition) => definition.data.id!;

/** Adds class 'alone' to each edge definition that is the only one on its pair of actors. */
function markAloneDefinitions(definitions: ElementDefinition[]): ElementDefinition[] {
  const alone = aloneAmong(definitions);
  return definitions.map((definition) =>
    alone.has(idOf(definition))
      ? { ...definition, classes: [...(definition.classes as string[]), 'alone'] }
      : definition,
  );
}

/** How near (in screen px) a click must be to a line of a large graph's overview to choose it. */
const lineReachPx = 8;
/** On large graphs, how long after a change of the lines they are listed again for clicks. */
const idleListingMs = 300;
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
  // 'alone' spares a small graph's straight lines the search for parallel edges. A large graph's
  // network needs no such mark: its overview lines are all straight, and its few lines in detail
  // are curved only where their pair has several (toggling the mark on thousands of edges at
  // each filter change cost more than it saved).
  const markAlone = !large;
  const firstEdges = markAlone
    ? markAloneDefinitions(bundles.flatMap(edgesOf))
    : bundles.flatMap(edgesOf);
  /**
   * The edges drawn on a small graph (all are Cytoscape's): their bundle count (undefined for a
   * relation's own) and whether alone.
   */
  const drawn = new Map<string, { count: unknown; alone: boolean }>(
    large
      ? []
      : firstEdges.map((definition) => [
          idOf(definition),
          {
            count: definition.data['count'],
            alone: (definition.classes as string[]).includes('alone'),
          },
        ]),
  );
  /**
   * The edges drawn on a large graph, as data: the line layer draws them plain, except those in
   * view once zoomed in, which Cytoscape draws in detail (see line-layer.ts).
   */
  const edgeIndex = new Map<string, ElementDefinition>();
  /** Ids of the edges of edgeIndex at each actor. */
  const edgesAt = new Map<string, Set<string>>();
  /** Ids of the edges of edgeIndex that the network holds, in detail. */
  const detailedEdges = new Set<string>();
  const endsOf = (definition: ElementDefinition) =>
    [definition.data['source'], definition.data['target']] as [string, string];
  /** The line the line layer draws for each edge of edgeIndex (made once, drawn at every frame). */
  const plainOf = new Map<string, PlainLine>();
  /** Types of the edges indexed or forgotten since the line layer was last told. */
  const touched = new Set<PlainLine['type']>();
  const typeOf = (id: string) => plainOf.get(id)!.type;
  const index = (definition: ElementDefinition) => {
    const id = idOf(definition);
    edgeIndex.set(id, definition);
    touched.add(definition.data['type'] as PlainLine['type']);
    const [source, target] = endsOf(definition);
    const count = definition.data['count'] as number | undefined;
    plainOf.set(id, {
      id,
      source,
      target,
      type: definition.data['type'] as PlainLine['type'],
      directed: (definition.classes as string[]).includes('directed'),
      ...(count === undefined ? {} : { count }),
    });
    for (const end of endsOf(definition)) {
      const at = edgesAt.get(end);
      if (at) at.add(id);
      else edgesAt.set(end, new Set([id]));
    }
  };
  /** Forgets an edge of a large graph, and takes it out of the network if it is in detail. */
  const unindex = (id: string) => {
    const definition = edgeIndex.get(id);
    if (!definition) return;
    touched.add(definition.data['type'] as PlainLine['type']);
    edgeIndex.delete(id);
    plainOf.delete(id);
    for (const end of endsOf(definition)) edgesAt.get(end)?.delete(id);
    if (detailedEdges.delete(id)) cy.getElementById(id).remove();
  };
  /** An edge of the index as the network holds it while in detail. */
  const detailedEdge = (definition: ElementDefinition): ElementDefinition => ({
    group: 'edges',
    data: { ...definition.data },
    classes: [...(definition.classes as string[]), 'detail'],
  });
  if (large) firstEdges.forEach(index);
  /** The actor being dragged on a large graph: its lines are drawn on top meanwhile. */
  let lifted: string | undefined;
  const edgeLookup: EdgeLookup = {
    edge(id) {
      const definition = edgeIndex.get(id);
      if (!definition) return undefined;
      const classes = definition.classes as string[];
      return {
        data: definition.data,
        classes: detailedEdges.has(id) ? [...classes, 'detail'] : classes,
      };
    },
    between(a, b) {
      return [...(edgesAt.get(a) ?? [])].filter((id) => {
        const [source, target] = endsOf(edgeIndex.get(id)!);
        return (source === a && target === b) || (source === b && target === a);
      });
    },
  };
  /** The lines the line layer draws: the large graph's edges not in detail nor being dragged. */
  function* plainLines(): Generator<PlainLine> {
    for (const line of plainOf.values()) {
      if (detailedEdges.has(line.id) || line.source === lifted || line.target === lifted) continue;
      yield line;
    }
  }
  // A large graph is drawn in three layers: the line layer's plain lines (see line-layer.ts); the
  // network above them, its actors and the edges in detail, which only filters, level of detail
  // and analyses change; and the top layer, which takes the pointer (see top-layer.ts).
  const networkLayer = large ? layerDiv(container, 'network') : undefined;
  if (networkLayer) networkLayer.style.pointerEvents = 'none';
  // Cytoscape takes any change of its container's attributes for a resize, and redraws: the
  // layer that is moved and dimmed as a picture is the container's parent.
  const networkContainer = networkLayer ? layerDiv(networkLayer, 'network-drawing') : container;
  const cy: Core = cytoscape({
    container: networkContainer,
    // A large graph's lines are drawn by the line layer, not by Cytoscape.
    elements: [
      ...nodes(graph, savedPositions, initiallyVisible?.actors),
      ...(large ? [] : firstEdges),
    ],
    style: large ? networkStylesheet() : fullStylesheet(),
    layout: { name: 'preset', fit: true, padding: 40 },
    selectionType: 'single',
    // Low enough to fit thousands of actors on screen.
    minZoom: 0.005,
    maxZoom: 4,
    ...(large
      ? {
          userZoomingEnabled: false,
          userPanningEnabled: false,
          boxSelectionEnabled: false,
          autoungrabify: true,
          autounselectify: true,
        }
      : {}),
  });
  const lineLayer = networkLayer
    ? createLineLayer(networkLayer, networkContainer, cy, plainLines)
    : undefined;
  const top: TopLayer | undefined = large
    ? createTopLayer(
        layerDiv(container, 'top'),
        cy,
        networkLayer!,
        edgeLookup,
        topStylesheet(),
        () => refreshDetail(),
      )
    : undefined;
  /** The instance that takes the pointer and holds the viewport. */
  const view: Core = top?.cy ?? cy;
  /** Every instance that holds the actors: their positions, filters and blocs go to each. */
  const instances = top ? [cy, top.cy] : [cy];

  let overlay: Overlay | null = null;
  /** Actors the overlay has resized. */
  let sized: Record<string, number> = {};
  /** Whether any element may carry an overlay's marks or sizes (or a hover's fading). */
  let painted = false;
  /**
   * Colours a large graph's actors by bloc, changing only those whose bloc changed, a slice per
   * frame: restyling and redrawing 5,000 actors at once was one task of 280 ms. A newer call
   * takes over from one under way.
   */
  let blocsRun = 0;
  let blocsPending = false;
  const colourBlocs = (blocs: Readonly<Record<string, number>>) => {
    const run = ++blocsRun;
    const blocOf = (node: cytoscape.NodeSingular) =>
      node.hasClass('bloc-0') ? 0 : node.hasClass('bloc-1') ? 1 : undefined;
    const pending: [cytoscape.NodeSingular, number | undefined][] = [];
    cy.nodes().forEach((node) => {
      const wanted = blocs[node.id()];
      if (blocOf(node) !== wanted) pending.push([node, wanted]);
    });
    const recolour = (node: cytoscape.NodeSingular, bloc: number | undefined) => {
      node.removeClass('bloc-0 bloc-1');
      if (bloc !== undefined) node.addClass(`bloc-${bloc}`);
    };
    const step = () => {
      if (run !== blocsRun || cy.destroyed()) return;
      const slice = pending.splice(0, blocSlice);
      cy.batch(() => {
        for (const [node, bloc] of slice) recolour(node, bloc);
      });
      blocsPending = pending.length > 0;
      if (pending.length > 0) {
        // Once the frame showing this slice is drawn.
        requestAnimationFrame(() => setTimeout(step, 0));
        return;
      }
      // Copies put on top meanwhile took the classes their actors had then.
      top?.cy.batch(() => {
        top.cy.nodes().forEach((copy) => {
          const wanted = blocs[copy.id()];
          if (blocOf(copy) !== wanted) recolour(copy, wanted);
        });
      });
    };
    step();
  };
  /** Draws the overlay on the elements as they are now (edges are re-created on redraws). */
  const paintOverlay = () => {
    // Restyling every element costs a full redraw: skip it when there is nothing to take off.
    if (!overlay && !painted) return;
    const highlight = overlay?.highlight;
    // On a large graph the highlight is drawn on top, over the network dimmed as a whole.
    top?.fade(highlight !== undefined);
    const resized = Object.keys(sized).length > 0;
    painted = overlay !== null;
    sized = {};
    // A large graph's actors are coloured by bloc apart, a slice at a time.
    if (top) colourBlocs(overlay?.blocs ?? {});
    for (const instance of instances) {
      instance.batch(() => {
        if (!top) instance.elements().removeClass('faded lit bloc-0 bloc-1');
        if (resized) instance.nodes().removeStyle('width height');
        if (!overlay) return;
        if (highlight && !top) {
          const lit = instance.collection();
          for (const id of [...highlight.actors, ...highlight.relations]) {
            lit.merge(instance.getElementById(id));
          }
          lit.addClass('lit');
          instance.elements().not(lit).addClass('faded');
        }
        if (!top) {
          for (const [id, bloc] of Object.entries(overlay.blocs ?? {})) {
            instance.getElementById(id).addClass(`bloc-${bloc}`);
          }
        }
        for (const [id, size] of Object.entries(overlay.sizes ?? {})) {
          const px = 24 + 40 * Math.min(Math.max(size, 0), 1);
          instance.getElementById(id).style({ width: px, height: px });
          sized[id] = px;
        }
      });
    }
    if (resized || Object.keys(sized).length > 0) top?.forgetPlaces();
    top?.raise({ lit: highlight ? [...highlight.actors, ...highlight.relations] : [] });
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
   * Level of detail on large graphs: once the viewport rests, the edges in view are put in the
   * network, in full style, when zoomed in far enough (the line layer draws the others plain), and
   * the actors in view get their names; zoomed out, they go back. Only the few that change move.
   */
  let detailedNodes = cy.collection();
  /**
   * The network's lines as drawn, for finding the one under a click (large graphs); forgotten
   * whenever edges, their details or the actors' positions change.
   */
  let lines: DrawnLine[] | undefined;
  const refreshDetail = () => {
    if (!large || cy.destroyed()) return;
    const wantedEdges = new Set<string>();
    let wantedNodes = cy.collection();
    if (view.zoom() >= detailZoom) {
      const { x1, x2, y1, y2 } = view.extent();
      const at = new Map<string, cytoscape.Position>();
      const inView = cy.nodes().filter((node) => {
        const position = node.position();
        at.set(node.id(), position);
        if (node.hasClass('hidden')) return false;
        const { x, y } = position;
        return x >= x1 && x <= x2 && y >= y1 && y <= y2;
      });
      // In view: the box around its two ends overlaps the view (a line may cross it end to end).
      for (const [id, definition] of edgeIndex) {
        const [source, target] = endsOf(definition);
        const [a, b] = [at.get(source)!, at.get(target)!];
        if (
          Math.max(a.x, b.x) >= x1 &&
          Math.min(a.x, b.x) <= x2 &&
          Math.max(a.y, b.y) >= y1 &&
          Math.min(a.y, b.y) <= y2
        ) {
          wantedEdges.add(id);
          if (wantedEdges.size > maxDetailedEdges) break;
        }
      }
      if (wantedEdges.size > maxDetailedEdges) wantedEdges.clear();
      if (inView.length <= maxDetailedNodes) wantedNodes = inView;
    }
    const gone = [...detailedEdges].filter((id) => !wantedEdges.has(id));
    const come = [...wantedEdges].filter((id) => !detailedEdges.has(id));
    for (const id of [...gone, ...come]) touched.add(typeOf(id));
    const nodesChanged = !wantedNodes.same(detailedNodes);
    if (gone.length === 0 && come.length === 0 && !nodesChanged) return;
    cy.batch(() => {
      const removed = cy.collection();
      for (const id of gone) {
        removed.merge(cy.getElementById(id));
        detailedEdges.delete(id);
      }
      removed.remove();
      if (come.length > 0) {
        cy.add(come.map((id) => detailedEdge(edgeIndex.get(id)!)));
        for (const id of come) detailedEdges.add(id);
      }
      if (nodesChanged) {
        detailedNodes.difference(wantedNodes).removeClass('detail');
        wantedNodes.difference(detailedNodes).addClass('detail');
      }
    });
    detailedNodes = wantedNodes;
    forgetLines(touched);
    // Copies on top curve as their lines below do.
    top?.refresh();
  };

  /**
   * Brings the drawn edges in line with the bundles: removes only those no longer wanted (or
   * whose count changed) and adds only the missing ones, so a small change restyles little.
   */
  const drawEdges = () => {
    if (large) {
      // The edges wanted, as bundles drawn whole or as relations drawn one by one: definitions
      // are made only for those not drawn yet (a filter change keeps most of 25,000).
      const wantedBundles = new Map<string, Bundle>();
      const wantedRelations = new Map<string, CompiledRelation>();
      for (const bundle of bundles) {
        if (bundle.relations.length === 1 || expandAll || expanded.has(bundle.id)) {
          for (const relation of bundle.relations) wantedRelations.set(relation.id, relation);
        } else wantedBundles.set(bundle.id, bundle);
      }
      const update = () => {
        for (const [id, definition] of edgeIndex) {
          const count = definition.data['count'];
          // Gone, or a bundle whose count changed (a relation's own edge has no count at all).
          const kept =
            count === undefined
              ? wantedRelations.delete(id)
              : wantedBundles.get(id)?.relations.length === count && wantedBundles.delete(id);
          if (!kept) unindex(id);
        }
      };
      // Edges in detail are Cytoscape's: their removals are batched.
      if (detailedEdges.size > 0) cy.batch(update);
      else update();
      for (const relation of wantedRelations.values()) index(relationEdge(relation));
      for (const bundle of wantedBundles.values()) index(bundleEdge(bundle));
      forgetLines(touched);
      paintOverlay();
      refreshDetail();
      top?.refresh();
      return;
    }
    const definitions = bundles.flatMap(edgesOf);
    const alone = markAlone ? aloneAmong(definitions) : new Set<string>();
    const wanted = new Map(definitions.map((definition) => [idOf(definition), definition]));
    // Compared with what is drawn as plain data: asking Cytoscape about 25,000 edges is slower.
    const stale: string[] = [];
    const turned: string[] = [];
    for (const [id, edge] of drawn) {
      const definition = wanted.get(id);
      // Gone, or a bundle whose count changed (a relation's own edge has no count at all).
      if (!definition || definition.data['count'] !== edge.count) stale.push(id);
      else {
        wanted.delete(id);
        if (alone.has(id) !== edge.alone) turned.push(id);
      }
    }
    cy.batch(() => {
      const removed = cy.collection();
      for (const id of stale) removed.merge(cy.getElementById(id));
      removed.remove();
      for (const id of stale) drawn.delete(id);
      for (const id of turned) {
        cy.getElementById(id).toggleClass('alone', alone.has(id));
        drawn.get(id)!.alone = alone.has(id);
      }
      if (wanted.size > 0) {
        cy.add(
          [...wanted.values()].map((definition) => {
            const id = idOf(definition);
            drawn.set(id, { count: definition.data['count'], alone: alone.has(id) });
            return alone.has(id)
              ? { ...definition, classes: [...(definition.classes as string[]), 'alone'] }
              : definition;
          }),
        );
      }
    });
    forgetLines();
    paintOverlay();
    refreshDetail();
    top?.refresh();
  };
  const redraw = (bundle: Bundle) => {
    if (large) {
      cy.batch(() => {
        for (const id of [bundle.id, ...bundle.relations.map((relation) => relation.id)]) {
          unindex(id);
        }
      });
      edgesOf(bundle).forEach(index);
      // New edges in view get their details at once.
      refreshDetail();
      forgetLines(touched);
      paintOverlay();
      top?.refresh();
      return;
    }
    cy.batch(() => {
      for (const id of [bundle.id, ...bundle.relations.map((relation) => relation.id)]) {
        cy.getElementById(id).remove();
        drawn.delete(id);
      }
      const added = cy.add(edgesOf(bundle));
      // Only the edges between these two actors can have changed from alone to not.
      const between = added.connectedNodes();
      const pair = between.length === 1 ? between.connectedEdges() : between.edgesWith(between);
      if (markAlone) markAloneAmong(pair);
      pair.forEach((edge) => {
        drawn.set(edge.id(), { count: edge.data('count'), alone: edge.hasClass('alone') });
      });
    });
    forgetLines();
    paintOverlay();
    top?.refresh();
  };
  const expand = (bundleId: string) => {
    const bundle = bundleById.get(bundleId);
    // A bundle of one is drawn as its relation already: nothing to open.
    if (!bundle || bundle.relations.length === 1 || expanded.has(bundle.id)) return;
    expanded.add(bundleId);
    redraw(bundle);
  };

  const tapEdge = (id: string, bundle: boolean) => {
    if (bundle) expand(id);
    else events.onSelectRelation(id);
  };
  /**
   * On a large graph the network's lines are below the layer that takes the pointer: a click on
   * its background looks for the line under it, along the line as drawn (through its midpoint
   * when in detail, as it may curve).
   */
  const drawnLines = (): DrawnLine[] => {
    if (lines) return lines;
    const found: DrawnLine[] = [];
    const at = new Map<string, Point>();
    cy.nodes().forEach((node) => {
      at.set(node.id(), { ...node.position() });
    });
    for (const [id, definition] of edgeIndex) {
      const [source, target] = endsOf(definition);
      if (source === lifted || target === lifted) continue;
      const [a, b] = [at.get(source)!, at.get(target)!];
      const points = detailedEdges.has(id)
        ? [a, (cy.getElementById(id) as cytoscape.EdgeSingular).midpoint(), b]
        : [a, b];
      found.push({ id, points });
    }
    return (lines = found);
  };
  const lineAt = (at: Point): string | undefined => {
    const candidates = drawnLines();
    const index = nearestPolyline(
      at,
      candidates.map((line) => line.points),
      lineReachPx / view.zoom(),
    );
    return index < 0 ? undefined : candidates[index]!.id;
  };
  /** Lists the lines again while the page is idle, so that a click need not wait for it. */
  let linesTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Forgets the lines listed for clicks, and has the line layer draw again the lines of these
   * types (all when none are given), for a change of the edges or of the actors' positions.
   */
  const forgetLines = (types?: Iterable<PlainLine['type']>) => {
    lines = undefined;
    lineLayer?.draw(types && [...types]);
    touched.clear();
    if (!top) return;
    top.forgetPlaces();
    clearTimeout(linesTimer);
    linesTimer = setTimeout(() => {
      if (!cy.destroyed()) drawnLines();
    }, idleListingMs);
  };
  view.on('tap', 'edge', (event) => tapEdge(event.target.id(), event.target.hasClass('bundle')));
  view.on('tap', 'node', (event) => events.onSelectActor(event.target.id()));
  view.on('tap', (event) => {
    if (event.target !== view) return;
    const line = top ? lineAt(event.position) : undefined;
    if (line) {
      const classes = edgeIndex.get(line)?.classes as string[] | undefined;
      tapEdge(line, classes?.includes('bundle') ?? false);
    } else events.onClear();
  });
  // Hovering an actor lights its neighbourhood (class 'near'). On a small graph the rest fades;
  // on a large one the neighbourhood is drawn on top, once the pointer rests on the actor.
  let near = cy.collection();
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const lightNeighbourhood = (id: string) => {
    if (cy.destroyed()) return;
    if (top) {
      const edges = [...(edgesAt.get(id) ?? [])];
      const ends = edges.flatMap((edge) => endsOf(edgeIndex.get(edge)!));
      top.raise({ near: new Set([id, ...edges, ...ends]) });
      return;
    }
    near = cy.getElementById(id).closedNeighborhood();
    cy.batch(() => {
      near.addClass('near');
      cy.elements().not(near).addClass('faded');
      painted = true;
    });
  };
  view.on('mouseover', 'node', (event) => {
    clearTimeout(hoverTimer);
    const id = (event.target as cytoscape.NodeSingular).id();
    if (large) hoverTimer = setTimeout(() => lightNeighbourhood(id), hoverRestMs);
    else lightNeighbourhood(id);
  });
  view.on('mouseout', 'node', () => {
    clearTimeout(hoverTimer);
    if (top) top.raise({ near: [] });
    else if (near.nonempty()) near.removeClass('near');
    near = cy.collection();
    if (!top) paintOverlay();
  });
  const reportPositions = () => {
    const positions: Positions = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    events.onMoved(positions);
  };
  if (top) {
    // An actor dragged on a large graph leaves the network below and moves on top with its
    // lines; it goes back down where it was dropped.
    let moving: string | undefined;
    view.on('drag', 'node', (event) => {
      const id = (event.target as cytoscape.NodeSingular).id();
      if (moving === id) return;
      moving = id;
      lifted = id;
      cy.getElementById(id).addClass('lifted');
      forgetLines([...(edgesAt.get(id) ?? [])].map(typeOf));
      top.raise({ moving: [id, ...(edgesAt.get(id) ?? [])] });
    });
    view.on('dragfree', 'node', (event) => {
      const moved = event.target as cytoscape.NodeSingular;
      const node = cy.getElementById(moved.id());
      node.position({ ...moved.position() });
      node.removeClass('lifted');
      moving = undefined;
      lifted = undefined;
      forgetLines([...(edgesAt.get(moved.id()) ?? [])].map(typeOf));
      top.raise({ moving: [] });
      reportPositions();
    });
  } else {
    cy.on('dragfree', 'node', reportPositions);
  }

  let keyboardFocus: string | null = null;
  // Edges are re-created when bundles open or filters change: the focused one keeps its mark.
  if (!top) {
    cy.on('add', (event) => {
      if (event.target.id() === keyboardFocus) event.target.addClass('kb-focus');
    });
  }

  /** The placing of laid-out actors under way, stopped by a newer one or a reset. */
  let placing: cytoscape.Layouts | undefined;
  /** Moves actors of both layers at once (a large graph), without animation. */
  const positionBoth = (positionOf: (id: string) => { x: number; y: number } | undefined) => {
    forgetLines();
    for (const instance of instances) {
      instance.batch(() => {
        instance.nodes().forEach((node) => {
          const at = positionOf(node.id());
          if (at) node.position({ ...at });
        });
      });
    }
  };

  /** What the visible sets were when last shown, to skip a show() that changes nothing. */
  let shown = initiallyVisible;
  const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
    a === b || (a.size === b.size && [...a].every((id) => b.has(id)));
  /** Where an element is drawn, within the drawing area. */
  const renderedAt = (element: cytoscape.SingularElementArgument | Point) => {
    const at =
      'isEdge' in element
        ? element.isEdge()
          ? (element as cytoscape.EdgeSingular).midpoint()
          : { ...(element as cytoscape.NodeSingular).position() }
        : element;
    const zoom = view.zoom();
    const pan = view.pan();
    return { x: at.x * zoom + pan.x, y: at.y * zoom + pan.y };
  };

  // The lines under clicks are listed once the first frame is drawn.
  forgetLines();

  return {
    select(selection) {
      if (selection?.kind === 'relation') {
        const bundle = bundleOf.get(selection.id);
        if (bundle) expand(bundle.id);
      }
      if (top) {
        const edge = selection ? edgeIndex.get(selection.id) : undefined;
        const drawnNow = selection && (edge || cy.getElementById(selection.id).nonempty());
        top.raise({
          selected: drawnNow ? [selection.id] : [],
          ends: edge ? endsOf(edge) : [],
        });
        return;
      }
      const selected = cy.elements(':selected');
      const wanted = selection ? cy.getElementById(selection.id) : cy.collection();
      if (selected.same(wanted)) return;
      cy.batch(() => {
        selected.unselect();
        wanted.select();
      });
    },
    // The network's actors: the top layer holds only some.
    fit: () => view.fit(cy.nodes(), 40),
    zoomBy(factor) {
      view.zoom({
        level: view.zoom() * factor,
        renderedPosition: { x: view.width() / 2, y: view.height() / 2 },
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
      for (const instance of instances) {
        instance.batch(() => {
          instance.nodes().forEach((node) => {
            const hidden = !visible.actors.has(node.id());
            if (node.hasClass('hidden') !== hidden) node.toggleClass('hidden', hidden);
          });
        });
      }
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
        top?.cy.resize();
        // The actor's shape in the middle (centring its box would count the label under it).
        const { x, y } = (node as cytoscape.NodeSingular).position();
        const zoom = view.zoom();
        const pan = { x: view.width() / 2 - x * zoom, y: view.height() / 2 - y * zoom };
        // A large graph jumps there: the network below would be redrawn at every step.
        if (top) view.pan(pan);
        else view.animate({ pan }, { duration: 250 });
      });
    },
    resetLayout() {
      placing?.stop();
      positionBoth((id) => graph.layout[id] ?? { x: 0, y: 0 });
      view.fit(cy.nodes(), 40);
    },
    placeActors(positions, { animate = true } = {}) {
      placing?.stop();
      if (top) {
        // Both layers move at once: an animation would redraw the network at every step.
        const moved = cy.nodes().filter((node) => positions[node.id()] !== undefined);
        if (moved.empty()) return Promise.resolve();
        positionBoth((id) => positions[id]);
        view.fit(moved, 40);
        top.refresh();
        reportPositions();
        return Promise.resolve();
      }
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
        reportPositions();
      });
      layout.run();
      return placed;
    },
    clientPosition(id) {
      if (large) {
        const node = cy.getElementById(id);
        const edgeId = edgeIndex.has(id) ? id : bundleOf.get(id)?.id;
        const edge = edgeId === undefined ? undefined : edgeIndex.get(edgeId);
        let at: Point | undefined;
        if (node.nonempty()) at = { ...(node as cytoscape.NodeSingular).position() };
        else if (edgeId !== undefined && detailedEdges.has(edgeId)) {
          at = (cy.getElementById(edgeId) as cytoscape.EdgeSingular).midpoint();
        } else if (edge) {
          const [a, b] = endsOf(edge).map((end) => cy.getElementById(end).position());
          at = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
        }
        if (!at) return undefined;
        const rendered = renderedAt(at);
        const box = container.getBoundingClientRect();
        return { x: box.left + rendered.x, y: box.top + rendered.y };
      }
      let element = cy.getElementById(id);
      if (element.empty()) {
        const bundle = bundleOf.get(id);
        if (bundle) element = cy.getElementById(bundle.id);
      }
      if (element.empty()) return undefined;
      const rendered = renderedAt(element);
      const box = container.getBoundingClientRect();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    },
    modelPosition(id) {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { ...node.position() } : undefined;
    },
    selectedIds: () => view.elements(':selected').map((element) => element.id()),
    setOverlay(next) {
      overlay = next;
      if (openLitBundles()) drawEdges();
      else paintOverlay();
    },
    litIds: () => view.elements('.lit').map((element) => element.id()),
    nearIds: () => (top ? view.elements('.near') : near).map((element) => element.id()),
    detailedIds: () => [...detailedEdges, ...detailedNodes.map((node) => node.id())],
    painting: () => blocsPending,
    actorPositions: () =>
      cy
        .nodes()
        .filter((node) => !node.hasClass('hidden'))
        .map((node) => ({ id: node.id(), ...renderedAt(node) })),
    setKeyboardFocus(id) {
      keyboardFocus = id;
      if (top) top.raise({ 'kb-focus': [] });
      else cy.elements('.kb-focus').removeClass('kb-focus');
      if (id === null) return;
      const drawnNow = () => edgeIndex.has(id) || cy.getElementById(id).nonempty();
      const bundle = bundleOf.get(id);
      if (bundle && !drawnNow()) expand(bundle.id);
      if (!drawnNow()) return;
      if (top) top.raise({ 'kb-focus': [id] });
      else cy.getElementById(id).addClass('kb-focus');
      const element = view.getElementById(id);
      const box = element.renderedBoundingBox();
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > view.width() || box.y2 > view.height()) {
        view.animate({ center: { eles: element }, duration: 200 });
      }
    },
    imageScene: async () =>
      (await import('./image-scene')).imageScene(
        cy,
        (id) => bundleById.get(id)?.relations.map((r) => r.id) ?? [id],
        top?.drawn(),
        large ? [...plainLines()] : [],
      ),
    destroy: () => {
      clearTimeout(hoverTimer);
      clearTimeout(linesTimer);
      top?.destroy();
      lineLayer?.destroy();
      cy.destroy();
      networkLayer?.remove();
    },
  };
}
