import { consume } from '@lit/context';
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { createGraphView, type GraphView } from '../../cytoscape/adapter';
import { selectEvent } from '../../events';
import { appStateContext, type AppState } from '../../state/app-state';
import { drawnGraphContext, type DrawnGraph } from '../../state/drawn-graph';
import { LayoutCancelled, LayoutClient } from '../../state/layout-client';
import { forgetPositions, loadPositions, savePositions } from '../../state/saved-positions';
import { GraphKeyboard } from './graph-keyboard.controller';
import { styles } from './ag-graph.styles';

declare global {
  interface Window {
    /** Test handle: page coordinates of drawn elements, since a canvas hides them. */
    actorGraphView?: Pick<
      GraphView,
      | 'clientPosition'
      | 'modelPosition'
      | 'selectedIds'
      | 'litIds'
      | 'actorPositions'
      | 'detailedIds'
      | 'nearIds'
      | 'painting'
    >;
  }
}

/**
 * The network drawn with Cytoscape, with zoom and fit controls. The canvas takes the keyboard
 * focus: arrows move between actors, ] and [ along the focused actor's relations, Enter selects,
 * Escape clears; a live region says what the keyboard is on and what is selected.
 *
 * @fires ag-select - when a relation or an actor is clicked, or the background (null).
 * @csspart canvas - the drawing area.
 * @csspart controls - the zoom and fit buttons.
 *
 * "Lay out shown" lays out only the actors and relations shown now, in a worker, and moves them
 * there; the result is kept like dragged positions until "Reset layout".
 */
@customElement('ag-graph')
export class AgGraph extends LitElement {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  private appState?: AppState;

  /** Where image exports find the network as drawn. */
  @consume({ context: drawnGraphContext })
  private drawnGraph?: DrawnGraph;

  /** Hands the drawn network to image exports while this view is on screen. */
  private scene = () => this.view!.imageScene();

  @query('.canvas') private canvas!: HTMLDivElement;

  private view?: GraphView;

  private keyboard = new GraphKeyboard(this, {
    view: () => this.view,
    state: () => this.appState,
    area: () => this.canvas,
  });

  /** Every relation drawn separately, rather than bundled per pair and type. */
  @state() private separate = false;

  /** Lays out what is shown, off the main thread (its worker starts at the first use). */
  private layout = new LayoutClient();
  /** Numbers "lay out shown" runs: only the latest one says when it is done. */
  private layoutRun = 0;
  @state() private layingOut = false;
  @state() private layoutError?: string;

  override render() {
    return html`
      <div
        class="canvas"
        part="canvas"
        tabindex="0"
        role="application"
        aria-roledescription="network"
        aria-label="Network of actors and relations"
        aria-describedby="graph-keys"
        @keydown=${this.keyboard.onKeyDown}
        @focus=${this.keyboard.onFocus}
        @blur=${this.keyboard.onBlur}
      ></div>
      <p id="graph-keys" class="visually-hidden">
        Arrow keys move between actors, ] and [ step through the focused actor's relations, Enter
        selects, Escape clears. The Tables view lists the same actors and relations as text.
      </p>
      <p class="visually-hidden" role="status">${this.keyboard.announcement}</p>
      <div class="controls" part="controls">
        <button
          type="button"
          title="Zoom in"
          aria-label="Zoom in"
          @click=${() => this.view?.zoomBy(1.25)}
        >
          +
        </button>
        <button
          type="button"
          title="Zoom out"
          aria-label="Zoom out"
          @click=${() => this.view?.zoomBy(0.8)}
        >
          −
        </button>
        <button type="button" title="Fit the whole graph" @click=${() => this.view?.fit()}>
          Fit
        </button>
        <button
          type="button"
          aria-pressed=${this.separate}
          title="Draw every relation as its own line, or bundle them per pair and type"
          @click=${this.toggleSeparate}
        >
          Separate lines
        </button>
        <button
          type="button"
          title="Lay out only the actors and relations shown now"
          aria-busy=${this.layingOut}
          @click=${this.layOutShown}
        >
          ${this.layingOut ? 'Laying out…' : 'Lay out shown'}
        </button>
        <button
          type="button"
          title="Put actors back where the computed layout has them"
          @click=${this.resetLayout}
        >
          Reset layout
        </button>
      </div>
      ${
        this.layoutError ? html`<p class="layout-error" role="alert">${this.layoutError}</p>` : null
      }
    `;
  }

