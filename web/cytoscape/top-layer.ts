// The top layer of a large graph: a second Cytoscape instance above the network that takes the
// pointer and draws what changes at a touch (the selection, a hovered neighbourhood, an
// analysis's highlight, the keyboard focus, an actor being dragged).
//
// Why: Cytoscape caches a drawn network as one picture and redraws it element by element after
// any element changes style. At 25,000 relations that is half a second for every click. Here the
// network below never changes style when something is chosen: the top layer draws copies of the
// chosen elements over it, in their full style. The actors under the pointer are put on it
// too, transparent, as the pointer reaches them, so that Cytoscape hit-tests, hovers and drags
// them (holding all 5,000 took a tenth of the first frame). While the view moves, the network
// below is moved as a picture (a CSS transform) and redrawn once the view rests.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type Position,
  type StylesheetJson,
} from 'cytoscape';
import type { RaisedLayer } from './image-scene';

/** Why an element is drawn on the top layer; each is also the class its copy carries. */
export const raiseReasons = ['selected', 'ends', 'near', 'lit', 'kb-focus', 'moving'] as const;
export type RaiseReason = (typeof raiseReasons)[number];

/**
 * What is raised keeps a readable size however far the view zooms out: below zoom 1 it is drawn
 * larger in steps of two (class 'k2', 'k4'... 'k256'), so that on screen a name stays 7 to 14 px
 * high and a line 3 to 6 px wide.
 */
export const emphasisBands = [2, 4, 8, 16, 32, 64, 128, 256] as const;

/** The band for a zoom: the power of two that brings 1/zoom within [1, 2), at least 1. */
export function bandOf(zoom: number): number {
  const wanted = 2 ** Math.ceil(Math.log2(1 / zoom) - 1e-9);
  return Math.min(Math.max(wanted, 1), Math.max(...emphasisBands));
}

/** Classes of the network's elements that their copies keep: what their style depends on. */
const keptClasses = [
  'cooperation',
  'rivalry',
  'leverage',
  'directed',
  'mutual',
  'bundle',
  'detail',
  'hidden',
  'bloc-0',
  'bloc-1',
];

/** The opacity of the network below while an analysis's highlight is drawn on top. */
const networkFade = 0.2;

/** How long the view must rest before the network below is redrawn at the new zoom and pan. */
const restMs = 120;

/** Side of the cells of the grid that finds the actors under the pointer, in graph units. */
const cellSize = 80;
/** Actors put on the top layer for the pointer alone that it keeps before dropping the oldest. */
const pointerActorsKept = 200;
/** How far around an actor's box the pointer still finds it, in screen px. */
const pointerSlackPx = 4;

/** The actors of the network by the grid cells their boxes cover, to find those at a point. */
export class ActorGrid {
  private readonly cells = new Map<string, NodeSingular[]>();

  constructor(nodes: Iterable<NodeSingular>) {
    for (const node of nodes) {
      const { x, y } = node.position();
      const [w, h] = [node.outerWidth() / 2, node.outerHeight() / 2];
      for (let i = Math.floor((x - w) / cellSize); i <= Math.floor((x + w) / cellSize); i++) {
        for (let j = Math.floor((y - h) / cellSize); j <= Math.floor((y + h) / cellSize); j++) {
          const key = `${i},${j}`;
          const cell = this.cells.get(key);
          if (cell) cell.push(node);
          else this.cells.set(key, [node]);
        }
      }
    }
  }

  /** The actors shown whose box, grown by `slack`, holds the point. */
  at({ x, y }: Position, slack: number): NodeSingular[] {
    const cell = this.cells.get(`${Math.floor(x / cellSize)},${Math.floor(y / cellSize)}`) ?? [];
    return cell.filter((node) => {
      if (node.hasClass('hidden')) return false;
      const at = node.position();
      return (
        Math.abs(at.x - x) <= node.outerWidth() / 2 + slack &&
        Math.abs(at.y - y) <= node.outerHeight() / 2 + slack
      );
    });
  }
}

/**
 * The network's edges as data: a large graph's network holds only those in detail as Cytoscape
 * elements (see line-layer.ts).
 */
export interface EdgeLookup {
  /** An edge drawn now, with its data and classes; undefined when none is. */
  edge(id: string): { data: Record<string, unknown>; classes: readonly string[] } | undefined;
  /** Ids of the edges drawn between two actors, either way. */
  between(a: string, b: string): string[];
}

export interface TopLayer {
  /** The instance that takes the pointer and holds the viewport. */
  readonly cy: Core;
  /** Draws these elements of the network on top, for these reasons (replacing earlier ones). */
  raise(raised: Partial<Record<RaiseReason, Iterable<string>>>): void;
  /**
   * Brings the copies in line with the network after its edges or their classes changed. The
   * actors' own classes (hidden, blocs) and positions are set on both layers by their owner.
   */
  refresh(): void;
  /** Dims the network below (an analysis highlight lights what it names on top). */
  fade(faded: boolean): void;
  /** Tells the layer that actors of the network moved or changed size. */
  forgetPlaces(): void;
  /** What it draws over the network, and how dim the network is, for image exports. */
  drawn(): RaisedLayer;
  destroy(): void;
}

