import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { citation, periodLabel, quoteExcerpt } from '../../model/queries';
import type { CompiledRelation } from '../../model/schema';
import { selectEvent, showPanelEvent } from '../../events';
import { appStateContext, type AppState } from '../../state/app-state';
import { styles } from './ag-evidence-panel.styles';

/**
 * The selected relation: its actors, type, direction, label, period, confidence and note, then
 * each piece of evidence highlighted inside its paragraph, with its citation and page.
 *
 * @fires ag-select - when one of the relation's actors is chosen, or a piece of evidence to read.
 * @fires ag-show-panel - "source" when the person asks to read a quote in the whole source.
 * @csspart quote - the highlighted quote.
 */
@customElement('ag-evidence-panel')
export class AgEvidencePanel extends LitElement {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  private appState?: AppState;

  override render() {
    const selection = this.appState?.selection;
    const relation =
      selection?.kind === 'relation' ? this.appState?.index.relations.get(selection.id) : undefined;
    if (!relation) {
      return html`<p class="hint">Click a line on the graph to read the evidence behind it.</p>`;
    }
    return this.renderRelation(relation);
  }

  private readInSource(relationId: string, evidence: number) {
    this.dispatchEvent(selectEvent({ kind: 'relation', id: relationId, evidence }));
    this.dispatchEvent(showPanelEvent('source'));
  }

  private renderRelation(relation: CompiledRelation) {
    const { actors } = this.appState!.index;
    const source = actors.get(relation.source);
    const target = actors.get(relation.target);
    const arrow = relation.directed ? '→' : '↔';
    return html`
      <article aria-labelledby="relation-label">
        <p class="ends">
          <button
            type="button"
            class="actor"
            @click=${() => this.dispatchEvent(selectEvent({ kind: 'actor', id: relation.source }))}
          >
            ${source?.name ?? relation.source}
          </button>
          <span class="arrow" aria-label=${relation.directed ? 'towards' : 'and'}>${arrow}</span>
          <button
            type="button"
            class="actor"
            @click=${() => this.dispatchEvent(selectEvent({ kind: 'actor', id: relation.target }))}
          >
            ${target?.name ?? relation.target}
          </button>
        </p>
        <h2 id="relation-label">${relation.label}</h2>
        <dl class="facts">
          <dt>Type</dt>
          <dd>
            <span class="type ${relation.type}">${relation.type}</span>,
            ${relation.directed ? 'one-sided' : 'mutual'}
          </dd>
          <dt>Period</dt>
          <dd>${periodLabel(relation.period)}</dd>
          <dt>Confidence</dt>
          <dd>
            ${relation.confidence === 'stated' ? 'stated in the source' : 'implied (analyst’s reading)'}
          </dd>
        </dl>
        ${relation.note ? html`<p class="note"><strong>Note:</strong> ${relation.note}</p>` : nothing}
        <h3>Evidence (${relation.evidence.length})</h3>
        <ol class="evidence">
          ${relation.evidence.map((evidence, i) => {
            const source = this.appState!.index.sources.get(evidence.source);
            if (!source) return nothing;
            const context = quoteExcerpt(source, evidence);
            return html`<li>
              <blockquote>
                <p>
                  ${context.clippedBefore ? '… ' : ''}${context.before}<mark part="quote"
                    >${context.exact}</mark
                  >${context.after}${context.clippedAfter ? ' …' : ''}
                </p>
              </blockquote>
              ${evidence.note ? html`<p class="note"><strong>Note:</strong> ${evidence.note}</p>` : nothing}
              <p class="citation">
                ${citation(source, evidence.page)}
                <button
                  type="button"
                  class="read"
                  @click=${() => this.readInSource(relation.id, i)}
                >
                  Read in source
                </button>
              </p>
            </li>`;
          })}
        </ol>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-evidence-panel': AgEvidencePanel;
  }
}