  protected override firstUpdated(): void {
    this.createView();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('appState' as keyof AgGraph) as AppState | undefined;
    if (!this.appState) return;
    if (previous && previous.graph !== this.appState.graph) this.createView();
    else if (previous?.visible !== this.appState.visible) this.view?.show(this.appState.visible);
    if (previous && previous.overlay !== this.appState.overlay) {
      this.view?.setOverlay(this.appState.overlay);
    }
    const selection = this.appState.selection;
    if (selection?.kind === 'actor' && selection.centre && previous?.selection !== selection) {
      this.view?.centre(selection.id);
    }
    this.view?.select(
      this.appState.selection && {
        kind: this.appState.selection.kind,
        id: this.appState.selection.id,
      },
    );
    this.keyboard.stateChanged(previous, this.appState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (window.actorGraphView === this.view) window.actorGraphView = undefined;
    if (this.drawnGraph?.scene === this.scene) this.drawnGraph.scene = undefined;
    this.layout.terminate();
    this.layingOut = false;
    this.view?.destroy();
    this.view = undefined;
  }

  private toggleSeparate = () => {
    this.separate = !this.separate;
    this.view?.expandAll(this.separate);
  };

  private resetLayout = () => {
    this.stopLayingOut();
    if (this.appState) forgetPositions(this.appState.graph);
    this.view?.resetLayout();
  };

  /** Lays out the actors and relations the filters, focus and year leave, and moves them there. */
  private layOutShown = async () => {
    const [state, view] = [this.appState, this.view];
    if (!state || !view) return;
    const run = ++this.layoutRun;
    this.layingOut = true;
    this.layoutError = undefined;
    try {
      const { actors, relations } = state.visible;
      const positions = await this.layout.layOut(
        state.graph.actors.filter((actor) => actors.has(actor.id)),
        state.graph.relations.filter((relation) => relations.has(relation.id)),
      );
      // Another graph may have been opened meanwhile.
      if (this.view === view) await view.placeActors(positions);
    } catch (error) {
      if (!(error instanceof LayoutCancelled) && run === this.layoutRun) {
        this.layoutError = `The shown actors could not be laid out: ${(error as Error).message}`;
      }
    } finally {
      if (run === this.layoutRun) this.layingOut = false;
    }
  };

  /** Ends a "lay out shown" under way, whether in its worker or while actors move. */
  private stopLayingOut() {
    this.layout.cancel();
    this.layoutRun++;
    this.layingOut = false;
  }

  private createView() {
    this.stopLayingOut();
    this.view?.destroy();
    this.keyboard.reset();
    if (!this.appState) return;
    const graph = this.appState.graph;
    this.view = createGraphView(
      this.canvas,
      graph,
      {
        onSelectRelation: (id) => this.dispatchEvent(selectEvent({ kind: 'relation', id })),
        onSelectActor: (id) => this.dispatchEvent(selectEvent({ kind: 'actor', id })),
        onClear: () => this.dispatchEvent(selectEvent(null)),
        onMoved: (positions) => savePositions(graph, positions),
      },
      loadPositions(graph),
      this.appState.visible,
    );
    if (this.separate) this.view.expandAll(true);
    this.view.setOverlay(this.appState.overlay);
    window.actorGraphView = this.view;
    if (this.drawnGraph) this.drawnGraph.scene = this.scene;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-graph': AgGraph;
  }
}
