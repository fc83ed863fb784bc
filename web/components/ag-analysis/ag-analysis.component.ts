import { consume } from '@lit/context';
import { LitElement, adoptStyles, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { appStateContext, type AppState } from '../../state/app-state';

type Content = import('./ag-analysis.content').AnalysisContent;

/**
 * Who influences whom, over what the filters show (so it follows the year): influence ranking
 * with the relations behind each score, an influence–dependence chart, centrality, influence
 * paths with the evidence of every step, and blocs with structural balance. Its content, with
 * graphology and the analyses, loads the first time the panel shows.
 *
 * @fires ag-select - when a relation behind a score, a path step or a frustrated tie is chosen,
 * or an actor of the chart.
 * @fires ag-overlay - with what to draw on the graph: the lit path, the blocs, actor sizes by
 * influence (null when none is asked for).
 */
@customElement('ag-analysis')
export class AgAnalysis extends LitElement {
  /** The shared state, read by the content. */
  @consume({ context: appStateContext, subscribe: true })
  @state()
  appState?: AppState;

  @state() private content?: Content;
  @state() private failure?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.content && !this.failure) void this.load();
  }

  private async load() {
    try {
      const { AnalysisContent, styles } = await import('./ag-analysis.content');
      // The styles come with the content, so they too stay out of the first download.
      adoptStyles(this.renderRoot as ShadowRoot, [styles]);
      this.content = new AnalysisContent(this);
    } catch (error) {
      this.failure = `The analyses could not be loaded: ${(error as Error).message}`;
    }
  }

  override render() {
    if (this.failure) return html`<p role="alert">${this.failure}</p>`;
    return this.content?.render() ?? html`<p role="status">Loading the analyses…</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-analysis': AgAnalysis;
  }
}