/** A layer of the drawing area: a box filling its parent. */
export function layerDiv(parent: HTMLElement, name: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = `layer-${name}`;
  Object.assign(div.style, { position: 'absolute', inset: '0', transformOrigin: '0 0' });
  parent.append(div);
  return div;
}

export function createTopLayer(
  container: HTMLElement,
  network: Core,
  /** The network's layer, moved and dimmed as a picture (not Cytoscape's own container). */
  networkLayer: HTMLElement,
  edges: EdgeLookup,
  style: StylesheetJson,
  /** Called when the view rests after moving, once the network below follows it. */
  onRest: () => void,
): TopLayer {
  const kept = (classes: string[]) => classes.filter((name) => keptClasses.includes(name));
  const cy = cytoscape({
    container,
    style,
    layout: { name: 'preset', fit: false },
    zoom: network.zoom(),
    pan: { ...network.pan() },
    minZoom: network.minZoom(),
    maxZoom: network.maxZoom(),
    selectionType: 'single',
    boxSelectionEnabled: false,
  });

  /** Puts these actors of the network on the top layer (transparent unless raised). */
  const ensure = (ids: Iterable<string>) => {
    const missing: ElementDefinition[] = [];
    const resized: [string, Record<string, string>][] = [];
    for (const id of ids) {
      if (cy.getElementById(id).nonempty()) continue;
      const node = network.getElementById(id);
      if (!node.isNode()) continue;
      missing.push({
        group: 'nodes',
        data: { ...node.data() },
        position: { ...node.position() },
        classes: kept(node.classes()),
      });
      // A size set on the actor itself (an analysis's), as the network has it.
      const size: Record<string, string> = {};
      for (const property of ['width', 'height']) {
        // pstyle (the parsed style, which says whether it is the element's own) is untyped.
        const parsed = (
          node as unknown as { pstyle(name: string): { bypass?: boolean; strValue: string } }
        ).pstyle(property);
        if (parsed.bypass) size[property] = parsed.strValue;
      }
      if (Object.keys(size).length > 0) resized.push([id, size]);
    }
    if (missing.length === 0) return;
    cy.batch(() => {
      cy.add(missing);
      for (const [id, size] of resized) cy.getElementById(id).style(size);
    });
  };

  // The actors under the pointer join the top layer before Cytoscape looks for them: these
  // listeners capture the events on their way to its canvas.
  let grid: ActorGrid | undefined;
  /** Actors put on for the pointer, oldest first. */
  const forPointer = new Set<string>();
  const reach = (event: MouseEvent | Touch) => {
    if (cy.destroyed() || network.destroyed()) return;
    const box = container.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const at = {
      x: (event.clientX - box.left - pan.x) / zoom,
      y: (event.clientY - box.top - pan.y) / zoom,
    };
    grid ??= new ActorGrid(network.nodes());
    const found = grid.at(at, pointerSlackPx / zoom).map((node) => node.id());
    for (const id of found) {
      forPointer.delete(id);
      forPointer.add(id);
    }
    ensure(found);
    if (forPointer.size > pointerActorsKept) dropForPointer(new Set(found));
  };
  /** Drops the oldest actors put on for the pointer that nothing else needs now. */
  const dropForPointer = (current: ReadonlySet<string>) => {
    const needed = new Set([...raisedBy.values()].flatMap((ids) => [...ids]));
    cy.edges().forEach((edge) => {
      needed.add(edge.source().id());
      needed.add(edge.target().id());
    });
    const dropped = cy.collection();
    for (const id of forPointer) {
      if (forPointer.size - dropped.length <= pointerActorsKept / 2) break;
      const node = cy.getElementById(id);
      if (current.has(id) || needed.has(id) || node.grabbed()) continue;
      dropped.merge(node);
    }
    for (const node of dropped) forPointer.delete(node.id());
    dropped.remove();
  };
  const onMouse = (event: MouseEvent) => reach(event);
  const onTouch = (event: TouchEvent) => {
    for (const touch of event.touches) reach(touch);
  };
  container.addEventListener('mousemove', onMouse, { capture: true });
  container.addEventListener('mousedown', onMouse, { capture: true });
  container.addEventListener('touchstart', onTouch, { capture: true, passive: true });

  const raisedBy = new Map<RaiseReason, Set<string>>(raiseReasons.map((r) => [r, new Set()]));
  let faded = false;
  /** Actors of the top layer that carry a reason class now. */
  let classed = cy.collection();
  const reasonClasses = [...raiseReasons, ...emphasisBands.map((k) => `k${k}`)].join(' ');
  let band = bandOf(cy.zoom());

  const refresh = () => {
    // Why each element of the network is raised (elements no longer drawn below are skipped).
    const why = new Map<string, RaiseReason[]>();
    for (const [reason, ids] of raisedBy) {
      for (const id of ids) {
        const node = network.getElementById(id);
        if (node.nonempty() ? node.hasClass('hidden') : !edges.edge(id)) continue;
        const reasons = why.get(id) ?? [];
        reasons.push(reason);
        why.set(id, reasons);
      }
    }
    // Edges wanted on top: the raised ones and, as ghosts, the others between the same actors.
    const wanted = new Map<string, { data: Record<string, unknown>; classes: readonly string[] }>();
    const ends = new Set<string>();
    for (const id of why.keys()) {
      const edge = edges.edge(id);
      if (!edge) continue;
      const [source, target] = [edge.data['source'] as string, edge.data['target'] as string];
      ends.add(source).add(target);
      for (const sibling of edges.between(source, target)) {
        wanted.set(sibling, edges.edge(sibling)!);
      }
    }
    // The actors raised, and the ends of the lines drawn on top.
    const needed = new Set([...why.keys()].filter((id) => !wanted.has(id)));
    for (const end of ends) needed.add(end);
    ensure(needed);
    const emphasis = band > 1 ? [`k${band}`] : [];
    const classesOf = (id: string, classes: readonly string[]) => [
      ...kept([...classes]),
      ...(why.has(id) ? [...why.get(id)!, ...emphasis] : ['ghost']),
    ];
    cy.batch(() => {
      cy.edges().forEach((copy) => {
        const edge = wanted.get(copy.id());
        if (!edge) copy.remove();
        else {
          copy.classes(classesOf(copy.id(), edge.classes));
          wanted.delete(copy.id());
        }
      });
      if (wanted.size > 0) {
        cy.add(
          [...wanted].map(([id, edge]): ElementDefinition => ({
            group: 'edges',
            data: { ...edge.data },
            classes: classesOf(id, edge.classes),
          })),
        );
      }
      const nowClassed = cy.collection();
      for (const [id, reasons] of why) {
        const node = cy.getElementById(id);
        if (node.empty() || !node.isNode()) continue;
        node.removeClass(reasonClasses).addClass([...reasons, ...emphasis].join(' '));
        nowClassed.merge(node);
      }
      classed.difference(nowClassed).removeClass(reasonClasses);
      classed = nowClassed;
      // Actors raised no longer (a hub's hundreds of neighbours) leave, unless the pointer met them.
      cy.nodes()
        .filter((node) => !needed.has(node.id()) && !forPointer.has(node.id()) && !node.grabbed())
        .remove();
      const selected = raisedBy.get('selected')!;
      cy.elements(':selected').forEach((element) => {
        if (!selected.has(element.id())) element.unselect();
      });
      for (const id of selected) {
        const copy = cy.getElementById(id);
        if (copy.nonempty() && !copy.selected()) copy.select();
      }
    });
  };

  // The view moves the network below as a picture, and has it redrawn once the view rests.
  let drawn = { zoom: network.zoom(), pan: { ...network.pan() } };
  let moves = 0;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  const rest = () => {
    if (cy.destroyed() || network.destroyed()) return;
    drawn = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    network.viewport({ zoom: drawn.zoom, pan: { ...drawn.pan } });
    if (bandOf(drawn.zoom) !== band) {
      band = bandOf(drawn.zoom);
      refresh();
    }
    const move = moves;
    // Cytoscape draws in its own animation frame, queued before this one: both show together.
    requestAnimationFrame(() => {
      if (move === moves) networkLayer.style.transform = '';
    });
    onRest();
  };
  cy.on('viewport', () => {
    moves++;
    const scale = cy.zoom() / drawn.zoom;
    const { x, y } = cy.pan();
    networkLayer.style.transform = `translate(${x - scale * drawn.pan.x}px, ${
      y - scale * drawn.pan.y
    }px) scale(${scale})`;
    clearTimeout(restTimer);
    restTimer = setTimeout(rest, restMs);
  });

  return {
    cy,
    raise(raised) {
      for (const [reason, ids] of Object.entries(raised) as [RaiseReason, Iterable<string>][]) {
        raisedBy.set(reason, new Set(ids));
      }
      refresh();
    },
    refresh,
    fade(fade) {
      faded = fade;
      networkLayer.style.opacity = faded ? String(networkFade) : '';
    },
    forgetPlaces() {
      grid = undefined;
    },
    drawn() {
      // The copies raised for a reason: not the ghosts, nor the actors there for the pointer.
      const reasons = raiseReasons.map((reason) => `.${reason}`).join(', ');
      return {
        elements: cy.elements(`${reasons}, :selected`).not('.ghost'),
        networkOpacity: faded ? networkFade : 1,
      };
    },
    destroy() {
      clearTimeout(restTimer);
      container.removeEventListener('mousemove', onMouse, { capture: true });
      container.removeEventListener('mousedown', onMouse, { capture: true });
      container.removeEventListener('touchstart', onTouch, { capture: true });
      cy.destroy();
      container.remove();
    },
  };
}
