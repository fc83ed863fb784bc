import { provide } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CompiledGraph } from '../../model/schema';
import type { ViewFilters } from '../../model/view';
import { readAddress, writeAddress } from '../../state/address';
import { forgetDataset, keepDataset, savedDataset } from '../../state/brought-dataset';
import type { LoadedDataset } from '../../events';
import {
  appStateContext,
  initialState,
  withFilters,
  type AppState,
  type MainView,
  type Panel,
  type Selection,
} from '../../state/app-state';
import { drawnGraphContext, type DrawnGraph } from '../../state/drawn-graph';
import '../ag-actor-profile/ag-actor-profile.component';
import '../ag-analysis/ag-analysis.component';
import '../ag-dataset-loader/ag-dataset-loader.component';
import '../ag-evidence-panel/ag-evidence-panel.component';
import '../ag-export-menu/ag-export-menu.component';
import '../ag-filters/ag-filters.component';
import '../ag-graph/ag-graph.component';
import '../ag-legend/ag-legend.component';
import '../ag-search/ag-search.component';
import { styles } from './ag-app.styles';

/** Views that only some actions need, loaded the first time they are shown. */
const lazyViews: Record<string, () => Promise<unknown>> = {
  'ag-source-reader': () => import('../ag-source-reader/ag-source-reader.component'),
  'ag-table-view': () => import('../ag-table-view/ag-table-view.component'),
};

function loadView(tag: keyof typeof lazyViews) {
  if (!customElements.get(tag)) void lazyViews[tag]?.();
}

/**
 * The explorer: loads the compiled graph, holds the shared state, keeps the address in step
 * with the view (so a link reopens it and Back/Forward step through views) and lays out the views.
 *
 * @cssproperty --ag-focus - colour of the focus ring.
 */
@customElement('ag-app')
export class AgApp extends LitElement {
  static override styles = styles;

  /** Address of the compiled graph to load. */
  @property() src = 'data/graph.json';

  @provide({ context: appStateContext })
  @state()
  private appState?: AppState;

  /** The graph view puts the drawn network here for the export menu's images. */
  @provide({ context: drawnGraphContext })
  private drawnGraph: DrawnGraph = {};

  @state() private loadError?: string;
  @state() private notice?: string;
  /** Name of the brought dataset now open; undefined for the default one. */
  @state() private brought?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('ag-select', (event) => this.change({ selection: event.detail }));
    this.addEventListener('ag-show-panel', (event) => this.change({ panel: event.detail }));
    this.addEventListener('ag-filter', (event) => this.change({ filters: event.detail }));
    this.addEventListener('ag-show-main', (event) => this.change({ main: event.detail }));
    this.addEventListener('ag-overlay', (event) => {
      if (this.appState) this.appState = { ...this.appState, overlay: event.detail };
    });
    this.addEventListener('ag-load-dataset', (event) => void this.openDataset(event.detail));
    window.addEventListener('popstate', this.onPopState);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private async load() {
    const kept = await savedDataset();
    if (kept) {
      this.show(kept.graph, kept.label);
      return;
    }
    try {
      const response = await fetch(this.src);
      if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
      this.show((await response.json()) as CompiledGraph, undefined);
    } catch (error) {
      this.loadError = `The graph could not be loaded from ${this.src}: ${(error as Error).message}`;
    }
  }

  private show(graph: CompiledGraph, brought: string | undefined) {
    this.appState = initialState(graph);
    this.brought = brought;
    this.applyAddress();
    history.replaceState(null, '', this.address() || location.pathname);
  }

  /** Opens a brought dataset and keeps it across reloads, or goes back to the default one. */
  private async openDataset(dataset: LoadedDataset | null) {
    history.pushState(null, '', location.pathname);
    if (dataset) {
      await keepDataset(dataset);
      this.show(dataset.graph, dataset.label);
      this.notice = `Opened ${dataset.label}: ${dataset.graph.actors.length} actors, ${dataset.graph.relations.length} relations.`;
    } else {
      await forgetDataset();
      this.notice = undefined;
      await this.load();
    }
  }

  private onPopState = () => this.applyAddress();

  /** Shows the view the address describes; a stale or broken one gives the default and a notice. */
  private applyAddress() {
    if (!this.appState) return;
    const { view, notice } = readAddress(this.appState.graph, location.search);
    this.appState = {
      ...withFilters(this.appState, view.filters),
      selection: view.selection,
      panel: view.panel,
      main: view.main,
      // What the analysis panel lights on the graph goes when the panel does.
      overlay: view.panel === 'analysis' ? this.appState.overlay : null,
    };
    this.notice = notice;
  }

