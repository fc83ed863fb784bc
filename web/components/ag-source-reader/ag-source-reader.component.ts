import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { selectEvent, showPanelEvent } from '../../events';
import { citation, passagesOf, segmentsOf, type Passage } from '../../model/queries';
import type { CompiledGraph, CompiledSource } from '../../model/schema';
import { appStateContext, type AppState } from '../../state/app-state';
import { styles } from './ag-source-reader.styles';

const passageCache = new WeakMap<CompiledGraph, Map<string, Passage[]>>();

function cachedPassages(graph: CompiledGraph, sourceId: string): Passage[] {
  let bySource = passageCache.get(graph);
  if (!bySource) passageCache.set(graph, (bySource = new Map()));
  let passages = bySource.get(sourceId);
  if (!passages) bySource.set(sourceId, (passages = passagesOf(graph, sourceId)));
  return passages;
}

/**
 * The whole normalised source, paragraph by paragraph with page marks. Every passage that backs
 * a relation is marked by type; the selected evidence is highlighted and scrolled into view.
 * Clicking a marked passage selects what it backs; N and P (or the buttons) step through them.
 *
 * @fires ag-select - when a passage is clicked or stepped to.
 * @fires ag-show-panel - "details" to go back to the selection's details.
 * @csspart document - the scrolling text.
 */
@customElement('ag-source-reader')
export class AgSourceReader extends LitElement {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  private appState?: AppState;

  private get source(): CompiledSource | undefined {
    const state = this.appState;
    if (!state) return undefined;
    const selection = state.selection;
    const relation =
      selection?.kind === 'relation' ? state.index.relations.get(selection.id) : undefined;
    const evidence =
      relation?.evidence[selection?.kind === 'relation' ? (selection.evidence ?? 0) : 0];
    return (evidence && state.index.sources.get(evidence.source)) ?? state.graph.sources[0];
  }

  private currentPassage(passages: Passage[]): Passage | undefined {
    const selection = this.appState?.selection;
    if (selection?.kind !== 'relation') return undefined;
    const evidence = selection.evidence ?? 0;
    return passages.find((p) => p.relationId === selection.id && p.evidence === evidence);
  }

  override render() {
    const source = this.source;
    if (!source || !this.appState) return nothing;
    const passages = cachedPassages(this.appState.graph, source.id);
    const current = this.currentPassage(passages);
    const pageAt = new Map(source.pages.map((page) => [page.start, page.page]));
    const backing = current
      ? passages.filter((p) => p.start < current.end && p.end > current.start)
      : [];
    return html`
      <header>
        <button type="button" @click=${() => this.dispatchEvent(showPanelEvent('details'))}>
          ← Back to details
        </button>
        <span class="steps">
          <button type="button" aria-keyshortcuts="P" @click=${() => this.step(-1)}>
            Previous passage
          </button>
          <button type="button" aria-keyshortcuts="N" @click=${() => this.step(1)}>
            Next passage
          </button>
        </span>
        <p class="citation">${citation(source)}</p>
        ${
          backing.length > 0
            ? html`<p class="backs" aria-live="polite">
                This passage backs:
                ${repeat(
                  backing,
                  (p) => `${p.relationId}/${p.evidence}`,
                  (p) =>
                    html`<button
                      type="button"
                      class="relation ${p.type}"
                      aria-pressed=${p === current}
                      @click=${() => this.choose(p)}
                    >
                      ${this.appState!.index.relations.get(p.relationId)?.label}
                    </button>`,
                )}
              </p>`
            : nothing
        }
      </header>
      <div
        class="document"
        part="document"
        tabindex="0"
        aria-label="Source text"
        @keydown=${this.onKey}
      >
        ${source.paragraphs.map((paragraph) => {
          const page = pageAt.get(paragraph.start);
          return html`${page !== undefined ? html`<p class="page" aria-label="page ${page}">p. ${page}</p>` : nothing}
            <p>
              ${segmentsOf(paragraph, passages).map((segment) => {
                const text = source.text.slice(segment.start, segment.end);
                const first = segment.passages[0];
                if (!first) return text;
                const isCurrent = current !== undefined && segment.passages.includes(current);
                return html`<mark
                  class="passage ${first.type} ${isCurrent ? 'current' : ''}"
                  title=${segment.passages.map((p) => `${p.type}: ${this.appState!.index.relations.get(p.relationId)?.label}`).join('\n')}
                  @click=${() => this.choose(first)}
                  >${text}</mark
                >`;
              })}
            </p>`;
        })}
      </div>
    `;
  }

  protected override updated(): void {
    const current = this.renderRoot.querySelector('mark.current');
    current?.scrollIntoView({ block: 'center' });
  }

  private choose(passage: Passage) {
    this.dispatchEvent(
      selectEvent({ kind: 'relation', id: passage.relationId, evidence: passage.evidence }),
    );
  }

  private step(direction: 1 | -1) {
    const source = this.source;
    if (!source || !this.appState) return;
    const passages = cachedPassages(this.appState.graph, source.id);
    if (passages.length === 0) return;
    const current = this.currentPassage(passages);
    const at = current ? passages.indexOf(current) : direction > 0 ? -1 : passages.length;
    const next = passages[(at + direction + passages.length) % passages.length];
    if (next) this.choose(next);
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'n' || event.key === 'N') this.step(1);
    else if (event.key === 'p' || event.key === 'P') this.step(-1);
    else return;
    event.preventDefault();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-source-reader': AgSourceReader;
  }
}
