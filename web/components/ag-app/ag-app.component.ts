import { provide } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CompiledGraph } from '../../model/schema';
import {
  appStateContext,
  initialState,
  type AppState,
  type Panel,
  type Selection,
} from '../../state/app-state';
import '../ag-actor-profile/ag-actor-profile.component';
import '../ag-evidence-panel/ag-evidence-panel.component';
import '../ag-graph/ag-graph.component';
import '../ag-legend/ag-legend.component';
import '../ag-source-reader/ag-source-reader.component';
import { styles } from './ag-app.styles';

/**
 * The explorer: loads the compiled graph, holds the shared state and lays out the views.
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

  @state() private loadError?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('ag-select', (event) => this.select(event.detail));
    this.addEventListener('ag-show-panel', (event) => this.showPanel(event.detail));
    void this.load();
  }

  private async load() {
    try {
      const response = await fetch(this.src);
      if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
      const graph = (await response.json()) as CompiledGraph;
      this.appState = initialState(graph);
    } catch (error) {
      this.loadError = `The graph could not be loaded from ${this.src}: ${(error as Error).message}`;
    }
  }

  private select(selection: Selection) {
    if (this.appState) this.appState = { ...this.appState, selection };
  }

  private showPanel(panel: Panel) {
    if (this.appState) this.appState = { ...this.appState, panel };
  }

  override render() {
    const graph = this.appState?.graph;
    const kinds = graph ? [...new Set(graph.actors.map((actor) => actor.kind))] : [];
    const source = graph?.sources[0];
    return html`
      <header>
        <h1>Actor Graph</h1>
        ${source ? html`<p class="source">${source.title}${source.journal ? html` · <cite>${source.journal}</cite>` : nothing}</p>` : nothing}
        <ag-legend .kinds=${kinds}></ag-legend>
      </header>
      ${this.loadError ? html`<p role="alert" class="error">${this.loadError}</p>` : nothing}
      <main>
        ${graph ? html`<ag-graph></ag-graph>` : html`<p class="loading">${this.loadError ? '' : 'Loading the graph…'}</p>`}
        ${
          this.appState?.panel === 'source'
            ? html`<aside class="reader" aria-label="Source">
                <ag-source-reader></ag-source-reader>
              </aside>`
            : html`<aside aria-label="Details" aria-live="polite">
                ${
                  this.appState?.selection?.kind === 'actor'
                    ? html`<ag-actor-profile></ag-actor-profile>`
                    : html`<ag-evidence-panel></ag-evidence-panel>`
                }
              </aside>`
        }
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-app': AgApp;
  }
}