  private address(): string {
    const state = this.appState!;
    return writeAddress(state.graph, state);
  }

  private change(change: {
    selection?: Selection;
    panel?: Panel;
    main?: MainView;
    filters?: ViewFilters;
  }) {
    if (!this.appState) return;
    const previous = this.appState;
    let next = previous;
    if (change.filters) next = withFilters(next, change.filters);
    if (change.selection !== undefined) next = { ...next, selection: change.selection };
    if (change.panel) {
      const overlay = change.panel === 'analysis' ? next.overlay : null;
      next = { ...next, panel: change.panel, overlay };
    }
    if (change.main) next = { ...next, main: change.main };
    this.appState = next;
    const address = this.address();
    if (address === location.search) return;
    // Moving the year (dragging the slider, Play) from one year to another replaces the history
    // entry, so Back returns to the view before the years were stepped through.
    const yearStep =
      change.filters !== undefined &&
      typeof previous.filters.when === 'number' &&
      typeof change.filters.when === 'number' &&
      writeAddress(previous.graph, {
        ...next,
        filters: { ...next.filters, when: previous.filters.when },
      }) === location.search;
    if (yearStep) history.replaceState(null, '', address || location.pathname);
    else history.pushState(null, '', address || location.pathname);
  }

  /** A row of toggle buttons that switch what an area shows. */
  private renderTabs<T extends string>(
    label: string,
    current: T,
    options: Record<T, string>,
    choose: (option: T) => void,
  ) {
    return html`<div class="tabs" role="group" aria-label=${label}>
      ${(Object.keys(options) as T[]).map(
        (option) =>
          html`<button
            type="button"
            aria-pressed=${option === current}
            @click=${() => choose(option)}
          >
            ${options[option]}
          </button>`,
      )}
    </div>`;
  }

  protected override willUpdate(): void {
    if (this.appState?.main === 'table') loadView('ag-table-view');
    if (this.appState?.panel === 'source') loadView('ag-source-reader');
  }

  override render() {
    const state = this.appState;
    const graph = state?.graph;
    const kinds = graph ? [...new Set(graph.actors.map((actor) => actor.kind))] : [];
    const source = graph?.sources[0];
    return html`
      <header>
        <h1>Actor Graph</h1>
        ${
          source
            ? html`<p class="source">
                ${source.title}${source.journal ? html` · <cite>${source.journal}</cite>` : nothing}
              </p>`
            : nothing
        }
        ${graph ? html`<ag-search></ag-search><ag-export-menu></ag-export-menu>` : nothing}
        <ag-dataset-loader .brought=${this.brought}></ag-dataset-loader>
        <ag-legend .kinds=${kinds}></ag-legend>
      </header>
      ${this.loadError ? html`<p role="alert" class="error">${this.loadError}</p>` : nothing}
      ${
        this.notice
          ? html`<p role="status" class="notice">
              ${this.notice}
              <button type="button" @click=${() => (this.notice = undefined)}>Dismiss</button>
            </p>`
          : nothing
      }
      ${graph ? html`<ag-filters></ag-filters>` : nothing}
      <main>
        <section class="main" aria-label=${state?.main === 'table' ? 'Tables' : 'Network'}>
          ${graph ? this.renderTabs<MainView>('Main view', state!.main, { graph: 'Graph', table: 'Tables' }, (main) => this.change({ main })) : nothing}
          ${
            !graph
              ? html`<p class="loading">${this.loadError ? '' : 'Loading the graph…'}</p>`
              : state!.main === 'table'
                ? html`<ag-table-view></ag-table-view>`
                : html`<ag-graph></ag-graph>`
          }
        </section>
        <aside aria-label="Panel" class=${state?.panel ?? 'details'}>
          ${state ? this.renderTabs<Panel>('Side panel', state.panel, { details: 'Details', source: 'Source', analysis: 'Analysis' }, (panel) => this.change({ panel })) : nothing}
          ${
            state?.panel === 'source'
              ? html`<ag-source-reader></ag-source-reader>`
              : state?.panel === 'analysis'
                ? html`<ag-analysis></ag-analysis>`
                : html`<div class="details" aria-live="polite">
                    ${
                      state?.selection?.kind === 'actor'
                        ? html`<ag-actor-profile></ag-actor-profile>`
                        : html`<ag-evidence-panel></ag-evidence-panel>`
                    }
                  </div>`
          }
        </aside>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-app': AgApp;
  }
}
